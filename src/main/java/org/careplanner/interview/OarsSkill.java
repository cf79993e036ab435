package org.careplanner.interview;

/** The core skills of motivational interviewing: Open questions, Affirmations, Reflections, Summaries. */
public enum OarsSkill {
    OPEN_QUESTION("open"),
    AFFIRMATION("affirm"),
    REFLECTION("reflect"),
    SUMMARY("summarise");

    private final String keyPart;

    OarsSkill(String keyPart) {
        this.keyPart = keyPart;
    }

    /** Bundle key of the skill's name, e.g. "Open question". */
    public String labelKey() {
        return "interview.oars." + keyPart;
    }

    String keyPart() {
        return keyPart;
    }
}
