package org.careplanner.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Quote;
import org.junit.jupiter.api.Test;

/** At the summary, the broker reads back Pat Example's own reasons and commitments, in Pat's words. */
class ChangeTalkReadBackTest {

    private static final Quote WANTS = new Quote("q1", "what-matters", "I want to get back to the allotment.",
            ChangeTalk.DESIRE);
    private static final Quote NOT_TAGGED = new Quote("q2", "what-matters", "The bus is always late.", null);
    private static final Quote WILL = new Quote("q3", "outcomes", "I will ask Sam about the Tuesday bus.",
            ChangeTalk.COMMITMENT);
    private static final Quote BECAUSE = new Quote("q4", "outcomes", "Because it's the only place I feel like me.",
            ChangeTalk.REASONS);
    private static final Quote ALREADY = new Quote("q5", "support", "I've already rung the allotment society.",
            ChangeTalk.TAKING_STEPS);
    private static final List<Quote> SAID = List.of(WANTS, NOT_TAGGED, WILL, BECAUSE, ALREADY);

    @Test
    void mobilisingTalkComesFirstThenPreparatoryEachInTheOrderSaid() {
        assertThat(ChangeTalkReadBack.reasonsAndCommitments(SAID)).containsExactly(WILL, ALREADY, WANTS, BECAUSE);
        assertThat(ChangeTalkReadBack.commitments(SAID)).containsExactly(WILL, ALREADY);
    }

    @Test
    void theReadBackQuotesThePersonsWordsExactly() {
        String readBack = BrokerPrompts.english().readBack().text(SAID);

        assertThat(readBack.lines()).containsExactly(
                "Let me read back what you\u2019ve told me today, in your own words.",
                "You said what you will do: \u201cI will ask Sam about the Tuesday bus.\u201d",
                "You told me what you\u2019ve already done: \u201cI've already rung the allotment society.\u201d",
                "You said what you want: \u201cI want to get back to the allotment.\u201d",
                "You told me why it matters: \u201cBecause it's the only place I feel like me.\u201d",
                "Have I got that right? Is there anything you\u2019d like to add?");
        assertThat(readBack).doesNotContain("The bus is always late");
    }

    @Test
    void wordsThatLookLikeAPatternAreStillQuotedExactly() {
        Quote braces = new Quote("q6", "outcomes", "I'll do {0} things, '100%'!", ChangeTalk.COMMITMENT);

        assertThat(BrokerPrompts.english().readBack().text(List.of(braces)))
                .contains("\u201cI'll do {0} things, '100%'!\u201d");
    }

    @Test
    void nothingIsReadBackBeforeAnyQuoteIsTagged() {
        assertThat(BrokerPrompts.english().readBack().text(List.of(NOT_TAGGED))).isEmpty();
        assertThat(ChangeTalkReadBack.reasonsAndCommitments(List.of())).isEmpty();
    }
}
