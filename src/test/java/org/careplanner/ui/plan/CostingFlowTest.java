package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ConversationStep;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 4's costing, as a broker does it: the budget in step 7, then three priced lines in step 5 (a service
 * found by typing in the catalogue, a custom line, a personal assistant through the PA calculator), the total and
 * what is left after each, an overspend flagged, and the costing found again after it is saved to a real store
 * and reopened. Every expected figure is worked by hand from the rates in docs/rates.md (2025/26) and the
 * catalogue price in docs/service-catalogue.md.
 */
@ExtendWith(ApplicationExtension.class)
class CostingFlowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T09:00:00Z"), ZoneOffset.UTC);
    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-0000000c0571");

    @TempDir
    Path dir;

    private LocalStore store;
    private PlanEditorViewModel plan;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.defaults());
        Plan draft = Plan.newDraft(ID, Person.named("Zo\u00eb", "Nguy\u1ec5n"), CLOCK.instant()).edit()
                .outcomes(List.of(new Outcome("walk", "I want to walk to the shops on my own again", "", null, null,
                        null, null)))
                .done();
        plan = new PlanEditorViewModel(draft, CLOCK);
        ConversationScreen screen = new ConversationScreen(plan, Optional.of(store.plans()::saveVersion),
                BrokerPrompts.english(), () -> { }, store.catalogue()::entries);
        Scene scene = new Scene((Parent) screen.view(), 1100, 720);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("careplanner.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void threePricedLinesThenAnOverspendThenTheCostingIsFoundAgainAfterReopening(FxRobot robot) throws Exception {
        // Step 7: £22,000 a year, £500 kept aside out of it (so £21,500 for support), from 1 June 2025.
        robot.clickOn("#step-money-management");
        typeInto(robot, "#allocation", "22000");
        typeInto(robot, "#contingency", "500");
        typeInto(robot, "#startDate", "1/6/2025");
        robot.clickOn(visible(robot, "#addStream"));
        robot.write("NHS continuing healthcare");
        robot.clickOn(visible(robot, "#streamManagement0"));
        robot.clickOn("Paid to the person or their nominee (direct payment)");
        typeInto(robot, "#streamAmount0", "£abc");
        // Letters never get into a money field: the field says why, and "£" alone is not an amount yet.
        assertThat(robot.lookup("#streamAmount0").queryTextInputControl().getText()).isEqualTo("£");
        assertThat(org.careplanner.ui.FieldInput.refusalOf(robot.lookup("#streamAmount0").queryTextInputControl()).get())
                .startsWith("Type an amount in pounds: digits, a £ sign, commas and one decimal point");
        assertThat(text(robot, "#streamAmount0Problem")).isEqualTo("Enter a number after the £ sign, for example £12.50.");
        replaceIn(robot, "#streamAmount0", "22000");
        assertThat(robot.lookup("#streamAmount0Problem").query().isVisible()).isFalse();

        // Step 5, line 1: found by typing in the catalogue, picked with Down and Enter.
        robot.clickOn("#step-support");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#catalogueResults").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn(visible(robot, "#catalogueSearch")).write("physio");
        assertThat(robot.lookup("#catalogueResults").queryAs(ListView.class).getItems()).hasSize(1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn(visible(robot, "#lineOutcome0"));
        // Physiotherapy £60.00 a session x 1 x 52 weeks = £3,120.00; £21,500.00 - £3,120.00 = £18,380.00
        assertThat(text(robot, "#costTotal")).isEqualTo("£3,120.00");
        assertThat(text(robot, "#costRemaining")).isEqualTo("£18,380.00");

        // Line 2: a custom line, added with its mnemonic (Alt+C).
        robot.press(KeyCode.ALT).press(KeyCode.C).release(KeyCode.C).release(KeyCode.ALT);
        assertThat(robot.lookup("#supportTable").queryAs(TableView.class).getItems()).hasSize(2);
        robot.write("Swimming pool pass");
        assertThat(robot.lookup("#lineDescription").queryAs(TextField.class).getText()).isEqualTo("Swimming pool pass");
        typeInto(robot, "#lineUnitPrice", "£30");
        replaceIn(robot, "#lineQuantity", "1");
        robot.clickOn(visible(robot, "#lineFrequency"));
        robot.clickOn("Every month");
        robot.clickOn(visible(robot, "#lineOutcome0"));
        // £30.00 x 1 x 12 = £360.00; £3,120.00 + £360.00 = £3,480.00; £21,500.00 - £3,480.00 = £18,020.00
        assertThat(text(robot, "#costTotal")).isEqualTo("£3,480.00");
        assertThat(text(robot, "#costRemaining")).isEqualTo("£18,020.00");

        // Line 3: a personal assistant through the PA calculator (Alt+A).
        robot.press(KeyCode.ALT).press(KeyCode.A).release(KeyCode.A).release(KeyCode.ALT);
        assertThat(robot.lookup("#paCalculator").query().isVisible()).isTrue();
        assertThat(robot.lookup("#paHourlyRate").query().isFocused()).isTrue();
        robot.write("13");
        assertThat(robot.lookup("#paHourlyRate").queryAs(TextField.class).getText()).isEqualTo("13");
        typeInto(robot, "#paHours", "abc");
        assertThat(robot.lookup("#paHours").queryAs(TextField.class).getText()).isEmpty();
        typeInto(robot, "#paHours", "20");
        typeInto(robot, "#paEmployer", "Zo\u00eb Nguy\u1ec5n");
        typeInto(robot, "#paEmployersLiabilityInsurance", "150");
        typeInto(robot, "#paPayrollService", "120");
        typeInto(robot, "#paDbsCheck", "54");
        typeInto(robot, "#paTraining", "95");
        robot.clickOn(visible(robot, "#lineOutcome0"));
        // docs/examples/README.md: pay £13 x 20 x 52 = £13,520.00; holiday £13 x 20 x 5.6 = £1,456.00;
        // NI 15% x (£14,976.00 - £5,000.00) = £1,496.40; pension 3% x (£14,976.00 - £6,240.00) = £262.08;
        // other costs £150 + £120 + £54 + £95 = £419.00; total £17,153.48
        assertThat(text(robot, "#paGross")).isEqualTo("£13,520.00");
        assertThat(text(robot, "#paHoliday")).isEqualTo("£1,456.00");
        assertThat(text(robot, "#paNi")).isEqualTo("£1,496.40");
        assertThat(text(robot, "#paPension")).isEqualTo("£262.08");
        assertThat(text(robot, "#paOther")).isEqualTo("£419.00");
        assertThat(text(robot, "#paTotal")).isEqualTo("£17,153.48");
        // £3,480.00 + £17,153.48 = £20,633.48; £21,500.00 - £20,633.48 = £866.52
        assertThat(text(robot, "#costTotal")).isEqualTo("£20,633.48");
        assertThat(text(robot, "#costRemaining")).isEqualTo("£866.52");
        assertThat(text(robot, "#budgetStatus")).isEqualTo("Within budget: £866.52 left a year");
        assertThat(robot.lookup("#costingProblems").queryAs(Parent.class).getChildrenUnmodifiable()).isEmpty();

        // Raise the assistant's hours to 30: pay £20,280.00; holiday £2,184.00; NI 15% x (£22,464.00 - £5,000.00)
        // = £2,619.60; pension 3% x (£22,464.00 - £6,240.00) = £486.72; others £419.00; PA £25,989.32.
        // Plan £3,480.00 + £25,989.32 = £29,469.32; £21,500.00 - £29,469.32 = -£7,969.32
        replaceIn(robot, "#paHours", "30");
        assertThat(text(robot, "#costTotal")).isEqualTo("£29,469.32");
        assertThat(text(robot, "#costRemaining")).isEqualTo("-£7,969.32");
        assertThat(text(robot, "#budgetStatus")).isEqualTo("Over budget by £7,969.32 a year");
        assertThat(robot.lookup("#budgetStatus").query().getStyleClass()).contains("over-budget");
        List<String> listed = robot.lookup("#costingProblems .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertThat(listed).anySatisfy(p -> assertThat(p).startsWith("The plan costs £29,469.32 a year, £7,969.32 "
                + "more than the £21,500.00 available"));

        // Saved to the store, and reopened in a new editor: the lines, the stream and the budget are there.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.supportLines().size() == 3 && p.supportLines().get(2).pa() != null
                        && p.supportLines().get(2).pa().hoursPerWeek().intValue() == 30).orElse(false));
        Plan stored = store.plans().latest(ID).orElseThrow();
        PlanEditorViewModel reopened = new PlanEditorViewModel(stored, CLOCK);
        SupportSection lines = reopened.section(SupportSection.class);
        assertThat(lines.lines()).extracting(SupportLineRow::label)
                .containsExactly("Physiotherapy session (HCPC-registered, private)", "Swimming pool pass",
                        "Personal assistant");
        Plan again = reopened.snapshot();
        assertThat(again.supportLines()).extracting(SupportLine::catalogueCode)
                .containsExactly("PHYSIO-SESSION", "", "");
        assertThat(again.supportLines().get(1).unitPrice()).isEqualTo(Money.ofPounds(30));
        assertThat(again.supportLines().get(2).pa().hourlyRate()).isEqualTo(Money.ofPounds(13));
        assertThat(again.supportLines()).allSatisfy(l -> assertThat(l.outcomeIds()).containsExactly("walk"));
        assertThat(again.fundingStreams()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("NHS continuing healthcare");
            assertThat(s.management()).isEqualTo(ManagementOption.DIRECT_PAYMENT);
            assertThat(s.annualAllocation()).isEqualTo(Money.ofPounds(22000));
        });
        assertThat(again.budget().allocation()).isEqualTo(Money.ofPounds(22000));
        assertThat(again.budget().contingency()).isEqualTo(Money.ofPounds(500));
        assertThat(reopened.section(MoneySection.class).allocationProperty().get()).isEqualTo("£22,000.00");
        Costing costAgain = new Costing(reopened);
        assertThat(costAgain.assessment().total()).isEqualTo(Money.parse("29469.32"));

        // The overspend's link takes the broker to the budget, in step 7.
        Hyperlink overspend = robot.lookup("#costingProblems .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("The plan costs")).findFirst().orElseThrow();
        robot.clickOn(visible(robot, overspend));
        assertThat(plan.currentStepProperty().get()).isEqualTo(ConversationStep.MONEY_MANAGEMENT);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
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

    /** Scrolls the step's form so the node is in view, as a broker would before clicking it. */
    private static Node visible(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node n = node.getParent();
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane pane && pane.getContent() != null) {
                double content = pane.getContent().getBoundsInLocal().getHeight();
                double viewport = pane.getViewportBounds().getHeight();
                Point2D at = pane.getContent().sceneToLocal(node.localToScene(0, 0));
                if (content > viewport) {
                    pane.setVvalue(Math.max(0, Math.min(1, (at.getY() - viewport / 3) / (content - viewport))));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }
}
