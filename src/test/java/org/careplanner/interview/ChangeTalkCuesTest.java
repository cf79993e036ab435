package org.careplanner.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The broker is offered a DARN-CAT tag from the person's words, and confirms or changes it. */
class ChangeTalkCuesTest {

    private final ChangeTalkCues cues = BrokerPrompts.english().changeTalkCues();

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(delimiter = '|', value = {
            "I want to get back to the allotment.|DESIRE",
            "I'd like to see my grandson more.|DESIRE",
            "I could walk to the shop with a bit of help.|ABILITY",
            "I can manage the stairs on a good day.|ABILITY",
            "It matters because my knee stops me sleeping.|REASONS",
            "I need to get out of the house.|NEED",
            "I have to keep my weight down for the operation.|NEED",
            "I will ring the day centre on Monday.|COMMITMENT",
            "I'm going to ask my sister to come with me.|COMMITMENT",
            "I'm ready to give it a go.|ACTIVATION",
            "I've already been to the pool twice.|TAKING_STEPS",
            "I have started doing the exercises.|TAKING_STEPS"})
    void suggestsATagFromThePersonsWords(String words, ChangeTalk tag) {
        assertThat(cues.suggest(words)).contains(tag);
    }

    @Test
    void curlyApostrophesAreReadLikeStraightOnes() {
        assertThat(cues.suggest("I\u2019m ready to try the group.")).contains(ChangeTalk.ACTIVATION);
        assertThat(cues.suggest("I\u2019ve already sorted the bus pass.")).contains(ChangeTalk.TAKING_STEPS);
        assertThat(cues.suggest("I\u2019m going to try.")).contains(ChangeTalk.COMMITMENT);
    }

    @Test
    void capitalsAndSpacingDoNotMatter() {
        assertThat(cues.suggest("I WANT my life back")).contains(ChangeTalk.DESIRE);
        assertThat(cues.suggest("Honestly,  i   will do it")).contains(ChangeTalk.COMMITMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The bus comes at ten.", "My daughter visits on Sundays.", "", "   "})
    void neutralWordsSuggestNothing(String words) {
        assertThat(cues.suggest(words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can't do it any more.", "I couldn\u2019t face it.", "I won't go back there.",
            "I'm not ready.", "I cannot see the point."})
    void talkAgainstChangeIsNotMistakenForChangeTalk(String words) {
        assertThat(cues.suggest(words)).isEmpty();
    }

    @Test
    void whenSeveralTagsFitTheStrongestIsSuggested() {
        assertThat(cues.suggest("I want to, because I need to, so I will.")).contains(ChangeTalk.COMMITMENT);
        assertThat(cues.suggest("I want to walk because I could then see friends")).contains(ChangeTalk.ABILITY);
    }

    @Test
    void aSuggestionLeavesTheQuoteAsItWas() {
        Quote quote = new Quote("q1", "outcomes", "I want to swim again.", null);

        assertThat(cues.suggest(quote)).contains(ChangeTalk.DESIRE);
        assertThat(quote.changeTalk()).as("never applied automatically").isNull();
        assertThat(cues.suggest((String) null)).isEmpty();
    }
}
