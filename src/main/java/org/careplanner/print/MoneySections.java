package org.careplanner.print;

import java.math.BigDecimal;
import java.util.List;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.SupportLine;
import org.careplanner.pricing.LineCost;
import org.careplanner.pricing.PaCostBreakdown;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.print.PageFlow.Cell;
import org.careplanner.print.PageFlow.Para;

/**
 * The money parts of the printed plan: the support and what it costs (a table and the totals against the
 * budget), what employing a personal assistant costs, and how each funding stream's money is managed.
 * Every amount comes from the plan's {@link PlanAssessment}; nothing is worked out again here.
 */
final class MoneySections {

    private static final String SAMPLE_AMOUNT = "£888,888.88";

    private final Plan plan;
    private final PlanAssessment a;
    private final PlanText text;
    private final PlanWords words;
    private final PageFlow flow;

    MoneySections(Plan plan, PlanAssessment assessment, PlanText text) {
        this.plan = plan;
        this.a = assessment;
        this.text = text;
        this.words = text.words;
        this.flow = text.flow;
    }

    void add() {
        addSupportTable();
        addTotals();
        addPaBreakdowns();
        addManagement();
    }

    /** Column widths: the amount fits "£888,888.88" at this size, "how often" gets a third of the rest. */
    private float[] columns() {
        float amount = flow.fonts.width(SAMPLE_AMOUNT, text.bold(), text.bodySize()) + text.bodySize() * 1.2f;
        float often = (flow.width() - amount) * 0.33f;
        return new float[] {flow.width() - amount - often, often, amount};
    }

    private void addSupportTable() {
        text.heading(words.get("support.heading"), 9);
        if (a.lines().isEmpty()) {
            text.body(words.get("support.none"));
            return;
        }
        float[] widths = columns();
        Runnable header = () -> flow.row(widths, text.bodySize(), true,
                Cell.of(words.get("support.what"), text.bold()), Cell.of(words.get("support.howOften"), text.bold()),
                Cell.amount(words.get("support.aYear"), text.bold()));
        header.run();
        flow.continueWith(header);
        for (int i = 0; i < a.lines().size(); i++) {
            LineCost cost = a.lines().get(i);
            SupportLine line = plan.supportLines().get(i);
            Cell what = new Cell(List.of(new Para(cost.description(), text.bold()),
                    new Para(whoAndWhen(line), text.regular())), false);
            flow.row(widths, text.bodySize(), true, what, Cell.of(howOften(line), text.regular()),
                    Cell.amount(cost.annual().format(), text.regular()));
        }
        flow.continueWith(null);
    }

    private String whoAndWhen(SupportLine line) {
        return PlanDocument.join(line.providerName().isBlank() ? "" : words.get("support.who", line.providerName()),
                line.when().isBlank() ? "" : words.get("support.when", line.when()));
    }

    private String howOften(SupportLine line) {
        if (line.isPersonalAssistant()) {
            return words.get("often.hoursAWeek", number(line.pa().hoursPerWeek()));
        }
        String qty = number(line.quantity());
        String unit = line.unit().strip();
        String amount = unit.isEmpty() ? qty : qty + " " + (line.quantity().compareTo(BigDecimal.ONE) == 0
                ? unit : plural(unit));
        return words.of("often", line.frequency()).replace("{0}", amount);
    }

    /** English plural of a unit as brokers write them ("hour", "return trip", "session", "night"). */
    private static String plural(String unit) {
        return unit.endsWith("s") || unit.endsWith("x") || unit.endsWith("ch") || unit.endsWith("sh")
                ? unit + "es" : unit + "s";
    }

    private static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private void addTotals() {
        flow.space(text.bodySize() * 0.6f);
        float[] widths = columns();
        float label = widths[0] + widths[1];
        float[] two = {label, widths[2]};
        flow.keepTogether(5 * PrintSize.leading(text.bodySize()) * 1.6f);
        total(two, words.get("totals.total"), a.total(), true);
        total(two, words.get(allocationLabel()), a.allocation(), false);
        if (a.contingency().isPositive()) {
            total(two, words.get(a.contingencyInsideAllocation() ? "totals.contingency.inside"
                    : "totals.contingency.outside"), a.contingency(), false);
        }
        total(two, words.get(a.isOverspent() ? "totals.over" : "totals.remaining"),
                a.isOverspent() ? a.remaining().negate() : a.remaining(), true);
    }

    /**
     * "My budget", saying truthfully how settled the amount is: agreed and in a signed version "final" (a signed
     * version never changes); agreed but not signed yet "agreed"; still indicative "not final yet", and, once the
     * version is signed with the amount still indicative, "an estimate, not agreed yet" (signing agrees the plan,
     * not the amount: that is the commissioner's to agree). ADR 0032.
     */
    private String allocationLabel() {
        boolean agreed = plan.budget().allocationStage() == AllocationStage.AGREED;
        if (isSigned()) {
            return agreed ? "totals.allocation.SIGNED" : "totals.allocation.SIGNED_INDICATIVE";
        }
        return agreed ? "totals.allocation.AGREED" : "totals.allocation.INDICATIVE";
    }

    private boolean isSigned() {
        return !plan.signedHash().isBlank() || plan.status() == PlanStatus.SIGNED
                || plan.status() == PlanStatus.APPROVED || plan.status() == PlanStatus.SUPERSEDED;
    }

    private void total(float[] widths, String label, Money amount, boolean strong) {
        flow.row(widths, text.bodySize(), false, new Cell(List.of(new Para(label, strong ? text.bold()
                : text.regular())), true), Cell.amount(amount.format(), strong ? text.bold() : text.regular()));
    }

    private void addPaBreakdowns() {
        for (int i = 0; i < a.lines().size(); i++) {
            PaCostBreakdown pa = a.lines().get(i).pa();
            if (pa == null) {
                continue;
            }
            SupportLine line = plan.supportLines().get(i);
            text.heading(line.providerName().isBlank() ? words.get("pa.heading")
                    : words.get("pa.headingNamed", line.providerName()), 13);
            if (line.pa() != null && !line.pa().employer().isBlank()) {
                text.body(words.get("pa.employer", line.pa().employer()));
                text.space();
            }
            float[] widths = columns();
            float[] two = {widths[0] + widths[1], widths[2]};
            part(two, "pa.grossPay", pa.grossPay());
            part(two, "pa.holidayPay", pa.holidayPay());
            part(two, "pa.ni", pa.niBeforeAllowance());
            if (pa.allowanceUsed().isPositive()) {
                part(two, "pa.allowance", pa.allowanceUsed().negate());
            }
            part(two, "pa.pension", pa.pension());
            part(two, "pa.insurance", pa.insurance());
            part(two, "pa.payroll", pa.payroll());
            part(two, "pa.dbs", pa.dbsCheck());
            part(two, "pa.recruitment", pa.recruitment());
            part(two, "pa.training", pa.training());
            flow.row(two, text.bodySize(), false, Cell.of(words.get("pa.total"), text.bold()),
                    Cell.amount(pa.total().format(), text.bold()));
        }
    }

    private void part(float[] widths, String key, Money amount) {
        if (!amount.isZero()) {
            flow.row(widths, text.bodySize(), true, Cell.of(words.get(key), text.regular()),
                    Cell.amount(amount.format(), text.regular()));
        }
    }

    private void addManagement() {
        text.heading(words.get("money.heading"));
        if (plan.fundingStreams().isEmpty()) {
            text.body(words.get("empty"));
        }
        for (FundingStream s : plan.fundingStreams()) {
            text.subheading(s.name());
            String holder = s.heldBy().isBlank() ? words.get("money.someone") : s.heldBy();
            text.body(switch (s.management()) {
                case NOTIONAL -> words.get("money.NOTIONAL." + s.commissioner().name());
                case THIRD_PARTY -> words.get("money.THIRD_PARTY", holder);
                case DIRECT_PAYMENT -> words.get("money.DIRECT_PAYMENT");
                case MANAGED_ACCOUNT -> words.get("money.MANAGED_ACCOUNT", holder);
            });
            if (s.annualAllocation() != null) {
                text.body(words.get("money.share", s.annualAllocation().format()));
            }
            if (s.paymentAmount() != null && s.paymentFrequency() != null) {
                text.body(words.get("money.payments", s.paymentAmount().format(),
                        words.of("money.freq", s.paymentFrequency())));
            }
            if (s.firstPaymentDate() != null) {
                text.body(words.get("money.firstPayment", PlanWords.date(s.firstPaymentDate())));
            }
        }
    }
}
