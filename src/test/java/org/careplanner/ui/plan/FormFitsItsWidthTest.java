package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The support step's form is never wider than its place on the screen, so no field is cut off at the right (a
 * field out of sight cannot be clicked, and a keyboard user tabs into it blind). It once was: the line editor's
 * list of outcomes took the width of its longest sentence.
 */
@ExtendWith(ApplicationExtension.class)
class FormFitsItsWidthTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private PlanEditorViewModel plan;
    private Stage stage;

    private void show(Stage stage, Plan draft) {
        plan = new PlanEditorViewModel(draft, CLOCK);
        plan.currentStepProperty().set(ConversationStep.SUPPORT);
        ConversationScreen screen = new ConversationScreen(plan, Optional.empty(), BrokerPrompts.english(), () -> { });
        // The main window's size, with the prompts shown.
        Scene scene = new Scene((Parent) screen.view(), 1100, 720);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("careplanner.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPersonalAssistantsLineWithNoOutcomesYetFits(FxRobot robot) {
        robot.interact(() -> show(stage, Plan.newDraft(UUID.randomUUID(), Person.named("Ada", "Testperson"),
                CLOCK.instant())));
        addPersonalAssistant(robot);
        assertFits(robot);
    }

    @Test
    void aLineWithLongOutcomesFits(FxRobot robot) {
        String words = "I want to get back to the allotment on Saturday mornings with my sister, and grow the "
                + "beans and sweet peas we always grew with Dad";
        robot.interact(() -> show(stage, Plan.newDraft(UUID.randomUUID(), Person.named("Ada", "Testperson"),
                CLOCK.instant()).edit().outcomes(List.of(new Outcome("garden", words, "", null, null, null, null)))
                .done()));
        addPersonalAssistant(robot);
        assertThat(robot.lookup("#lineOutcome0").tryQuery()).isPresent();
        assertFits(robot);
    }

    private static void addPersonalAssistant(FxRobot robot) {
        robot.interact(() -> robot.lookup("#addPa").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#paCalculator").query().isVisible()).isTrue();
    }

    private static void assertFits(FxRobot robot) {
        ScrollPane form = robot.lookup(".form-area").queryAs(ScrollPane.class);
        double viewport = form.getViewportBounds().getWidth();
        assertThat(form.getContent().getLayoutBounds().getWidth()).as("the form's width in a %s px view", viewport)
                .isLessThanOrEqualTo(viewport + 0.5);
    }
}
