package org.careplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.pricing.PlanFixture.budget;
import static org.careplanner.pricing.PlanFixture.line;
import static org.careplanner.pricing.PlanFixture.plan;

import java.time.LocalDate;
import java.util.List;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.junit.jupiter.api.Test;

/**
 * Plans that a typing mistake made implausible: each gets a blocking problem with a message, and costing never
 * throws (a throw would stop the screen, the command line, or a finance export of every plan in the store).
 */
class ImplausiblePlanTest {

    private final PlanPricer pricer = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private static List<String> codes(PlanAssessment a) {
        return a.problems().stream().filter(Problem::isBlocking).map(Problem::code).toList();
    }

    @Test
    void weeksPerYearOutsideFiftyTwoToFiftyThreeBlocks() {
        // 5.2 weeks instead of 52: £45 a week would cost £234 a year instead of £2,340 and look affordable.
        PlanAssessment typo = pricer.assess(plan(budget("3000", AllocationPeriod.ANNUAL, "0", true, "5.2"),
                List.of(line("l1", "45.00", "1", Frequency.PER_WEEK))), TODAY);
        assertThat(codes(typo)).contains("budget.weeks-per-year");
        assertThat(typo.canBeAgreed()).isFalse();

        PlanAssessment usual = pricer.assess(plan(budget("3000", AllocationPeriod.ANNUAL, "0", true, "52.143"),
                List.of(line("l1", "45.00", "1", Frequency.PER_WEEK))), TODAY);
        assertThat(codes(usual)).doesNotContain("budget.weeks-per-year");
    }

    @Test
    void zeroWeeksPerYearIsAProblemNotACrash() {
        Plan zero = plan(budget("100", AllocationPeriod.WEEKLY, "0", true, "0"),
                List.of(line("l1", "45.00", "1", Frequency.PER_WEEK)));
        PlanAssessment a = pricer.assess(zero, TODAY);
        assertThat(codes(a)).contains("budget.weeks-per-year", "budget.out-of-range");
    }

    @Test
    void amountsBeyondWhatMoneyHoldsAreAProblemNotACrash() {
        // £999,999,999.99 × 999,999,999 a year is far beyond £999,999,999.99, the most CarePlanner holds.
        Plan huge = plan(budget("1000", AllocationPeriod.ANNUAL, "0", true, "52"),
                List.of(line("l1", "999999999.99", "999999999", Frequency.PER_YEAR)));
        PlanAssessment a = pricer.assess(huge, TODAY);
        assertThat(codes(a)).contains("budget.out-of-range");
        assertThat(a.problems()).filteredOn(p -> p.code().equals("budget.out-of-range"))
                .singleElement().extracting(Problem::message).asString().contains("cannot be costed");
    }

    @Test
    void aContingencyInsideTheAllocationCannotBeBiggerThanIt() {
        // Allocation £100 a year with £150 set aside inside it: £100 − £150 = −£50 available.
        PlanAssessment a = pricer.assess(plan(budget("100", AllocationPeriod.ANNUAL, "150", true, "52"),
                List.of(line("l1", "10.00", "1", Frequency.ONE_OFF))), TODAY);
        assertThat(codes(a)).contains("budget.contingency-exceeds-allocation").doesNotContain("budget.overspend");
        assertThat(a.problems()).filteredOn(p -> p.code().equals("budget.contingency-exceeds-allocation"))
                .singleElement().extracting(Problem::message).asString()
                .contains("£150.00", "£100.00");
    }
}
