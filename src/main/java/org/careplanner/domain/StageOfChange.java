package org.careplanner.domain;

/** Stages of change. Don't push an action plan before the person is ready. */
public enum StageOfChange {
    PRECONTEMPLATION,
    CONTEMPLATION,
    PREPARATION,
    ACTION,
    MAINTENANCE,
    RELAPSE
}
