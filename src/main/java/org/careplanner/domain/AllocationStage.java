package org.careplanner.domain;

/** An allocation starts indicative and becomes agreed by the commissioner. */
public enum AllocationStage {
    INDICATIVE,
    AGREED
}
