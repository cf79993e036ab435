package org.careplanner.domain;

/** Motivational-interviewing change talk (DARN-CAT). Mobilising talk predicts change best. */
public enum ChangeTalk {
    DESIRE(false),
    ABILITY(false),
    REASONS(false),
    NEED(false),
    COMMITMENT(true),
    ACTIVATION(true),
    TAKING_STEPS(true);

    private final boolean mobilising;

    ChangeTalk(boolean mobilising) {
        this.mobilising = mobilising;
    }

    public boolean isMobilising() {
        return mobilising;
    }
}
