package org.careplanner.domain;

/** How the allocation was entered. */
public enum AllocationPeriod {
    WEEKLY,
    ANNUAL
}
