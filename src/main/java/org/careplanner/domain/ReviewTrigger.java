package org.careplanner.domain;

/** Things that bring a review forward. */
public enum ReviewTrigger {
    SIGNIFICANT_HEALTH_CHANGE,
    MONEY_NOT_SUFFICIENT,
    SUSPECTED_MISUSE,
    CHANGE_OF_CAPACITY_OR_NOMINEE,
    PERSON_ASKS
}
