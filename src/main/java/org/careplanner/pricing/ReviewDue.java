package org.careplanner.pricing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a funding stream's next review is due, and the rule that says so.
 *
 * @param windowOpens the earliest date the review should happen (6 weeks for a Care Act plan's first
 *                    review), or null when it may happen any time before the due date
 * @param dueDate     the latest date the review may happen
 * @param rule        the rule in plain English, e.g. "NHS direct payment: first review within 3 months of
 *                    the first payment"
 */
public record ReviewDue(String fundingStreamId, String fundingStreamName, LocalDate windowOpens, LocalDate dueDate,
                        String rule) {
    public ReviewDue {
        Objects.requireNonNull(dueDate, "dueDate");
        rule = rule == null ? "" : rule;
    }

    public ReviewStatus statusOn(LocalDate today) {
        return ReviewStatus.of(dueDate, today);
    }
}
