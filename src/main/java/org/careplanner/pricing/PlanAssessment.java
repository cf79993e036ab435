package org.careplanner.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careplanner.domain.Money;
import org.careplanner.domain.Problem;

/**
 * A plan costed against its allocation on a given day: what the CLI prints and the costing screen shows.
 * All money is per year (the first budget year: one-off costs are in it).
 *
 * @param assessedOn                  the "today" the assessment was made for (review status is as of this day)
 * @param rates                       the rates used for personal assistants, or null when the table has none
 *                                    for the plan's start date
 * @param lines                       each line's cost, in plan order
 * @param total                       the plan total: the sum of the lines' rounded annual costs
 * @param allocation                  the allocation as a yearly amount (a weekly allocation x weeks per year)
 * @param contingency                 the reserve, shown separately
 * @param contingencyInsideAllocation whether the reserve is taken out of the allocation
 * @param remaining                   what is left: allocation, less the contingency when it is inside, less the
 *                                    total. Negative means overspent
 * @param totals                      the total by funding stream, outcome, category and management option
 * @param streams                     sufficiency of each funding stream that has its own allocation
 * @param problems                    every problem: the plan rules and the money rules
 * @param reviews                     the next review of each funding stream
 */
public record PlanAssessment(
        LocalDate assessedOn,
        RatesInForce rates,
        List<LineCost> lines,
        Money total,
        Money allocation,
        Money contingency,
        boolean contingencyInsideAllocation,
        Money remaining,
        CostTotals totals,
        List<StreamSufficiency> streams,
        List<Problem> problems,
        List<ReviewDue> reviews) {

    public PlanAssessment {
        lines = List.copyOf(lines);
        streams = List.copyOf(streams);
        problems = List.copyOf(problems);
        reviews = List.copyOf(reviews);
    }

    /** A plan can be agreed when nothing blocks it (warnings do not). */
    public boolean canBeAgreed() {
        return problems.stream().noneMatch(Problem::isBlocking);
    }

    public boolean isOverspent() {
        return remaining.isNegative();
    }

    /** The money available for support: the allocation less the contingency when it is inside the allocation. */
    public Money available() {
        return contingencyInsideAllocation ? allocation.minus(contingency) : allocation;
    }

    public Optional<RatesInForce> ratesInForce() {
        return Optional.ofNullable(rates);
    }

    /** The earliest review due across the funding streams. */
    public Optional<ReviewDue> nextReview() {
        return ReviewSchedule.earliest(reviews);
    }

    /** How close the next review is on {@link #assessedOn()}; NOT_DUE when the plan has no funding streams. */
    public ReviewStatus reviewStatus() {
        return nextReview().map(r -> r.statusOn(assessedOn)).orElse(ReviewStatus.NOT_DUE);
    }
}
