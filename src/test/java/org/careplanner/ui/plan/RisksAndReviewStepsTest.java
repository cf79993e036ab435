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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.Budget;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.ReviewArrangement;
import org.careplanner.domain.ReviewTrigger;
import org.careplanner.domain.Risk;
import org.careplanner.interview.ConversationStep;
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
 * Steps 6 and 8 as a broker fills them in: a risk with what to do and who to call, the back-up cover, the money
 * kept aside reached by its link to step 7; who reviews the plan and what brings a review forward, with the review
 * date worked out from the start date (changed through its link to step 7). Each is saved to a real store and
 * found again in a new editor opened on what was stored.
 */
@ExtendWith(ApplicationExtension.class)
class RisksAndReviewStepsTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-0000000051c6");

    private final Path dir;
    private final LocalStore store;

    RisksAndReviewStepsTest() throws java.io.IOException {
        dir = java.nio.file.Files.createTempDirectory("careplanner-steps");
        store = StepsTestSupport.openStore(dir);
    }
    private PlanEditorViewModel plan;

    @Start
    void start(Stage stage) {
        // Step 7 already done: £18,000 a year from 1 April 2026, one NHS stream the NHS holds (notional).
        Plan draft = StepsTestSupport.draft(ID).edit()
                .budget(Budget.annual(Money.ofPounds(18000), LocalDate.of(2026, 4, 1)))
                .fundingStreams(List.of(FundingStream.of("stream-1", "NHS continuing healthcare", Commissioner.NHS,
                        ManagementOption.NOTIONAL)))
                .done();
        plan = StepsTestSupport.show(stage, store, draft);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
        StepsTestSupport.delete(dir);
    }

    @Test
    void aRiskTheBackUpCoverAndTheMoneyKeptAsideAreSavedAndFoundAgain(FxRobot robot) throws Exception {
        robot.clickOn("#step-risks");
        assertThat(focused(robot, "#addRisk")).isTrue();
        alt(robot, KeyCode.A);
        assertThat(focused(robot, "#riskDescription0")).isTrue();
        robot.write("A fall on the stairs when no one is in");
        robot.type(KeyCode.TAB).write("A long wait on the floor for help");
        robot.type(KeyCode.TAB).write("A pendant alarm, worn in the day");
        robot.type(KeyCode.TAB).write("Press the alarm; the call centre rings a neighbour");
        robot.type(KeyCode.TAB).write("Sam (neighbour), 01632 960123");
        typeInto(robot, "#backupCover", "The agency covers if the personal assistant is ill");
        assertThat(text(robot, "#contingencyShown")).isEqualTo("No money is kept aside for emergencies yet.");

        // The money kept aside is part of the budget: its link goes to the field in step 7.
        robot.clickOn(visible(robot, "#goToContingency"));
        assertThat(plan.currentStepProperty().get()).isEqualTo(ConversationStep.MONEY_MANAGEMENT);
        assertThat(focused(robot, "#contingency")).isTrue();
        robot.write("400");
        robot.clickOn("#step-risks");
        assertThat(text(robot, "#contingencyShown")).isEqualTo("£400.00 a year is kept aside, out of the budget.");

        Risk expected = new Risk(plan.section(RisksSection.class).rows().get(0).id,
                "A fall on the stairs when no one is in", "A long wait on the floor for help",
                "A pendant alarm, worn in the day", "Press the alarm; the call centre rings a neighbour",
                "Sam (neighbour), 01632 960123");
        assertThat(plan.snapshot().risks()).containsExactly(expected);
        assertThat(robot.lookup("#step-risks").query().getAccessibleText())
                .isEqualTo("Staying safe, and what to do if things go wrong: Done");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.risks().equals(List.of(expected)) && p.budget().contingency().equals(Money.ofPounds(400))
                        && !p.backupCover().isBlank()).orElse(false));
        PlanEditorViewModel reopened = new PlanEditorViewModel(store.plans().latest(ID).orElseThrow(),
                StepsTestSupport.CLOCK);
        RisksSection risks = reopened.section(RisksSection.class);
        assertThat(risks.rows()).extracting(r -> r.whoToCall.get()).containsExactly("Sam (neighbour), 01632 960123");
        assertThat(risks.backupCoverProperty().get()).isEqualTo("The agency covers if the personal assistant is ill");
    }

    @Test
    void whoReviewsWhenAndWhatBringsItForwardAreSavedAndFoundAgain(FxRobot robot) throws Exception {
        robot.clickOn("#step-review");
        assertThat(focused(robot, "#reviewer")).isTrue();
        // NHS notional budget: first review by local policy, 3 months after 1 April 2026.
        assertThat(text(robot, "#planStarts")).isEqualTo("The plan starts on 1 April 2026.");
        assertThat(robot.lookup("#reviewDates .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("NHS continuing healthcare: review by 1 July 2026. NHS notional or third-party "
                        + "budget: first review by local policy, within 3 months of the plan starting.");
        robot.write("Jo Example, support planner");
        robot.type(KeyCode.TAB).write("30/2/2026");
        assertThat(text(robot, "#lastReviewProblem"))
                .isEqualTo("There is no day 30/2/2026 in the calendar: check the day and the month.");
        assertThat(robot.lookup("#step-review").query().getAccessibleText())
                .isEqualTo("Checking how it\u2019s going: Needs attention");
        replaceIn(robot, "#lastReview", "");
        robot.type(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#lastReviewProblem").query().isVisible()).isFalse();
        robot.type(KeyCode.TAB).type(KeyCode.SPACE); // the first trigger: a big change in their health
        robot.clickOn(visible(robot, "#triggerPERSON_ASKS"));
        typeInto(robot, "#reviewNotes", "Her daughter would like to be there");

        // The start date is part of the budget: its link goes to the field in step 7, and the dates follow it.
        robot.clickOn(visible(robot, "#goToStartDate"));
        assertThat(focused(robot, "#startDate")).isTrue();
        replaceIn(robot, "#startDate", "1/5/2026");
        robot.clickOn("#step-review");
        assertThat(robot.lookup("#reviewDates .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .singleElement().asString().startsWith("NHS continuing healthcare: review by 1 August 2026.");

        ReviewArrangement expected = new ReviewArrangement("Jo Example, support planner", null,
                List.of(ReviewTrigger.SIGNIFICANT_HEALTH_CHANGE, ReviewTrigger.PERSON_ASKS),
                "Her daughter would like to be there");
        assertThat(plan.snapshot().review()).isEqualTo(expected);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.review().equals(expected)).orElse(false));
        ReviewSection again = new PlanEditorViewModel(store.plans().latest(ID).orElseThrow(), StepsTestSupport.CLOCK)
                .section(ReviewSection.class);
        assertThat(again.reviewerProperty().get()).isEqualTo("Jo Example, support planner");
        assertThat(again.trigger(ReviewTrigger.PERSON_ASKS).get()).isTrue();
        assertThat(again.trigger(ReviewTrigger.SUSPECTED_MISUSE).get()).isFalse();
    }
}
