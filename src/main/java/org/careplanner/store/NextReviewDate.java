package org.careplanner.store;

import java.time.LocalDate;
import org.careplanner.domain.Plan;

/**
 * When a plan's next review is due (the earliest across its funding streams), or null when not known.
 * The review schedule lives in the pricing package; the composition root passes it in, and the store keeps
 * the date in a column so "overdue" and "due in the next 30 days" are simple indexed searches.
 *
 * <p>Wiring the pricing package's schedule, in the composition root:
 * {@code plan -> schedule.next(plan, LocalDate.now(clock)).map(ReviewDue::dueDate).orElse(null)}. A date that
 * depends on "today" goes stale between saves: call {@link PlanStore#refreshReviewDates()} when the app starts (it
 * asks the rule again once a day, ADR 0028; a changed rule is applied to every plan from the next day on).
 */
@FunctionalInterface
public interface NextReviewDate {

    LocalDate of(Plan plan);

    /** For a store without a review schedule: no date, so no plan shows as due. */
    NextReviewDate NOT_KNOWN = plan -> null;
}
