package org.careplanner.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Severity;
import org.careplanner.domain.SupportLine;
import org.careplanner.pricing.CostTotals;
import org.careplanner.pricing.LineCost;
import org.careplanner.pricing.PaCostBreakdown;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.pricing.ReviewDue;

/** A plan's costing as plain text for a terminal: lines, PA breakdowns, totals, reviews, then every problem. */
final class CostingReport {

    private static final String LINE_ROW = "%-40s %-15s %12s %12s%n";
    private static final String SUM_ROW = "  %-38s %12s%n";

    private final Plan plan;
    private final PlanAssessment a;

    CostingReport(Plan plan, PlanAssessment assessment) {
        this.plan = plan;
        this.a = assessment;
    }

    void printTo(PrintWriter out) {
        out.printf("Plan %s, version %d (%s)%n", plan.id(), plan.version(), plan.status().name().toLowerCase());
        out.printf("Weeks per year: %s%n%n", plan.budget().weeksPerYear().toPlainString());
        out.printf(LINE_ROW, "SUPPORT", "HOW OFTEN", "PER WEEK", "PER YEAR");
        for (int i = 0; i < a.lines().size(); i++) {
            LineCost cost = a.lines().get(i);
            SupportLine line = plan.supportLines().get(i);
            out.printf(LINE_ROW, clip(cost.description(), 40), howOften(line), cost.weekly().format(),
                    cost.annual().format());
            cost.paBreakdown().ifPresent(pa -> printBreakdown(out, pa));
        }
        out.println();
        out.printf(SUM_ROW, "Total cost of support", a.total().format());
        out.printf(SUM_ROW, "Allocation (a year)", a.allocation().format());
        if (a.contingency().isPositive()) {
            out.printf(SUM_ROW, "Contingency (" + (a.contingencyInsideAllocation() ? "inside" : "outside")
                    + " the allocation)", a.contingency().format());
        }
        out.printf(SUM_ROW, a.isOverspent() ? "OVERSPENT by" : "Remaining", a.isOverspent()
                ? a.remaining().negate().format() : a.remaining().format());
        printTotals(out, "By funding stream", a.totals().byFundingStream(), true);
        printTotals(out, "By management option", a.totals().byManagement(), false);
        printReviews(out);
        printProblems(out);
    }

    private static void printBreakdown(PrintWriter out, PaCostBreakdown pa) {
        row(out, "gross pay", pa.grossPay());
        row(out, "holiday pay", pa.holidayPay());
        row(out, "employer's National Insurance", pa.niBeforeAllowance());
        if (pa.allowanceUsed().isPositive()) {
            row(out, "less Employment Allowance", pa.allowanceUsed().negate());
        }
        row(out, "workplace pension", pa.pension());
        row(out, "employer's liability insurance", pa.insurance());
        row(out, "payroll service", pa.payroll());
        if (pa.oneOffs().isPositive()) {
            row(out, "one-off: DBS, recruitment, training", pa.oneOffs());
        }
    }

    private static void row(PrintWriter out, String what, Money amount) {
        out.printf("    %-52s %12s%n", what, amount.format());
    }

    private void printTotals(PrintWriter out, String title, Map<String, Money> totals, boolean streamNames) {
        if (totals.isEmpty()) {
            return;
        }
        out.printf("%n%s%n", title);
        totals.forEach((key, amount) -> {
            String name = key.equals(CostTotals.UNASSIGNED) ? "(none)"
                    : streamNames ? plan.fundingStream(key).map(s -> s.name()).orElse(key)
                    : key.toLowerCase().replace('_', ' ');
            out.printf(SUM_ROW, clip(name, 38), amount.format());
        });
    }

    private void printReviews(PrintWriter out) {
        if (a.reviews().isEmpty()) {
            return;
        }
        out.printf("%nReviews%n");
        for (ReviewDue r : a.reviews()) {
            out.printf("  %-38s due %s (%s)%n", clip(r.fundingStreamName(), 38), r.dueDate(),
                    r.statusOn(a.assessedOn()).name().toLowerCase().replace('_', ' '));
        }
    }

    private void printProblems(PrintWriter out) {
        long blocking = a.problems().stream().filter(Problem::isBlocking).count();
        out.printf("%n%s%n", blocking == 0 ? "The plan can be agreed." : blocking + " problem"
                + (blocking == 1 ? "" : "s") + " must be put right before the plan can be agreed:");
        for (Severity severity : new Severity[] {Severity.BLOCKING, Severity.WARNING, Severity.INFO}) {
            for (Problem p : a.problems()) {
                if (p.severity() == severity) {
                    out.printf("  %-8s %s%n           (at %s)%n", label(severity), p.message(), p.field());
                }
            }
        }
    }

    private static String label(Severity s) {
        return switch (s) {
            case BLOCKING -> "BLOCKS";
            case WARNING -> "WARNING";
            case INFO -> "NOTE";
        };
    }

    private static String howOften(SupportLine line) {
        if (line.isPersonalAssistant()) {
            return line.pa().hoursPerWeek().stripTrailingZeros().toPlainString() + " h a week";
        }
        String qty = line.quantity().stripTrailingZeros().toPlainString();
        return switch (line.frequency()) {
            case PER_WEEK -> qty + " a week";
            case PER_FOUR_WEEKS -> qty + " / 4 weeks";
            case PER_MONTH -> qty + " a month";
            case PER_YEAR -> qty + " a year";
            case ONE_OFF -> qty + " once";
        };
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
