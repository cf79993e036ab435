package org.careplanner.pricing;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.Budget;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanRules;
import org.careplanner.domain.Problem;

/**
 * Costs a plan against its allocation and checks it: the one entry point the command line and the
 * costing screen call.
 *
 * <pre>{@code
 * PlanAssessment a = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT).assess(plan, today);
 * }</pre>
 *
 * Personal assistants are costed at the rates in force on the plan's start date (or on {@code today} when
 * the plan has no start date yet). There is no hidden clock: the caller says what day it is.
 */
public final class PlanPricer {

    private final RatesTable rates;
    private final ExclusionList exclusions;
    private final ReviewSchedule reviews;

    public PlanPricer(RatesTable rates, ExclusionList exclusions) {
        this(rates, exclusions, new ReviewSchedule());
    }

    public PlanPricer(RatesTable rates, ExclusionList exclusions, ReviewSchedule reviews) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
    }

    public PlanAssessment assess(Plan plan, LocalDate today) {
        Objects.requireNonNull(today, "today");
        try {
            return costed(plan, today);
        } catch (ArithmeticException e) {
            // Amounts beyond what Money holds (about £1 billion), or weeks per year of 0: a plan a person typed
            // wrongly must get a message, never stop the screen, the command line or an export of every plan.
            List<Problem> problems = new ArrayList<>(new PlanRules(exclusions).check(plan));
            problems.add(Problem.blocking("budget", "budget.out-of-range", "This plan cannot be costed: its "
                    + "amounts come to more than " + Money.ofPence(Money.MAX_PENCE).format() + " a year, or weeks per "
                    + "year is not a sensible number. Check the prices, quantities, hours and weeks per year."));
            return new PlanAssessment(today, null, List.of(), Money.ZERO, Money.ZERO, Money.ZERO,
                    plan.budget().contingencyInsideAllocation(), Money.ZERO,
                    new CostTotals(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of()), List.of(),
                    problems, reviews.dueDates(plan, today));
        }
    }

    private PlanAssessment costed(Plan plan, LocalDate today) {
        Budget budget = plan.budget();
        LocalDate ratesDate = budget.startDate() != null ? budget.startDate() : today;
        Optional<RatesInForce> inForce = rates.inForceOn(ratesDate);

        List<LineCost> lines = LineCosting.cost(plan, inForce);
        Money total = lines.stream().map(LineCost::annual).reduce(Money.ZERO, Money::plus);
        Money allocation = annualAllocation(budget);
        Money available = budget.contingencyInsideAllocation() ? allocation.minus(budget.contingency()) : allocation;
        CostTotals totals = CostTotals.of(plan, lines);
        List<StreamSufficiency> streams = sufficiency(plan, totals);

        List<Problem> problems = new ArrayList<>(new PlanRules(exclusions).check(plan));
        problems.addAll(BudgetRules.check(plan, inForce, ratesDate, rates, total, available, streams));

        return new PlanAssessment(today, inForce.orElse(null), lines, total, allocation, budget.contingency(),
                budget.contingencyInsideAllocation(), available.minus(total), totals, streams, problems,
                reviews.dueDates(plan, today));
    }

    /** A weekly allocation is multiplied by the plan's weeks per year and rounded HALF_UP to the penny. */
    static Money annualAllocation(Budget budget) {
        return budget.allocationPeriod() == AllocationPeriod.WEEKLY
                ? budget.allocation().times(budget.weeksPerYear(), RoundingMode.HALF_UP)
                : budget.allocation();
    }

    private static List<StreamSufficiency> sufficiency(Plan plan, CostTotals totals) {
        List<StreamSufficiency> result = new ArrayList<>();
        for (FundingStream stream : plan.fundingStreams()) {
            if (stream.annualAllocation() != null) {
                Money cost = totals.byFundingStream().getOrDefault(stream.id(), Money.ZERO);
                result.add(StreamSufficiency.of(stream.id(), stream.name(), stream.annualAllocation(), cost));
            }
        }
        return result;
    }
}
