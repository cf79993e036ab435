package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.ui.plan.StepsTestSupport.alt;
import static org.careplanner.ui.plan.StepsTestSupport.focused;
import static org.careplanner.ui.plan.StepsTestSupport.replaceIn;
import static org.careplanner.ui.plan.StepsTestSupport.text;
import static org.careplanner.ui.plan.StepsTestSupport.typeInto;
import static org.careplanner.ui.plan.StepsTestSupport.visible;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Plan;
import org.careplanner.domain.StageOfChange;
import org.careplanner.domain.WellbeingOutcome;
import org.careplanner.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Steps 3 and 4 as a broker fills them in: needs with a wellbeing outcome; an outcome in the person's words with
 * the rulers and their follow-up questions, a score and a date put right at the field; each seen in the plan,
 * saved to a real store, and found again in a new editor opened on what was stored.
 */
@ExtendWith(ApplicationExtension.class)
class HealthAndOutcomesStepsTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000a534");

    private final Path dir;
    private final LocalStore store;

    HealthAndOutcomesStepsTest() throws java.io.IOException {
        dir = java.nio.file.Files.createTempDirectory("careplanner-steps");
        store = StepsTestSupport.openStore(dir);
    }
    private PlanEditorViewModel plan;

    @Start
    void start(Stage stage) {
        plan = StepsTestSupport.show(stage, store, ID);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
        StepsTestSupport.delete(dir);
    }

    @Test
    void needsAreWrittenTaggedRemovedSavedAndFoundAgain(FxRobot robot) throws Exception {
        robot.clickOn("#step-health-needs");
        assertThat(text(robot, "#stepTitle")).isEqualTo("Your health and wellbeing");
        assertThat(robot.lookup("#step-health-needs").query().getAccessibleText())
                .isEqualTo("Your health and wellbeing: Not started");
        assertThat(focused(robot, "#addNeed")).isTrue();

        alt(robot, KeyCode.A);
        assertThat(focused(robot, "#needDescription0")).isTrue();
        robot.write("I get out of breath on the stairs");
        robot.clickOn(visible(robot, "#needWellbeing0"));
        robot.clickOn("Being safe at home");
        robot.clickOn(visible(robot, "#addNeed"));
        robot.write("I feel lonely since I stopped going to the club");
        alt(robot, KeyCode.A);
        robot.write("a need written by mistake");
        robot.clickOn(visible(robot, "#removeNeed2"));

        assertThat(plan.snapshot().healthNeeds()).extracting(HealthNeed::description, HealthNeed::wellbeingOutcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I get out of breath on the stairs",
                                WellbeingOutcome.HOME_SAFETY),
                        org.assertj.core.groups.Tuple.tuple("I feel lonely since I stopped going to the club", null));
        assertThat(robot.lookup("#step-health-needs").query().getAccessibleText())
                .isEqualTo("Your health and wellbeing: Done");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.healthNeeds().size() == 2).orElse(false));
        PlanEditorViewModel reopened = new PlanEditorViewModel(store.plans().latest(ID).orElseThrow(),
                StepsTestSupport.CLOCK);
        assertThat(reopened.section(HealthNeedsSection.class).rows()).extracting(r -> r.description.get())
                .containsExactly("I get out of breath on the stairs", "I feel lonely since I stopped going to the club");
        assertThat(reopened.section(HealthNeedsSection.class).rows().get(0).wellbeing.get())
                .isEqualTo(WellbeingOutcome.HOME_SAFETY);
    }

    @Test
    void anOutcomeWithRulersFollowUpsAndProblemsAtTheFieldIsSavedAndFoundAgain(FxRobot robot) throws Exception {
        robot.clickOn("#step-outcomes");
        alt(robot, KeyCode.A);
        assertThat(focused(robot, "#outcomeWords0")).isTrue();
        robot.write("I want to walk to the shops on my own again");
        // Tab follows the form: words, how progress is seen, then the two rulers.
        robot.type(KeyCode.TAB).write("Getting to the corner shop without stopping");
        robot.type(KeyCode.TAB).write("6");
        assertThat(text(robot, "#outcomeImportanceFollowUps0"))
                .isEqualTo("Then ask: \u201cWhy a 6 and not a 3? What would take you to a 7?\u201d");
        robot.type(KeyCode.TAB).write("12");
        // A score over 10 never gets into the field: the 2 is refused, and the field says why.
        javafx.scene.control.TextInputControl confidence = robot.lookup("#outcomeConfidence0").queryTextInputControl();
        assertThat(confidence.getText()).isEqualTo("1");
        assertThat(org.careplanner.ui.FieldInput.refusalOf(confidence).get()).isEqualTo("Type a whole number from 0 to 10.");
        replaceIn(robot, "#outcomeConfidence0", "4");
        assertThat(robot.lookup("#outcomeConfidence0Problem").query().isVisible()).isFalse();
        assertThat(text(robot, "#outcomeConfidenceFollowUps0"))
                .isEqualTo("Then ask: \u201cWhy a 4 and not a 1? What would take you to a 5?\u201d");

        robot.type(KeyCode.TAB).write("31/2/2027");
        assertThat(text(robot, "#outcomeTarget0Problem"))
                .isEqualTo("There is no day 31/2/2027 in the calendar: check the day and the month.");
        replaceIn(robot, "#outcomeTarget0", "1/9/2026");
        robot.clickOn(visible(robot, "#outcomeStage0"));
        robot.clickOn("Getting ready");
        assertThat(text(robot, "#outcomeStageGuidance0")).startsWith("They are getting ready");

        // Hiding the prompts hides the ruler questions too; showing them brings them back.
        robot.clickOn("#hidePrompts");
        assertThat(robot.lookup("#outcomeImportanceFollowUps0").query().isVisible()).isFalse();
        robot.clickOn("#hidePrompts");
        assertThat(robot.lookup("#outcomeImportanceFollowUps0").query().isVisible()).isTrue();

        Outcome expected = new Outcome(plan.section(OutcomesSection.class).rows().get(0).id,
                "I want to walk to the shops on my own again", "Getting to the corner shop without stopping",
                LocalDate.of(2026, 9, 1), 6, 4, StageOfChange.PREPARATION);
        assertThat(plan.snapshot().outcomes()).containsExactly(expected);
        assertThat(robot.lookup("#step-outcomes").query().getAccessibleText())
                .isEqualTo("What you want to achieve: Done");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.outcomes().equals(java.util.List.of(expected))).orElse(false));
        Plan stored = store.plans().latest(ID).orElseThrow();
        OutcomesSection.OutcomeRow again = new PlanEditorViewModel(stored, StepsTestSupport.CLOCK)
                .section(OutcomesSection.class).rows().get(0);
        assertThat(again.words.get()).isEqualTo("I want to walk to the shops on my own again");
        assertThat(again.targetDate.get()).isEqualTo("1/9/2026");
        assertThat(again.importance.get()).isEqualTo("6");
        assertThat(again.confidence.get()).isEqualTo("4");
    }
}
