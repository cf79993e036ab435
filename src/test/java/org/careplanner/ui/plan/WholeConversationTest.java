package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ConversationStep;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;
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
 * Issue 4's must-show, end to end: from the home screen's "New plan", the whole conversation for a made-up person
 * (steps 1 to 8 each given something, step 9 reached), three priced lines including a
 * personal assistant with the total and what is left seen after each, an overspend caused and flagged, then the
 * window closed, the store closed and opened again, a fresh window, and everything found where it was put.
 *
 * <p>Every figure is worked by hand from docs/rates.md (2026/27: National Living Wage £12.71 from 1 April 2026;
 * employer's NI 15% above £5,000; holiday 5.6 weeks; pension 3% above £6,240 once pay and holiday pass £10,000)
 * and docs/service-catalogue.md (DAY-SESSION, day centre session, £24.60).
 */
@ExtendWith(ApplicationExtension.class)
class WholeConversationTest {

    /** "Today": Tuesday 1 December 2026. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private LocalStore store;
    private Stage stage;

    @Start
    void start(Stage first) {
        stage = first;
    }

    /** Opens the store (off the JavaFX thread, as App does) with someone else's plan in it, and the window. */
    private void openTheApp(FxRobot robot) {
        store = openStore();
        store.plans().saveVersion(Plan.newDraft(UUID.fromString("00000000-0000-4000-8000-0000000f1a01"),
                Person.named("Ada", "Testperson"), TODAY.instant()));
        robot.interact(() -> showWindow(stage));
    }

    private LocalStore openStore() {
        return StepsTestSupport.openStore(dir, TODAY);
    }

    /** The main window as App builds it, on this store. */
    private void showWindow(Stage on) {
        StepsTestSupport.mainWindow(store, TODAY).show(on);
    }

    @AfterEach
    void close() throws Exception {
        StepsTestSupport.closeWindowsThenStore(store);
    }

    @Test
    void aWholeConversationIsPricedOverspentAndFoundAgainInAFreshWindow(FxRobot robot) throws Exception {
        openTheApp(robot);
        robot.clickOn("#newPlan");

        // Step 1, about the person.
        assertThat(title(robot)).isEqualTo("About you");
        typeInto(robot, "#givenName", "Morwenna");
        typeInto(robot, "#familyName", "Testperson");
        typeInto(robot, "#preferredName", "Wenna");
        typeInto(robot, "#dateOfBirth", "2/2/1961");
        typeInto(robot, "#nhsNumber", "401 023 2137");
        typeInto(robot, "#communicationNeeds", "Easy read, and time to answer");
        typeInto(robot, "#name", "Cara Coordinator");
        typeInto(robot, "#organisation", "Sampletown community team");
        assertThat(text(robot, "#planTitle")).isEqualTo("Morwenna Testperson");
        assertThat(robot.lookup("#nhsNumberProblem").query().isVisible()).isFalse();
        robot.clickOn("#nextStep");

        // Step 2, what matters.
        assertThat(title(robot)).isEqualTo("What matters to you");
        typeInto(robot, "#likeAndAdmire", "Warm, and always laughing");
        typeInto(robot, "#importantTo", "My pottery, and seeing my sister on Sundays");
        typeInto(robot, "#importantFor", "Taking my tablets on time");
        typeInto(robot, "#goodDay", "Out at the day centre, then a cup of tea at home");
        typeInto(robot, "#working", "My neighbour pops in");
        typeInto(robot, "#notWorking", "Getting washed and dressed on my own");
        typeInto(robot, "#family", "My sister Carys takes me shopping on Saturdays");
        robot.clickOn("#nextStep");

        // Step 3, health and wellbeing: one need.
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.HEALTH_NEEDS));
        robot.clickOn(visible(robot, "#addNeed"));
        typeInto(robot, "#needDescription0", "Arthritis in both knees: stairs and buses are hard");
        robot.clickOn("#nextStep");

        // Step 4, an outcome in her own words, with the two rulers.
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.OUTCOMES));
        robot.clickOn(visible(robot, "#addOutcome"));
        typeInto(robot, "#outcomeWords0", "I want to get to my pottery class every week");
        typeInto(robot, "#outcomeImportance0", "8");
        typeInto(robot, "#outcomeConfidence0", "6");
        robot.clickOn("#nextStep");
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.SUPPORT));

        // The money first, in step 7 (steps can be taken in any order), so each line is priced against it:
        // £18,000 a year with £400 kept aside inside it, so £17,600.00 for support.
        robot.clickOn("#step-money-management");
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.MONEY_MANAGEMENT));
        typeInto(robot, "#allocation", "18000");
        typeInto(robot, "#contingency", "400");
        typeInto(robot, "#startDate", "6/4/2026");
        robot.clickOn(visible(robot, "#addStream"));
        robot.write("NHS continuing healthcare");
        robot.clickOn(visible(robot, "#streamManagement0"));
        robot.clickOn("Paid to the person or their nominee (direct payment)");

        // Step 5, line 1: from the catalogue.
        robot.clickOn("#step-support");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#catalogueResults").queryAs(ListView.class).getItems().isEmpty());
        assertThat(text(robot, "#costTotal")).isEqualTo("£0.00");
        assertThat(text(robot, "#costRemaining")).isEqualTo("£17,600.00");
        robot.clickOn(visible(robot, "#catalogueSearch")).write("day centre session");
        assertThat(robot.lookup("#catalogueResults").queryAs(ListView.class).getItems()).hasSize(1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        replaceIn(robot, "#lineQuantity", "2");
        robot.clickOn(visible(robot, "#lineOutcome0"));
        // Day centre session £24.60 x 2 a week x 52 = £2,558.40; £17,600.00 - £2,558.40 = £15,041.60
        assertThat(text(robot, "#costTotal")).isEqualTo("£2,558.40");
        assertThat(text(robot, "#costRemaining")).isEqualTo("£15,041.60");

        // Line 2: a custom line.
        robot.clickOn(visible(robot, "#addLine"));
        robot.write("Pottery class at the community centre");
        typeInto(robot, "#lineUnitPrice", "15");
        robot.clickOn(visible(robot, "#lineOutcome0"));
        // £15.00 x 1 a week x 52 = £780.00; total £3,338.40; £17,600.00 - £3,338.40 = £14,261.60
        assertThat(text(robot, "#costTotal")).isEqualTo("£3,338.40");
        assertThat(text(robot, "#costRemaining")).isEqualTo("£14,261.60");

        // Line 3: a personal assistant, 16 hours a week at the National Living Wage.
        robot.clickOn(visible(robot, "#addPa"));
        robot.write("12.71");
        typeInto(robot, "#paHours", "16");
        typeInto(robot, "#paEmployer", "Morwenna Testperson");
        assertThat(field(robot, "#paEmployer")).isEqualTo("Morwenna Testperson");
        typeInto(robot, "#paEmployersLiabilityInsurance", "150");
        typeInto(robot, "#paPayrollService", "180");
        robot.clickOn(visible(robot, "#lineOutcome0"));
        // Pay £12.71 x 16 x 52 = £10,574.72; holiday £12.71 x 16 x 5.6 = £1,138.816 -> £1,138.82;
        // pay and holiday £11,713.54: NI 15% x (£11,713.54 - £5,000.00) = £1,007.031 -> £1,007.03;
        // over the £10,000 trigger, pension 3% x (£11,713.54 - £6,240.00) = £164.2062 -> £164.21;
        // insurance and payroll £150.00 + £180.00 = £330.00; the PA costs £13,214.78 a year.
        assertThat(text(robot, "#paGross")).isEqualTo("£10,574.72");
        assertThat(text(robot, "#paHoliday")).isEqualTo("£1,138.82");
        assertThat(text(robot, "#paNi")).isEqualTo("£1,007.03");
        assertThat(text(robot, "#paPension")).isEqualTo("£164.21");
        assertThat(text(robot, "#paOther")).isEqualTo("£330.00");
        assertThat(text(robot, "#paTotal")).isEqualTo("£13,214.78");
        // £3,338.40 + £13,214.78 = £16,553.18; £17,600.00 - £16,553.18 = £1,046.82
        assertThat(text(robot, "#costTotal")).isEqualTo("£16,553.18");
        assertThat(text(robot, "#costRemaining")).isEqualTo("£1,046.82");
        assertThat(text(robot, "#budgetStatus")).isEqualTo("Within budget: £1,046.82 left a year");
        assertThat(overspendLinks(robot)).isEmpty();

        // The overspend: 20 hours a week. Pay £12.71 x 20 x 52 = £13,218.40; holiday £12.71 x 20 x 5.6 = £1,423.52;
        // together £14,641.92: NI 15% x £9,641.92 = £1,446.288 -> £1,446.29; pension 3% x £8,401.92 = £252.0576
        // -> £252.06; others £330.00; the PA £16,670.27. Plan £3,338.40 + £16,670.27 = £20,008.67;
        // £17,600.00 - £20,008.67 = -£2,408.67
        replaceIn(robot, "#paHours", "20");
        assertThat(text(robot, "#paTotal")).isEqualTo("£16,670.27");
        assertThat(text(robot, "#costTotal")).isEqualTo("£20,008.67");
        assertThat(text(robot, "#costRemaining")).isEqualTo("-£2,408.67");
        assertThat(text(robot, "#budgetStatus")).isEqualTo("Over budget by £2,408.67 a year");
        assertThat(robot.lookup("#budgetStatus").query().getStyleClass()).contains("over-budget");
        assertThat(overspendLinks(robot)).singleElement().asString()
                .startsWith("The plan costs £20,008.67 a year, £2,408.67 more than the £17,600.00 available");

        // On through the rest of the conversation to the summary: step 6, who covers; step 7 again; step 8.
        robot.clickOn("#nextStep");
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.RISKS));
        typeInto(robot, "#backupCover", "My sister Carys comes if the assistant is ill");
        robot.clickOn("#nextStep");
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.MONEY_MANAGEMENT));
        robot.clickOn("#nextStep");
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.REVIEW));
        typeInto(robot, "#reviewer", "Sam Broker");
        robot.clickOn("#nextStep");
        walkTo(robot, ConversationStep.SUMMARY);

        // Close the window (as the broker does at the end of the visit), close the store, open both afresh.
        Plan saved = closeWindowAndStore(robot);
        store = openStore();
        robot.interact(() -> {
            stage = new Stage();
            showWindow(stage);
        });
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup("#planList").queryAs(ListView.class).getItems().size() == 2);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("home list: " + robot.lookup("#planList").queryAll().size() + " lists, items "
                    + robot.lookup("#planList").queryAs(ListView.class).getItems() + ", labels "
                    + robot.lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList()
                    + ", windows " + javafx.stage.Window.getWindows(), e);
        }
        assertThat(homeList(robot)).extracting(PlanSummary::personName)
                .containsExactlyInAnyOrder("Morwenna Testperson", "Ada Testperson");
        robot.clickOn("#search").write("wenna");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> homeList(robot).size() == 1);
        assertThat(homeList(robot).get(0).planId()).isEqualTo(saved.id());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#planEditor").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not opened: focus " + stage.getScene().getFocusOwner() + ", selected "
                    + robot.lookup("#planList").queryAs(ListView.class).getSelectionModel().getSelectedItem()
                    + ", labels " + robot.lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                    .toList(), e);
        }
        assertThat(text(robot, "#planTitle")).isEqualTo("Morwenna Testperson");
        // It opens where it was left.
        assertThat(title(robot)).isEqualTo(titleOf(ConversationStep.SUMMARY));

        robot.clickOn("#step-about-the-person");
        assertThat(field(robot, "#givenName")).isEqualTo("Morwenna");
        assertThat(field(robot, "#familyName")).isEqualTo("Testperson");
        assertThat(field(robot, "#preferredName")).isEqualTo("Wenna");
        assertThat(field(robot, "#dateOfBirth")).isEqualTo("2/2/1961");
        assertThat(field(robot, "#nhsNumber")).isEqualTo("401 023 2137");
        assertThat(field(robot, "#communicationNeeds")).isEqualTo("Easy read, and time to answer");
        assertThat(field(robot, "#name")).isEqualTo("Cara Coordinator");
        assertThat(field(robot, "#organisation")).isEqualTo("Sampletown community team");

        robot.clickOn("#step-what-matters");
        assertThat(field(robot, "#likeAndAdmire")).isEqualTo("Warm, and always laughing");
        assertThat(field(robot, "#importantTo")).isEqualTo("My pottery, and seeing my sister on Sundays");
        assertThat(field(robot, "#importantFor")).isEqualTo("Taking my tablets on time");
        assertThat(field(robot, "#goodDay")).isEqualTo("Out at the day centre, then a cup of tea at home");
        assertThat(field(robot, "#working")).isEqualTo("My neighbour pops in");
        assertThat(field(robot, "#notWorking")).isEqualTo("Getting washed and dressed on my own");
        assertThat(field(robot, "#family")).isEqualTo("My sister Carys takes me shopping on Saturdays");

        robot.clickOn("#step-health-needs");
        assertThat(field(robot, "#needDescription0")).isEqualTo("Arthritis in both knees: stairs and buses are hard");
        robot.clickOn("#step-outcomes");
        assertThat(field(robot, "#outcomeWords0")).isEqualTo("I want to get to my pottery class every week");
        assertThat(field(robot, "#outcomeImportance0")).isEqualTo("8");
        assertThat(field(robot, "#outcomeConfidence0")).isEqualTo("6");
        robot.clickOn("#step-risks");
        assertThat(field(robot, "#backupCover")).isEqualTo("My sister Carys comes if the assistant is ill");
        robot.clickOn("#step-review");
        assertThat(field(robot, "#reviewer")).isEqualTo("Sam Broker");

        robot.clickOn("#step-money-management");
        assertThat(field(robot, "#allocation")).isEqualTo("£18,000.00");
        assertThat(field(robot, "#contingency")).isEqualTo("£400.00");
        assertThat(field(robot, "#startDate")).isEqualTo("6/4/2026");
        assertThat(field(robot, "#streamName0")).isEqualTo("NHS continuing healthcare");
        assertThat(robot.lookup("#streamManagement0").queryAs(ComboBox.class).getValue())
                .isEqualTo(ManagementOption.DIRECT_PAYMENT);

        robot.clickOn("#step-support");
        TableView<SupportLineRow> table = table(robot);
        assertThat(table.getItems()).extracting(SupportLineRow::label).containsExactly("Day centre session",
                "Pottery class at the community centre", "Personal assistant");
        assertThat(text(robot, "#costTotal")).isEqualTo("£20,008.67");
        assertThat(text(robot, "#costRemaining")).isEqualTo("-£2,408.67");
        assertThat(text(robot, "#budgetStatus")).isEqualTo("Over budget by £2,408.67 a year");
        assertThat(overspendLinks(robot)).singleElement().asString().startsWith("The plan costs £20,008.67 a year");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(field(robot, "#lineQuantity")).isEqualTo("2");
        assertThat(robot.lookup("#lineStream").queryAs(ComboBox.class).getValue())
                .isEqualTo(saved.fundingStreams().get(0).id());
        assertThat(text(robot, "#lineManagement")).isEqualTo("Paid to the person or their nominee (direct payment)");
        assertThat(robot.lookup("#lineOutcome0").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(field(robot, "#lineDescription")).isEqualTo("Pottery class at the community centre");
        assertThat(field(robot, "#lineUnitPrice")).isEqualTo("£15.00");
        robot.interact(() -> table.getSelectionModel().select(2));
        assertThat(field(robot, "#paHourlyRate")).isEqualTo("£12.71");
        assertThat(field(robot, "#paHours")).isEqualTo("20");
        assertThat(field(robot, "#paEmployer")).isEqualTo("Morwenna Testperson");
        assertThat(text(robot, "#paTotal")).isEqualTo("£16,670.27");
        assertThat(saved.supportLines()).allSatisfy(l -> assertThat(l.outcomeIds())
                .containsExactly(saved.outcomes().get(0).id()));
    }

    /** Closes the window as the broker does; waits for its save and its "where it was left"; closes the store. */
    private Plan closeWindowAndStore(FxRobot robot) throws Exception {
        PlanSummary row = new StoreLibrary(store).search(PlanSearch.forText("Morwenna")).get(0);
        robot.interact(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        });
        Autosave.waitForSavesHandedOver();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.plans().resumeStep(row.planId())
                .equals(Optional.of(ConversationStep.SUMMARY.name())));
        Plan saved = store.plans().latest(row.planId()).orElseThrow();
        assertThat(saved.supportLines()).hasSize(3);
        assertThat(saved.supportLines().get(2).pa().employer()).isEqualTo("Morwenna Testperson");
        assertThat(saved.peopleInvolved().careCoordinator().name()).isEqualTo("Cara Coordinator");
        assertThat(saved.otherSupport().family()).isEqualTo("My sister Carys takes me shopping on Saturdays");
        store.close();
        return saved;
    }

    /** Presses "Next" until the step with this title is shown, checking each step on the way shows something. */
    private static void walkTo(FxRobot robot, ConversationStep step) {
        String stepTitle = titleOf(step);
        for (int i = 0; i < 9 && !title(robot).equals(stepTitle); i++) {
            assertThat(robot.lookup("#promptsPanel").query().isVisible()).isTrue();
            robot.clickOn("#nextStep");
        }
        assertThat(title(robot)).isEqualTo(stepTitle);
    }

    private static String titleOf(ConversationStep step) {
        return BrokerPrompts.english().text(step.titleKey());
    }

    private static List<String> overspendLinks(FxRobot robot) {
        return robot.lookup("#costingProblems .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).filter(t -> t.startsWith("The plan costs")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<PlanSummary> homeList(FxRobot robot) {
        return robot.lookup("#planList").queryAs(ListView.class).getItems();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SupportLineRow> table(FxRobot robot) {
        return robot.lookup("#supportTable").queryAs(TableView.class);
    }

    private static String title(FxRobot robot) {
        return text(robot, "#stepTitle");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(visible(robot, query)).write(text);
    }

    private static void replaceIn(FxRobot robot, String query, String text) {
        robot.clickOn(visible(robot, query));
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static Node visible(FxRobot robot, String query) {
        return visible(robot, robot.lookup(query).<Node>query());
    }

    /** Scrolls the step's form (and the window) so the node is in view, as a broker would before clicking it. */
    private static Node visible(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Parent n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane && pane.getContent() != null) {
                    double content = pane.getContent().getBoundsInLocal().getHeight();
                    double viewport = pane.getViewportBounds().getHeight();
                    Point2D at = pane.getContent().sceneToLocal(node.localToScene(0, 0));
                    if (content > viewport) {
                        pane.setVvalue(Math.max(0, Math.min(1, (at.getY() - viewport / 3) / (content - viewport))));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }
}
