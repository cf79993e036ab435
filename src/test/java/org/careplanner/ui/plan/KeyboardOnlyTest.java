package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ConversationStep;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSearch;
import org.careplanner.ui.home.StoreLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 4's "fully usable by keyboard": from the home screen to the summary with no mouse at all (only keys
 * typed through the robot: Tab, arrows, Enter and the Alt mnemonics), adding two lines of support on the way, and
 * the plan found saved with them. Each Tab is checked to land where the form says it should.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private LocalStore store;
    private Stage stage;

    @Start
    void start(Stage first) {
        stage = first;
    }

    @AfterEach
    void close() throws Exception {
        StepsTestSupport.closeWindowsThenStore(store);
    }

    @Test
    void fromTheHomeScreenToTheSummaryWithTheKeyboardAlone(FxRobot robot) throws Exception {
        store = StepsTestSupport.openStore(dir, TODAY);
        robot.interact(() -> StepsTestSupport.mainWindow(store, TODAY).show(stage));
        waitForFocusOn(robot, "search");

        // Alt+N: a new plan, with the focus in the first name.
        robot.push(KeyCode.ALT, KeyCode.N);
        waitForFocusOn(robot, "givenName");
        // Alt+F in a plan does nothing (the File menu is the home screen's, ADR 0031): the typing goes on.
        robot.write("Teg");
        robot.push(KeyCode.ALT, KeyCode.F);
        robot.write("an");
        tabTo(robot, "familyName").write("Testperson");
        tabTo(robot, "preferredName").write("Teg");
        tabTo(robot, "dateOfBirth").write("30/9/1975");
        assertThat(text(robot, "#planTitle")).isEqualTo("Tegan Testperson");

        // Alt+N again: "Next", to step 2, its first field ready to type in.
        next(robot, ConversationStep.WHAT_MATTERS, "likeAndAdmire");
        robot.write("Cheerful, and good with animals");
        tabTo(robot, "importantTo").write("My dog, Biscuit");

        // Steps 3 and 4 are passed with "Next": each opens at its own first control.
        for (ConversationStep step : new ConversationStep[] {ConversationStep.HEALTH_NEEDS, ConversationStep.OUTCOMES}) {
            robot.push(KeyCode.ALT, KeyCode.N);
            waitForTitle(robot, step);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusOwner(robot) != null
                    && focusOwner(robot).getScene() == stage.getScene());
        }

        // Step 5: the focus is in the catalogue search. Type, Down into the matches, Enter adds the line.
        next(robot, ConversationStep.SUPPORT, "catalogueSearch");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#catalogueResults").queryAs(ListView.class).getItems().isEmpty());
        robot.write("physio");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#catalogueResults").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        // The new line's "how many" is ready: two sessions a week. £60.00 x 2 x 52 = £6,240.00
        waitForFocusOn(robot, "lineQuantity");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2");
        assertThat(text(robot, "#costTotal")).isEqualTo("£6,240.00");

        // Alt+C: a custom line, the focus in its description; Tab on to its price.
        robot.push(KeyCode.ALT, KeyCode.C);
        waitForFocusOn(robot, "lineDescription");
        robot.write("Dog walker, twice a week");
        tabTo(robot, "lineProvider");
        tabTo(robot, "lineProviderName");
        tabTo(robot, "lineUnitPrice").write("12");
        tabTo(robot, "lineQuantity").push(KeyCode.CONTROL, KeyCode.A).write("2");
        // £12.00 x 2 x 52 = £1,248.00; £6,240.00 + £1,248.00 = £7,488.00
        assertThat(text(robot, "#costTotal")).isEqualTo("£7,488.00");

        // Step 6, then step 7: the allocation is typed where the focus starts.
        robot.push(KeyCode.ALT, KeyCode.N);
        waitForTitle(robot, ConversationStep.RISKS);
        next(robot, ConversationStep.MONEY_MANAGEMENT, "allocation");
        robot.write("9000");

        // Steps 8 and 9: the summary.
        robot.push(KeyCode.ALT, KeyCode.N);
        waitForTitle(robot, ConversationStep.REVIEW);
        robot.push(KeyCode.ALT, KeyCode.N);
        waitForTitle(robot, ConversationStep.SUMMARY);

        // Back to the support step with Alt+B, four times: the total against the £9,000.00 typed in step 7.
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.ALT, KeyCode.B);
        }
        waitForTitle(robot, ConversationStep.SUPPORT);
        // £9,000.00 - £7,488.00 = £1,512.00
        assertThat(text(robot, "#costRemaining")).isEqualTo("£1,512.00");

        // Everything typed was saved: leave with Alt+P ("Back to plans") and read the store.
        robot.push(KeyCode.ALT, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#planList").tryQuery().isPresent());
        Autosave.waitForSavesHandedOver();
        Plan saved = store.plans().latest(new StoreLibrary(store).search(PlanSearch.forText("Tegan")).get(0).planId())
                .orElseThrow();
        assertThat(saved.person().preferredName()).isEqualTo("Teg");
        assertThat(saved.aboutMe().importantTo()).isEqualTo("My dog, Biscuit");
        assertThat(saved.supportLines()).hasSize(2);
        assertThat(saved.supportLines().get(0).catalogueCode()).isEqualTo("PHYSIO-SESSION");
        assertThat(saved.supportLines().get(1).description()).isEqualTo("Dog walker, twice a week");
        assertThat(saved.supportLines().get(1).unitPrice()).isEqualTo(Money.ofPounds(12));
        assertThat(saved.budget().allocation()).isEqualTo(Money.ofPounds(9000));
    }

    /** Alt+N ("Next"), then waits for the step and for the focus on its first field. */
    private void next(FxRobot robot, ConversationStep step, String firstField) throws Exception {
        robot.push(KeyCode.ALT, KeyCode.N);
        waitForTitle(robot, step);
        waitForFocusOn(robot, firstField);
    }

    private FxRobot tabTo(FxRobot robot, String id) throws Exception {
        robot.type(KeyCode.TAB);
        waitForFocusOn(robot, id);
        return robot;
    }

    private void waitForFocusOn(FxRobot robot, String id) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> focusOwner(robot) != null && id.equals(focusOwner(robot).getId()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the focus should be on #" + id + " but is on " + focusOwner(robot), e);
        }
    }

    private Node focusOwner(FxRobot robot) {
        return stage.getScene() == null ? null : stage.getScene().getFocusOwner();
    }

    private static void waitForTitle(FxRobot robot, ConversationStep step) throws Exception {
        String title = BrokerPrompts.english().text(step.titleKey());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#stepTitle").tryQuery().isPresent()
                    && title.equals(text(robot, "#stepTitle")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected step \"" + title + "\" but the screen shows \""
                    + robot.lookup("#stepTitle").tryQuery().map(n -> ((Labeled) n).getText()).orElse("(none)") + "\"",
                    e);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
