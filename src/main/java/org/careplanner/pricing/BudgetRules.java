package org.careplanner.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careplanner.domain.Money;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.SupportLine;

/**
 * The money rules, which need prices: the allocation must cover the full cost of the plan (NHS Direct
 * Payments Regulations 2013, reg 13), each stream with its own allocation must cover its lines, and a
 * personal assistant must be paid at least the National Living Wage.
 */
final class BudgetRules {

    private BudgetRules() {
    }

    static List<Problem> check(Plan plan, Optional<RatesInForce> rates, LocalDate ratesDate, RatesTable table,
                               Money total, Money available, List<StreamSufficiency> streams) {
        List<Problem> problems = new ArrayList<>();
        if (available.isNegative()) {
            problems.add(Problem.blocking("budget.contingency", "budget.contingency-exceeds-allocation",
                    "The contingency of " + plan.budget().contingency().format() + " is set aside inside an allocation of "
                            + available.plus(plan.budget().contingency()).format()
                            + " a year, which is less: make the contingency smaller, or set it outside the allocation."));
        } else if (total.isGreaterThan(available)) {
            problems.add(Problem.blocking("budget.allocation", "budget.overspend",
                    "The plan costs " + total.format() + " a year, " + total.minus(available).format()
                            + " more than the " + available.format() + " available" + contingencyNote(plan)
                            + ". Reduce the support or ask the "
                            + "commissioner to review the allocation: the person may not top up a personal health "
                            + "budget from their own money."));
        }
        for (StreamSufficiency stream : streams) {
            if (!stream.isSufficient()) {
                problems.add(Problem.blocking("fundingStreams[" + streamIndex(plan, stream) + "].annualAllocation",
                        "budget.stream-overspend", "\"" + stream.name() + "\" pays for support costing "
                                + stream.cost().format() + " a year, " + stream.remaining().negate().format()
                                + " more than its allocation of " + stream.allocation().format() + "."));
            }
        }
        checkPersonalAssistants(plan, rates, ratesDate, table, problems);
        return problems;
    }

    private static void checkPersonalAssistants(Plan plan, Optional<RatesInForce> rates, LocalDate ratesDate,
                                                RatesTable table, List<Problem> problems) {
        List<SupportLine> lines = plan.supportLines();
        for (int i = 0; i < lines.size(); i++) {
            PaEmployment pa = lines.get(i).pa();
            if (pa == null) {
                continue;
            }
            String at = "supportLines[" + i + "]";
            if (rates.isEmpty()) {
                problems.add(Problem.blocking(at + ".pa", "rates.not-in-force", name(lines.get(i), i)
                        + ": there are no rates for " + longDate(ratesDate) + ", so the cost of employing a personal assistant "
                        + "cannot be worked out. The rates table starts on " + longDate(table.firstDateCovered())
                        + ": check the plan's start date or add rates for that date."));
                continue;
            }
            Money livingWage = rates.get().livingWage().hourlyRate();
            if (pa.hourlyRate().isLessThan(livingWage)) {
                problems.add(Problem.warning(at + ".pa.hourlyRate", "pa.below-living-wage", name(lines.get(i), i)
                        + ": " + pa.hourlyRate().format() + " an hour is below the National Living Wage of "
                        + livingWage.format() + " in force on " + longDate(ratesDate)
                        + ". Workers aged 21 and over must be paid at least this."));
            }
        }
    }

    private static String contingencyNote(Plan plan) {
        Money contingency = plan.budget().contingency();
        return plan.budget().contingencyInsideAllocation() && contingency.isPositive()
                ? " (the allocation less the " + contingency.format() + " contingency)"
                : "";
    }

    private static int streamIndex(Plan plan, StreamSufficiency stream) {
        for (int i = 0; i < plan.fundingStreams().size(); i++) {
            if (plan.fundingStreams().get(i).id().equals(stream.fundingStreamId())) {
                return i;
            }
        }
        return -1;
    }

    private static String name(SupportLine line, int index) {
        return line.description().isBlank() ? "Line " + (index + 1) : "\"" + line.description() + "\"";
    }

    /** A date as a broker reads it in a message: 1 April 2026, never 2026-04-01. */
    private static String longDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
