package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.Budget;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ConversationStep;
import org.careplanner.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The costing step with a plan already holding two lines: problem links, and remove and undo by keyboard. */
@ExtendWith(ApplicationExtension.class)
class CostingKeyboardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T09:00:00Z"), ZoneOffset.UTC);

    private PlanEditorViewModel plan;

    @Start
    void start(Stage stage) {
        List<SupportLine> lines = List.of(
                SupportLine.priced("taxi", "Taxi to the day centre", "Transport", Money.ofPounds(12),
                        BigDecimal.valueOf(2), Frequency.PER_WEEK, "nhs", List.of("out")),
                SupportLine.priced("gym", "Gym membership", "Leisure", Money.ofPounds(25), BigDecimal.ONE,
                        Frequency.PER_MONTH, "nhs", List.of()));
        Plan draft = Plan.newDraft(UUID.fromString("00000000-0000-4000-8000-0000000c0572"),
                Person.named("Ada", "Testperson"), CLOCK.instant()).edit()
                .outcomes(List.of(new Outcome("out", "I want to get out of the house twice a week", "", null, null,
                        null, null)))
                .fundingStreams(List.of(FundingStream.of("nhs", "NHS", Commissioner.NHS, ManagementOption.NOTIONAL)))
                .budget(new Budget(Money.ofPounds(5000), AllocationPeriod.ANNUAL, AllocationStage.INDICATIVE,
                        Money.ZERO, true, Budget.DEFAULT_WEEKS_PER_YEAR, LocalDate.of(2025, 6, 1), null))
                .supportLines(lines).done();
        plan = new PlanEditorViewModel(draft, CLOCK);
        plan.currentStepProperty().set(ConversationStep.SUPPORT);
        ConversationScreen screen = new ConversationScreen(plan, Optional.empty(), BrokerPrompts.english(), () -> { });
        Scene scene = new Scene((Parent) screen.view(), 1100, 720);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("careplanner.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aProblemLinkChoosesItsLineAndPutsTheFocusOnTheFieldToFix(FxRobot robot) {
        // Taxi 12.00 x 2 x 52 = 1,248.00; gym 25.00 x 1 x 12 = 300.00; total 1,548.00 of 5,000.00
        assertThat(robot.lookup("#costTotal").queryLabeled().getText()).isEqualTo("£1,548.00");
        Hyperlink noOutcome = robot.lookup("#costingProblems .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("\"Gym membership\" is not linked to an outcome"))
                .findFirst().orElseThrow();
        robot.interact(noOutcome::fire);

        TableView<?> table = robot.lookup("#supportTable").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#lineOutcome0").query().isFocused()).isTrue();

        robot.type(KeyCode.SPACE);
        assertThat(plan.snapshot().supportLines().get(1).outcomeIds()).containsExactly("out");
        assertThat(robot.lookup("#costingProblems .hyperlink").queryAll()).isEmpty();
    }

    @Test
    void aLineRemovedByKeyboardComesBackInItsPlaceWithUndo(FxRobot robot) {
        TableView<?> table = robot.lookup("#supportTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.press(KeyCode.ALT).press(KeyCode.R).release(KeyCode.R).release(KeyCode.ALT);
        assertThat(plan.snapshot().supportLines()).extracting(SupportLine::id).containsExactly("gym");
        // Gym alone: 25.00 x 1 x 12 = 300.00
        assertThat(robot.lookup("#costTotal").queryLabeled().getText()).isEqualTo("£300.00");

        robot.press(KeyCode.ALT).press(KeyCode.U).release(KeyCode.U).release(KeyCode.ALT);
        assertThat(plan.snapshot().supportLines()).extracting(SupportLine::id).containsExactly("taxi", "gym");
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#costTotal").queryLabeled().getText()).isEqualTo("£1,548.00");
    }

    @Test
    void aPriceThatIsNotMoneyIsSaidUnderTheFieldAndTheCostKeepsTheLastGoodPrice(FxRobot robot) {
        TableView<?> table = robot.lookup("#supportTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#lineUnitPrice").query().requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("12.505");

        assertThat(robot.lookup("#lineUnitPriceProblem").queryLabeled().getText())
                .contains("more than two decimal places");
        // The last good price typed on the way was "12.50": taxi 12.50 x 2 x 52 = 1,300.00; + gym 300.00 = 1,600.00
        assertThat(robot.lookup("#costTotal").queryLabeled().getText()).isEqualTo("£1,600.00");
    }
}
