package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.ui.plan.StepsTestSupport.alt;
import static org.careplanner.ui.plan.StepsTestSupport.focused;
import static org.careplanner.ui.plan.StepsTestSupport.text;
import static org.careplanner.ui.plan.StepsTestSupport.typeInto;
import static org.careplanner.ui.plan.StepsTestSupport.visible;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.BrokerNote;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Quote;
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
 * The person's words on a step, tagged as change talk (one by the suggestion from the words, one by hand), kept
 * apart from the broker's note; step 9 gathers them as a read-back, lists what must be put right with links that
 * go to the field, and records a disagreement. All saved to a real store and found again.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryAndQuotesTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000905e");

    private final Path dir;
    private final LocalStore store;

    SummaryAndQuotesTest() throws java.io.IOException {
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
    void taggedWordsAreReadBackProblemsLinkToTheirFieldsAndAllIsSavedAndFoundAgain(FxRobot robot) throws Exception {
        robot.clickOn("#step-what-matters");
        alt(robot, KeyCode.W);
        assertThat(focused(robot, "#quoteText0")).isTrue();
        robot.write("I will go back to the club on Tuesdays");
        assertThat(text(robot, "#quoteSuggestion0")).isEqualTo("Sounds like Commitment: what they will do");
        robot.clickOn(visible(robot, "#quoteUseSuggestion0"));
        assertThat(robot.lookup("#quoteSuggestion0").query().isVisible()).isFalse();
        alt(robot, KeyCode.W);
        robot.write("My friends are there, that's why it matters");
        robot.clickOn(visible(robot, "#quoteTag1"));
        robot.clickOn("Reasons: why they would change");
        typeInto(robot, "#brokerNote", "Tired today; ask again about Tuesdays next time");

        assertThat(plan.snapshot().quotes()).extracting(Quote::section, Quote::text, Quote::changeTalk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("what-matters", "I will go back to the club on Tuesdays",
                                ChangeTalk.COMMITMENT),
                        org.assertj.core.groups.Tuple.tuple("what-matters",
                                "My friends are there, that's why it matters", ChangeTalk.REASONS));
        assertThat(plan.snapshot().brokerNotes()).containsExactly(new BrokerNote("what-matters",
                "Tired today; ask again about Tuesdays next time"));

        // An outcome not yet in the person's words: a problem the summary lists with a link to the field. A
        // score off the ruler is refused where it is typed (FieldInput), so it never reaches the summary.
        robot.clickOn("#step-outcomes");
        alt(robot, KeyCode.A);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("11");
        assertThat(robot.lookup("#outcomeImportance0").queryTextInputControl().getText()).isEqualTo("1");
        assertThat(org.careplanner.ui.FieldInput.refusalOf(
                robot.lookup("#outcomeImportance0").queryTextInputControl()).get()).isNotBlank();

        robot.clickOn("#step-summary");
        // Commitment (mobilising) first, then reasons; the person's words exactly (prompts.properties).
        assertThat(text(robot, "#readBack")).isEqualTo(String.join("\n",
                "Let me read back what you\u2019ve told me today, in your own words.",
                "You said what you will do: \u201cI will go back to the club on Tuesdays\u201d",
                "You told me why it matters: \u201cMy friends are there, that's why it matters\u201d",
                "Have I got that right? Is there anything you\u2019d like to add?"));
        assertThat(text(robot, "#agreementStatus")).contains("must be put right before the plan is agreed");
        List<String> links = robot.lookup("#summaryProblems .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Labeled::getText).toList();
        assertThat(links).contains("What you want to achieve: Write the outcome in the person's own words.",
                "Your health and wellbeing: Add at least one health or wellbeing need.",
                "Looking after the money: Enter the allocation.");
        assertThat(robot.lookup("#step-summary").query().getAccessibleText()).isEqualTo("Summary and agreement: "
                + "Not started");

        robot.clickOn(visible(robot, link(robot, "What you want to achieve: Write the outcome")));
        assertThat(plan.currentStepProperty().get()).isEqualTo(ConversationStep.OUTCOMES);
        assertThat(focused(robot, "#outcomeWords0")).isTrue();
        robot.write("To get to the club on my own");
        robot.clickOn("#outcomeImportance0");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).write("10");
        robot.clickOn("#step-summary");
        robot.clickOn(visible(robot, link(robot, "Your health and wellbeing:")));
        assertThat(plan.currentStepProperty().get()).isEqualTo(ConversationStep.HEALTH_NEEDS);
        assertThat(focused(robot, "#addNeed")).isTrue();
        robot.clickOn("#step-summary");
        robot.clickOn(visible(robot, link(robot, "Looking after the money: Enter the allocation.")));
        assertThat(focused(robot, "#allocation")).isTrue();

        robot.clickOn("#step-summary");
        assertThat(robot.lookup("#summaryProblems .hyperlink").queryAllAs(Hyperlink.class))
                .noneMatch(h -> h.getText().contains("Write the outcome"));
        typeInto(robot, "#disagreement", "She would rather not have a review in August");
        assertThat(robot.lookup("#step-summary").query().getAccessibleText()).isNotEqualTo("Summary and agreement: "
                + "Not started");

        robot.interact(() -> { }); // the disagreement's last key is in the view-model before the wait starts
        try {
            waitForStored();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Not stored as expected: " + store.plans().latest(ID)
                    .map(p -> p.quotes().size() + " quotes, disagreement '" + p.disagreement() + "', outcomes "
                            + p.outcomes()).orElse("no plan"), e);
        }
        Plan stored = store.plans().latest(ID).orElseThrow();
        assertThat(stored.brokerNotes()).extracting(BrokerNote::text)
                .containsExactly("Tired today; ask again about Tuesdays next time");
        PlanEditorViewModel reopened = new PlanEditorViewModel(stored, StepsTestSupport.CLOCK);
        QuotesSection quotes = reopened.section(QuotesSection.class);
        assertThat(quotes.said(ConversationStep.WHAT_MATTERS)).extracting(q -> q.changeTalk.get())
                .containsExactly(ChangeTalk.COMMITMENT, ChangeTalk.REASONS);
        assertThat(quotes.note(ConversationStep.WHAT_MATTERS).get())
                .isEqualTo("Tired today; ask again about Tuesdays next time");
        assertThat(reopened.section(SummarySection.class).disagreementProperty().get())
                .isEqualTo("She would rather not have a review in August");
    }

    @Test
    void aQuoteTaggedOnTheSummaryItselfIsReadBackAtOnceAndTheStepIsInProgressUntilSigned(FxRobot robot) {
        robot.clickOn("#step-summary");
        assertThat(text(robot, "#readBack")).isEqualTo(
                org.careplanner.ui.MainWindow.TEXT.getString("summary.readBack.none"));
        assertThat(robot.lookup("#step-summary").query().getAccessibleText())
                .isEqualTo("Summary and agreement: Not started");

        alt(robot, KeyCode.W);
        robot.write("I will ring the club tomorrow");
        robot.clickOn(visible(robot, "#quoteUseSuggestion0"));

        assertThat(text(robot, "#readBack")).contains(
                "You said what you will do: \u201cI will ring the club tomorrow\u201d");
        assertThat(robot.lookup("#step-summary").query().getAccessibleText())
                .as("worked on, not signed yet").isEqualTo("Summary and agreement: In progress");
    }

    private void waitForStored() throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(ID)
                .map(p -> p.quotes().size() == 2 && !p.disagreement().isBlank()
                        && p.outcomes().size() == 1 && Integer.valueOf(10).equals(p.outcomes().get(0).importance()))
                .orElse(false));
    }

    private static Hyperlink link(FxRobot robot, String start) {
        return robot.lookup("#summaryProblems .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith(start)).findFirst().orElseThrow();
    }
}
