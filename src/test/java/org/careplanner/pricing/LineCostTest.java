package org.careplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.pricing.PlanFixture.START;
import static org.careplanner.pricing.PlanFixture.annualBudget;
import static org.careplanner.pricing.PlanFixture.budget;
import static org.careplanner.pricing.PlanFixture.line;
import static org.careplanner.pricing.PlanFixture.plan;
import static org.careplanner.pricing.PlanFixture.pounds;

import java.time.LocalDate;
import java.util.List;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;
import org.junit.jupiter.api.Test;

/** Unit price x quantity x frequency, rounded once per line, HALF_UP; the views are for display. */
class LineCostTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);
    private final PlanPricer pricer = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);

    private LineCost costOf(SupportLine line) {
        return pricer.assess(plan(annualBudget("50000", START), List.of(line)), TODAY).lines().get(0);
    }

    private LineCost costOf(SupportLine line, String weeksPerYear) {
        Plan plan = plan(budget("50000", AllocationPeriod.ANNUAL, "0", true, weeksPerYear), List.of(line));
        return pricer.assess(plan, TODAY).lines().get(0);
    }

    @Test
    void per_week_is_times_the_weeks_in_a_year() {
        // £15.50 x 10 hours x 52 weeks = £8,060.00
        // weekly 8,060 / 52 = £155.00; 4-weekly 8,060 / 13 = £620.00; monthly 8,060 / 12 = 671.666... -> £671.67
        LineCost cost = costOf(line("a", "15.50", "10", Frequency.PER_WEEK));

        assertThat(cost.annual()).isEqualTo(pounds("8060.00"));
        assertThat(cost.weekly()).isEqualTo(pounds("155.00"));
        assertThat(cost.fourWeekly()).isEqualTo(pounds("620.00"));
        assertThat(cost.monthly()).isEqualTo(pounds("671.67"));
        assertThat(cost.paBreakdown()).isEmpty();
    }

    @Test
    void per_four_weeks_is_times_13() {
        // £120.00 x 1 x 13 = £1,560.00
        assertThat(costOf(line("a", "120.00", "1", Frequency.PER_FOUR_WEEKS)).annual()).isEqualTo(pounds("1560.00"));
    }

    @Test
    void per_month_is_times_12() {
        // £45.00 x 2 sessions x 12 = £1,080.00
        assertThat(costOf(line("a", "45.00", "2", Frequency.PER_MONTH)).annual()).isEqualTo(pounds("1080.00"));
    }

    @Test
    void per_year_is_once() {
        // £350.00 x 1 = £350.00
        assertThat(costOf(line("a", "350.00", "1", Frequency.PER_YEAR)).annual()).isEqualTo(pounds("350.00"));
    }

    @Test
    void a_one_off_counts_once_against_the_first_year() {
        // £899.99 x 1 = £899.99 in the first year
        // weekly view 899.99 / 52 = 17.3075 exactly -> HALF_UP -> £17.31; monthly 899.99 / 12 = 74.99916... -> £75.00
        LineCost cost = costOf(line("a", "899.99", "1", Frequency.ONE_OFF));

        assertThat(cost.annual()).isEqualTo(pounds("899.99"));
        assertThat(cost.weekly()).isEqualTo(pounds("17.31"));
        assertThat(cost.monthly()).isEqualTo(pounds("75.00"));
    }

    @Test
    void exactly_half_a_penny_rounds_up() {
        // £2.25 x 2.5 x 1 = £5.625: HALF_UP gives £5.63 (banker's rounding would give £5.62)
        assertThat(costOf(line("a", "2.25", "2.5", Frequency.PER_YEAR)).annual()).isEqualTo(pounds("5.63"));
    }

    @Test
    void each_line_is_rounded_before_the_lines_are_added() {
        // Each line: £0.05 x 0.1 x 1 = £0.005 -> HALF_UP -> £0.01. Two lines: £0.01 + £0.01 = £0.02
        // (rounding the unrounded sum, £0.010, would have given £0.01)
        Plan plan = plan(annualBudget("100", START), List.of(
                line("a", "0.05", "0.1", Frequency.PER_YEAR),
                line("b", "0.05", "0.1", Frequency.PER_YEAR)));

        PlanAssessment assessment = pricer.assess(plan, TODAY);

        assertThat(assessment.lines()).extracting(LineCost::annual).containsExactly(pounds("0.01"), pounds("0.01"));
        assertThat(assessment.total()).isEqualTo(pounds("0.02"));
    }

    @Test
    void weeks_per_year_of_52_143_is_used_at_full_precision() {
        // £12.35 x 7.5 hours = 92.625 a week; x 52.143 = 4,829.745375 -> HALF_UP -> £4,829.75
        // weekly view 4,829.75 / 52.143 = 92.62509... -> £92.63
        LineCost cost = costOf(line("a", "12.35", "7.5", Frequency.PER_WEEK), "52.143");

        assertThat(cost.annual()).isEqualTo(pounds("4829.75"));
        assertThat(cost.weekly()).isEqualTo(pounds("92.63"));
    }

    @Test
    void weeks_per_year_does_not_change_monthly_or_four_weekly_lines() {
        // £100.00 x 1 x 12 = £1,200.00 whatever the weeks in a year
        assertThat(costOf(line("a", "100.00", "1", Frequency.PER_MONTH), "52.143").annual())
                .isEqualTo(pounds("1200.00"));
    }
}
