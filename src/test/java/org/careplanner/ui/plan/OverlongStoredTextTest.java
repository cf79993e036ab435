package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.TextLimits;
import org.careplanner.store.LocalStore;
import org.careplanner.ui.FieldInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A value stored longer than today's field limits (only from a file imported before them, ADR 0018) is shown whole,
 * with the reason under the field; it stays as stored until the broker edits it; the broker may shorten it (and
 * only shorten it) until it fits. Before, the field refused the stored text and showed nothing, so the next edit
 * would have replaced the stored name, unseen.
 */
@ExtendWith(ApplicationExtension.class)
class OverlongStoredTextTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000a10c");
    /** A made-up family name of 250 characters, 50 more than a name field takes today. */
    private static final String LONG_NAME = "Pemberley-Quillonette ".repeat(12).substring(0, 249) + "Z";

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
    void aStoredNameLongerThanTheLimitIsShownWholeAndKeptUntilTheBrokerShortensIt(FxRobot robot) throws Exception {
        assertThat(LONG_NAME).hasSize(TextLimits.NAME + 50);
        store = StepsTestSupport.openStore(dir);
        store.plans().saveVersion(Plan.newDraft(ID, Person.named("Ffion", LONG_NAME), StepsTestSupport.CLOCK.instant()));
        Plan stored = store.plans().latest(ID).orElseThrow();
        assertThat(stored.person().familyName()).isEqualTo(LONG_NAME);

        robot.interact(() -> StepsTestSupport.show(stage, store, stored));
        TextInputControl field = robot.lookup("#familyName").queryTextInputControl();
        assertThat(field.getText()).as("the stored name, whole").isEqualTo(LONG_NAME);
        Label problem = robot.lookup("#familyNameProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("longer than the 200 characters", "it has 250", "kept whole",
                "shorten it to 200 or fewer");
        assertThat(field.getAccessibleHelp()).isEqualTo(problem.getText());

        // Typing into it is refused, with the reason at the field: nothing changes, in the field or the store.
        StepsTestSupport.visible(robot, field);
        robot.clickOn(field);
        robot.interact(field::end);
        robot.write("x");
        assertThat(field.getText()).isEqualTo(LONG_NAME);
        assertThat(FieldInput.refusalOf(field).get()).contains("at most 200 characters");
        assertThat(store.plans().latest(ID).orElseThrow().person().familyName()).isEqualTo(LONG_NAME);

        // Shortening it is what the broker may do: 50 characters deleted, and it fits.
        for (int i = 0; i < 50; i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        String shortened = LONG_NAME.substring(0, TextLimits.NAME);
        assertThat(field.getText()).isEqualTo(shortened);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).as("the reason goes once it fits").isFalse();
        robot.write("!");
        assertThat(field.getText()).as("full again: no more may be typed").isEqualTo(shortened);
        robot.type(KeyCode.BACK_SPACE).write("?");
        assertThat(field.getText()).isEqualTo(shortened.substring(0, TextLimits.NAME - 1) + "?");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.person().familyName().equals(shortened.substring(0, TextLimits.NAME - 1) + "?"))
                .orElse(false));
    }
}
