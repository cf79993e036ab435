package org.careplanner.interview;

import java.util.List;
import java.util.OptionalInt;

/**
 * The importance and confidence rulers, and the follow-up questions built from the score the person gave.
 *
 * <p>The follow-ups draw out the person's own reasons and a next step: "Why a 6 and not a 3?" (always a lower
 * number, so the answer is a reason <em>for</em> change) and "What would take you to a 7?" (one point up).
 * Never "why not a 10?", which invites reasons not to change.
 */
public final class RulerPrompts {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;
    /** How far below the score the lower number sits: far enough to be clearly lower, never below 0. */
    static final int LOWER_ANCHOR_GAP = 3;

    static final String IMPORTANCE = "interview.ruler.importance";
    static final String CONFIDENCE = "interview.ruler.confidence";
    static final String WHY_NOT_LOWER = "interview.ruler.whyNotLower";
    static final String ONE_UP = "interview.ruler.oneUp";
    static final String FROM_ZERO = "interview.ruler.fromZero";
    static final String KEEP_AT_TOP = "interview.ruler.keepAtTop";

    private final BrokerPrompts prompts;

    RulerPrompts(BrokerPrompts prompts) {
        this.prompts = prompts;
    }

    /** "On a scale of 0 to 10, how important is this to you?" */
    public String importanceQuestion() {
        return prompts.text(IMPORTANCE);
    }

    /** "On a scale of 0 to 10, how confident are you that you could do it?" */
    public String confidenceQuestion() {
        return prompts.text(CONFIDENCE);
    }

    /**
     * The follow-up questions for a score, in the order to ask them: why this score and not a lower one (none
     * for 0), then what would take it one point up (for 10, what would keep it there).
     *
     * @throws IllegalArgumentException if the score is not 0 to 10
     */
    public List<String> followUps(int score) {
        OptionalInt lower = lowerAnchor(score);
        String next = score == LOWEST ? prompts.text(FROM_ZERO)
                : score == HIGHEST ? prompts.text(KEEP_AT_TOP)
                : prompts.format(ONE_UP, score + 1);
        if (lower.isEmpty()) {
            return List.of(next);
        }
        return List.of(prompts.format(WHY_NOT_LOWER, score, lower.getAsInt()), next);
    }

    /**
     * The lower number to compare a score with: three below it, but not below 0; none for 0, which has
     * nothing below it.
     *
     * @throws IllegalArgumentException if the score is not 0 to 10
     */
    public static OptionalInt lowerAnchor(int score) {
        requireOnRuler(score);
        return score == LOWEST ? OptionalInt.empty() : OptionalInt.of(Math.max(LOWEST, score - LOWER_ANCHOR_GAP));
    }

    private static void requireOnRuler(int score) {
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("A ruler score is from 0 to 10, not " + score);
        }
    }
}
