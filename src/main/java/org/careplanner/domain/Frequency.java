package org.careplanner.domain;

/** How often a support line's unit price is paid. */
public enum Frequency {
    PER_WEEK,
    PER_FOUR_WEEKS,
    PER_MONTH,
    PER_YEAR,
    ONE_OFF
}
