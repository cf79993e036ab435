package org.careplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.pricing.PlanFixture.START;
import static org.careplanner.pricing.PlanFixture.annualBudget;
import static org.careplanner.pricing.PlanFixture.pa;
import static org.careplanner.pricing.PlanFixture.paLine;
import static org.careplanner.pricing.PlanFixture.plan;
import static org.careplanner.pricing.PlanFixture.pounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;
import org.junit.jupiter.api.Test;

/** The true cost of employing a personal assistant, at 2025/26 rates (plan starts 2 June 2025). */
class PaEmploymentCostTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);
    private final PlanPricer pricer = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);

    private PlanAssessment assess(SupportLine... lines) {
        return pricer.assess(plan(annualBudget("100000", START), List.of(lines)), TODAY);
    }

    private PaCostBreakdown breakdownOf(PaEmployment pa) {
        return assess(paLine("pa1", pa)).lines().get(0).paBreakdown().orElseThrow();
    }

    @Test
    void regular_hours_with_every_on_cost() {
        // £13.00 an hour x 20 hours a week:
        //   gross pay   13.00 x 20 x 52                          = £13,520.00
        //   holiday     13.00 x 20 x 5.6 weeks                   =  £1,456.00
        //   earnings    13,520.00 + 1,456.00                     = £14,976.00
        //   NI          15% x (14,976.00 - 5,000.00) = 15% x 9,976 = £1,496.40 (no Employment Allowance claimed)
        //   pension     over the £10,000 trigger: 3% x (14,976.00 - 6,240.00) = 3% x 8,736 = £262.08
        //   insurance £95.00, payroll £180.00, one-offs DBS £54.00 + recruitment £120.00 + training £250.00 = £424.00
        //   total       13,520 + 1,456 + 1,496.40 + 262.08 + 95 + 180 + 424 = £17,433.48
        PaEmployment pa = new PaEmployment("Sam Testperson", pounds("13.00"), new BigDecimal("20"), false, true, false,
                false, "", pounds("95.00"), pounds("180.00"), pounds("54.00"), pounds("120.00"), pounds("250.00"));

        LineCost cost = assess(paLine("pa1", pa)).lines().get(0);

        PaCostBreakdown b = cost.paBreakdown().orElseThrow();
        assertThat(b.grossPay()).isEqualTo(pounds("13520.00"));
        assertThat(b.holidayPay()).isEqualTo(pounds("1456.00"));
        assertThat(b.earnings()).isEqualTo(pounds("14976.00"));
        assertThat(b.niBeforeAllowance()).isEqualTo(pounds("1496.40"));
        assertThat(b.allowanceUsed()).isEqualTo(pounds("0.00"));
        assertThat(b.niAfterAllowance()).isEqualTo(pounds("1496.40"));
        assertThat(b.pension()).isEqualTo(pounds("262.08"));
        assertThat(b.insurance()).isEqualTo(pounds("95.00"));
        assertThat(b.payroll()).isEqualTo(pounds("180.00"));
        assertThat(b.oneOffs()).isEqualTo(pounds("424.00"));
        assertThat(b.total()).isEqualTo(pounds("17433.48"));
        assertThat(cost.annual()).isEqualTo(pounds("17433.48"));
    }

    @Test
    void the_employment_allowance_cancels_the_ni_when_claimed() {
        // Same PA without extras, employer claims: NI £1,496.40 is under the £10,500 allowance, so all of it is used.
        //   total 13,520.00 + 1,456.00 + 0.00 + 262.08 = £15,238.08
        PaCostBreakdown b = breakdownOf(pa("13.00", "20", false, true, true));

        assertThat(b.allowanceUsed()).isEqualTo(pounds("1496.40"));
        assertThat(b.niAfterAllowance()).isEqualTo(pounds("0.00"));
        assertThat(b.total()).isEqualTo(pounds("15238.08"));
    }

    @Test
    void irregular_hours_take_holiday_as_12_07_percent_of_gross_pay() {
        // £12.50 x 17.5 hours x 52 = 218.75 x 52            = £11,375.00
        // holiday 12.07% x 11,375.00 = 1,372.9625 -> HALF_UP  =  £1,372.96
        // earnings 11,375.00 + 1,372.96                     = £12,747.96
        // NI 15% x (12,747.96 - 5,000) = 15% x 7,747.96 = 1,162.194 -> £1,162.19
        // pension 3% x (12,747.96 - 6,240) = 3% x 6,507.96 = 195.2388 -> £195.24
        // total 11,375.00 + 1,372.96 + 1,162.19 + 195.24    = £14,105.39
        PaCostBreakdown b = breakdownOf(pa("12.50", "17.5", true, true, false));

        assertThat(b.grossPay()).isEqualTo(pounds("11375.00"));
        assertThat(b.holidayPay()).isEqualTo(pounds("1372.96"));
        assertThat(b.niBeforeAllowance()).isEqualTo(pounds("1162.19"));
        assertThat(b.pension()).isEqualTo(pounds("195.24"));
        assertThat(b.total()).isEqualTo(pounds("14105.39"));
    }

    @Test
    void one_employment_allowance_is_shared_by_two_pas_of_the_same_employer() {
        // Each PA: £20.00 x 40 hours. gross 20 x 40 x 52 = £41,600.00; holiday 20 x 40 x 5.6 = £4,480.00;
        //   earnings £46,080.00; NI 15% x (46,080 - 5,000) = 15% x 41,080 = £6,162.00. No pension (not eligible).
        // The employer's one £10,500 allowance: first PA uses £6,162.00, leaving £4,338.00 for the second,
        //   whose NI after the allowance is 6,162.00 - 4,338.00 = £1,824.00.
        // "Sam Testperson" and " sam testperson " are the same employer (case and spaces ignored).
        // A PA employed by someone else gets that employer's own allowance.
        PlanAssessment a = assess(
                paLine("pa1", pa("Sam Testperson", "20.00", "40", false, false, true)),
                paLine("pa2", pa(" sam testperson ", "20.00", "40", false, false, true)),
                paLine("pa3", pa("Jo Example", "20.00", "40", false, false, true)));

        List<PaCostBreakdown> b = a.lines().stream().map(l -> l.paBreakdown().orElseThrow()).toList();
        assertThat(b.get(0).niBeforeAllowance()).isEqualTo(pounds("6162.00"));
        assertThat(b.get(0).allowanceUsed()).isEqualTo(pounds("6162.00"));
        assertThat(b.get(1).allowanceUsed()).isEqualTo(pounds("4338.00"));
        assertThat(b.get(1).niAfterAllowance()).isEqualTo(pounds("1824.00"));
        assertThat(b.get(2).allowanceUsed()).isEqualTo(pounds("6162.00"));
        // second PA: 41,600.00 + 4,480.00 + 1,824.00 = £47,904.00
        assertThat(a.lines().get(1).annual()).isEqualTo(pounds("47904.00"));
    }

    @Test
    void pension_is_not_due_below_the_automatic_enrolment_trigger() {
        // £12.21 x 14 hours = 170.94 a week. gross 170.94 x 52 = £8,888.88; holiday 170.94 x 5.6 = 957.264 -> £957.26
        // earnings 8,888.88 + 957.26 = £9,846.14, not over £10,000: no employer pension although eligible.
        // NI 15% x (9,846.14 - 5,000) = 15% x 4,846.14 = 726.921 -> £726.92
        PaCostBreakdown b = breakdownOf(pa("12.21", "14", false, true, false));

        assertThat(b.earnings()).isEqualTo(pounds("9846.14"));
        assertThat(b.pension()).isEqualTo(pounds("0.00"));
        assertThat(b.niBeforeAllowance()).isEqualTo(pounds("726.92"));
    }

    @Test
    void no_ni_below_the_secondary_threshold() {
        // £12.21 x 7 hours: gross 85.47 x 52 = £4,444.44; holiday 85.47 x 5.6 = 478.632 -> £478.63
        // earnings £4,923.07 is under £5,000: NI max(0, -76.93) = £0.00
        PaCostBreakdown b = breakdownOf(pa("12.21", "7", false, false, false));

        assertThat(b.niBeforeAllowance()).isEqualTo(pounds("0.00"));
        assertThat(b.total()).isEqualTo(pounds("4923.07"));
    }

    @Test
    void pay_below_the_living_wage_is_a_warning() {
        // £11.50 is below the £12.21 National Living Wage in force on 2 June 2025.
        PlanAssessment a = assess(paLine("pa1", pa("11.50", "10", false, false, false)));

        assertThat(a.problems()).filteredOn(p -> p.code().equals("pa.below-living-wage")).singleElement()
                .satisfies(p -> {
                    assertThat(p.isBlocking()).isFalse();
                    assertThat(p.field()).isEqualTo("supportLines[0].pa.hourlyRate");
                    assertThat(p.message()).contains("£11.50", "£12.21 in force on 2 June 2025");
                });
        assertThat(a.canBeAgreed()).isTrue();
    }

    @Test
    void pay_at_the_living_wage_is_fine() {
        assertThat(assess(paLine("pa1", pa("12.21", "10", false, false, false))).problems()).isEmpty();
    }

    @Test
    void the_living_wage_follows_the_plan_start_date_not_today() {
        // £12.50 is above the £12.21 in force on 31 March 2026 but below the £12.71 from 1 April 2026.
        SupportLine line = paLine("pa1", pa("12.50", "10", false, false, false));
        Plan before = plan(annualBudget("100000", LocalDate.of(2026, 3, 31)), List.of(line));
        Plan after = plan(annualBudget("100000", LocalDate.of(2026, 4, 1)), List.of(line));

        assertThat(pricer.assess(before, TODAY).problems()).isEmpty();
        assertThat(pricer.assess(after, TODAY).problems()).extracting(p -> p.code())
                .containsExactly("pa.below-living-wage");
    }

    @Test
    void a_plan_without_a_start_date_uses_the_rates_for_today() {
        // No start date (a blocking problem of its own); "today", 1 April 2026, picks the £12.71 living wage.
        SupportLine line = paLine("pa1", pa("12.50", "10", false, false, false));
        Plan plan = plan(annualBudget("100000", null), List.of(line));

        PlanAssessment a = pricer.assess(plan, LocalDate.of(2026, 4, 1));

        assertThat(a.ratesInForce().orElseThrow().livingWage().hourlyRate()).isEqualTo(pounds("12.71"));
        assertThat(a.problems()).extracting(p -> p.code()).contains("pa.below-living-wage", "section.empty");
    }

    @Test
    void a_start_date_before_the_rates_table_blocks_with_a_clear_problem() {
        // The table's first tax year starts 6 April 2025: a PA cannot be costed for 5 April 2025.
        Plan plan = plan(annualBudget("100000", LocalDate.of(2025, 4, 5)),
                List.of(paLine("pa1", pa("12.21", "10", false, false, false))));

        PlanAssessment a = pricer.assess(plan, TODAY);

        assertThat(a.problems()).filteredOn(p -> p.code().equals("rates.not-in-force")).singleElement()
                .satisfies(p -> {
                    assertThat(p.isBlocking()).isTrue();
                    assertThat(p.message()).contains("no rates for 5 April 2025", "starts on 6 April 2025");
                });
        assertThat(a.lines().get(0).paBreakdown()).isEmpty();
        assertThat(a.canBeAgreed()).isFalse();
    }
}
