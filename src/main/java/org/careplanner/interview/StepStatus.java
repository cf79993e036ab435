package org.careplanner.interview;

import java.util.Locale;

/** How far a step of the conversation has got, from what is in the plan and the problems found in it. */
public enum StepStatus {
    /** Nothing has been written in the step's parts of the plan yet. */
    NOT_STARTED,
    /** Something is written, but a part of the step is still empty or there is a warning to look at. */
    IN_PROGRESS,
    /** Filled in, with no problems. */
    COMPLETE,
    /** A blocking problem (other than an empty part) stops the plan being agreed until it is put right. */
    HAS_PROBLEMS;

    public String labelKey() {
        return "interview.status." + name().toLowerCase(Locale.ROOT);
    }
}
