package org.careplanner.store;

import java.util.EnumSet;
import java.util.Set;
import org.careplanner.domain.PlanStatus;

/**
 * What to look for among plans (their latest versions). Every part that is given must match.
 *
 * @param text     part of the person's name (any case, accents optional, each word matched) or of their
 *                 NHS number (digits, spaces allowed); "" for any
 * @param statuses the statuses wanted; empty for any
 * @param review   whether the next review is overdue or due soon
 */
public record PlanSearch(String text, Set<PlanStatus> statuses, ReviewWindow review) {

    /** Review dates searched for, counted from the store clock's today. */
    public enum ReviewWindow {
        ANY,
        /** the next review date has passed */
        OVERDUE,
        /** due today or in the next 30 days */
        DUE_WITHIN_30_DAYS
    }

    public PlanSearch {
        text = text == null ? "" : text.strip();
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        review = review == null ? ReviewWindow.ANY : review;
    }

    public static PlanSearch everything() {
        return new PlanSearch("", Set.of(), ReviewWindow.ANY);
    }

    public static PlanSearch forText(String text) {
        return new PlanSearch(text, Set.of(), ReviewWindow.ANY);
    }

    public PlanSearch withStatuses(Set<PlanStatus> wanted) {
        return new PlanSearch(text, wanted, review);
    }

    public PlanSearch withReview(ReviewWindow window) {
        return new PlanSearch(text, statuses, window);
    }
}
