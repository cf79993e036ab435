package org.careplanner.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After a ruler score, ask why it is that score and not a lower one (the answer is a reason for change), then
 * what would take it one point up. Never "why not a 10?".
 */
class RulerPromptsTest {

    private final RulerPrompts rulers = BrokerPrompts.english().rulers();

    @Test
    void theRulersAskHowImportantAndHowConfidentOnAScaleOfZeroToTen() {
        assertThat(rulers.importanceQuestion()).isEqualTo("On a scale of 0 to 10, how important is this to you?");
        assertThat(rulers.confidenceQuestion())
                .isEqualTo("On a scale of 0 to 10, how confident are you that you could do it?");
    }

    @Test
    void aSixIsComparedWithAThreeAndStepsUpToASeven() {
        assertThat(rulers.followUps(6)).containsExactly("Why a 6 and not a 3?", "What would take you to a 7?");
    }

    @Test
    void aThreeIsComparedWithZero() {
        assertThat(rulers.followUps(3)).containsExactly("Why a 3 and not a 0?", "What would take you to a 4?");
    }

    @Test
    void aOneIsComparedWithZeroNotWithANumberBelowTheRuler() {
        assertThat(rulers.followUps(1)).containsExactly("Why a 1 and not a 0?", "What would take you to a 2?");
    }

    @Test
    void zeroHasNothingLowerSoOnlyTheFirstStepUpIsAsked() {
        assertThat(rulers.followUps(0)).containsExactly("What would it take to move from 0 to 1?");
    }

    @Test
    void aNineStepsUpToTen() {
        assertThat(rulers.followUps(9)).containsExactly("Why a 9 and not a 6?", "What would take you to a 10?");
    }

    @Test
    void tenCannotGoUpSoAskWhatWouldKeepItThere() {
        assertThat(rulers.followUps(10)).containsExactly("Why a 10 and not a 7?", "What would help you keep it at 10?");
    }

    @Test
    void eightTakesAnAnInSpeech() {
        assertThat(rulers.followUps(8)).containsExactly("Why an 8 and not a 5?", "What would take you to a 9?");
        assertThat(rulers.followUps(7)).containsExactly("Why a 7 and not a 4?", "What would take you to an 8?");
        assertThat(rulers.followUps(10).get(0)).doesNotContain("an 10");
    }

    @Test
    void theLowerNumberIsThreeBelowButNeverBelowZero() {
        assertThat(RulerPrompts.lowerAnchor(0)).isEmpty();
        assertThat(RulerPrompts.lowerAnchor(2)).hasValue(0);
        assertThat(RulerPrompts.lowerAnchor(6)).hasValue(3);
        assertThat(RulerPrompts.lowerAnchor(10)).hasValue(7);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100, Integer.MIN_VALUE})
    void aScoreOffTheRulerIsRejected(int score) {
        assertThatIllegalArgumentException().isThrownBy(() -> rulers.followUps(score)).withMessageContaining("0 to 10");
        assertThatIllegalArgumentException().isThrownBy(() -> RulerPrompts.lowerAnchor(score));
    }
}
