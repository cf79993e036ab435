package org.careplanner.pricing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How close a review is, for reminders: overdue, due within 7 days, due within 14 days, or not yet. */
public enum ReviewStatus {
    OVERDUE,
    DUE_WITHIN_7_DAYS,
    DUE_WITHIN_14_DAYS,
    NOT_DUE;

    /** A review due today is due within 7 days; the day after its due date it is overdue. */
    public static ReviewStatus of(LocalDate dueDate, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        if (daysLeft < 0) {
            return OVERDUE;
        }
        if (daysLeft <= 7) {
            return DUE_WITHIN_7_DAYS;
        }
        return daysLeft <= 14 ? DUE_WITHIN_14_DAYS : NOT_DUE;
    }
}
