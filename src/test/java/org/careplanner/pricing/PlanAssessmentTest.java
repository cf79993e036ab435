package org.careplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.careplanner.pricing.PlanFixture.NHS_DIRECT_PAYMENT;
import static org.careplanner.pricing.PlanFixture.START;
import static org.careplanner.pricing.PlanFixture.annualBudget;
import static org.careplanner.pricing.PlanFixture.budget;
import static org.careplanner.pricing.PlanFixture.line;
import static org.careplanner.pricing.PlanFixture.plan;
import static org.careplanner.pricing.PlanFixture.pounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.ConnectedPerson;
import org.careplanner.domain.EvidenceNote;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.SupportLine;
import org.careplanner.domain.SupportProvider;
import org.junit.jupiter.api.Test;

/** The plan against its allocation, and every problem that stops it being agreed. */
class PlanAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);
    private final PlanPricer pricer = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);

    private static List<String> codes(PlanAssessment a) {
        return a.problems().stream().map(Problem::code).toList();
    }

    @Test
    void a_complete_plan_within_its_allocation_can_be_agreed() {
        // £200.00 a week x 52 = £10,400.00 against £12,000.00: £1,600.00 remains
        PlanAssessment a = pricer.assess(plan(annualBudget("12000", START),
                List.of(line("a", "200.00", "1", Frequency.PER_WEEK))), TODAY);

        assertThat(a.total()).isEqualTo(pounds("10400.00"));
        assertThat(a.remaining()).isEqualTo(pounds("1600.00"));
        assertThat(a.problems()).isEmpty();
        assertThat(a.canBeAgreed()).isTrue();
    }

    @Test
    void an_overspend_blocks_and_says_by_how_much() {
        // £10,000.00 + £250.50 = £10,250.50 against £10,000.00: overspent by £250.50
        PlanAssessment a = pricer.assess(plan(annualBudget("10000", START), List.of(
                line("a", "10000.00", "1", Frequency.PER_YEAR),
                line("b", "250.50", "1", Frequency.ONE_OFF))), TODAY);

        assertThat(a.remaining()).isEqualTo(pounds("-250.50"));
        assertThat(a.isOverspent()).isTrue();
        assertThat(a.problems()).filteredOn(p -> p.code().equals("budget.overspend")).singleElement()
                .satisfies(p -> {
                    assertThat(p.isBlocking()).isTrue();
                    assertThat(p.message()).contains("£250.50", "£10,250.50", "own money");
                });
        assertThat(a.canBeAgreed()).isFalse();
    }

    /** £20,000.00 allocation with a £1,000.00 contingency, inside or outside it, and one line a year. */
    private PlanAssessment withContingency(boolean inside, String linesCost) {
        return pricer.assess(plan(budget("20000", AllocationPeriod.ANNUAL, "1000", inside, "52"),
                List.of(line("a", linesCost, "1", Frequency.PER_YEAR))), TODAY);
    }

    @Test
    void contingency_inside_the_allocation_comes_out_before_what_remains() {
        // Inside: 20,000.00 - 1,000.00 = £19,000.00 available; lines £18,500.00 leave £500.00
        PlanAssessment a = withContingency(true, "18500.00");

        assertThat(a.contingency()).isEqualTo(pounds("1000.00"));
        assertThat(a.available()).isEqualTo(pounds("19000.00"));
        assertThat(a.remaining()).isEqualTo(pounds("500.00"));
    }

    @Test
    void contingency_outside_the_allocation_is_shown_but_not_taken_out() {
        // Outside: all £20,000.00 available; lines £18,500.00 leave £1,500.00
        PlanAssessment a = withContingency(false, "18500.00");

        assertThat(a.contingency()).isEqualTo(pounds("1000.00"));
        assertThat(a.available()).isEqualTo(pounds("20000.00"));
        assertThat(a.remaining()).isEqualTo(pounds("1500.00"));
    }

    @Test
    void contingency_inside_can_turn_a_plan_into_an_overspend() {
        // Lines £19,500.00: inside, 19,000.00 - 19,500.00 = -£500.00 (blocks); outside, 20,000 - 19,500 = £500.00
        PlanAssessment inside = withContingency(true, "19500.00");
        PlanAssessment outside = withContingency(false, "19500.00");

        assertThat(inside.remaining()).isEqualTo(pounds("-500.00"));
        assertThat(codes(inside)).containsExactly("budget.overspend");
        assertThat(inside.problems().get(0).message()).contains("£500.00", "less the £1,000.00 contingency");
        assertThat(outside.remaining()).isEqualTo(pounds("500.00"));
        assertThat(outside.problems()).isEmpty();
    }

    @Test
    void a_weekly_allocation_is_made_annual() {
        // £250.00 a week x 52 = £13,000.00
        Plan plan = plan(budget("250", AllocationPeriod.WEEKLY, "0", true, "52"), List.of());

        assertThat(pricer.assess(plan, TODAY).allocation()).isEqualTo(pounds("13000.00"));
    }

    @Test
    void a_weekly_allocation_over_52_143_weeks_is_rounded_half_up() {
        // £333.33 x 52.143 = 17,333.16 + 47.66619 = 17,380.82619 -> £17,380.83
        Plan plan = plan(budget("333.33", AllocationPeriod.WEEKLY, "0", true, "52.143"), List.of());

        assertThat(pricer.assess(plan, TODAY).allocation()).isEqualTo(pounds("17380.83"));
    }

    @Test
    void an_excluded_category_blocks() {
        SupportLine wine = SupportLine.priced("w", "Wine", "Alcohol", pounds("10.00"), BigDecimal.ONE,
                Frequency.PER_WEEK, PlanFixture.NHS_DP, List.of("o1"));

        PlanAssessment a = pricer.assess(plan(annualBudget("10000", START), List.of(wine)), TODAY);

        assertThat(codes(a)).containsExactly("line.excluded-category");
        assertThat(a.canBeAgreed()).isFalse();
    }

    @Test
    void a_line_with_no_outcome_blocks_and_is_counted_as_unassigned_by_outcome() {
        // £30.00 x 1 x 12 = £360.00, serving no outcome
        SupportLine gym = SupportLine.priced("g", "Gym", "Leisure", pounds("30.00"), BigDecimal.ONE,
                Frequency.PER_MONTH, PlanFixture.NHS_DP, List.of());

        PlanAssessment a = pricer.assess(plan(annualBudget("10000", START), List.of(gym)), TODAY);

        assertThat(codes(a)).containsExactly("line.no-outcome");
        assertThat(a.totals().byOutcome()).containsExactly(Map.entry(CostTotals.UNASSIGNED, pounds("360.00")));
    }

    private static SupportLine paysSister(String justification) {
        return new SupportLine("s", "Evening support from my sister", SupportProvider.FAMILY, "Jo Testperson",
                "Personal care", "", pounds("12.50"), "hour", BigDecimal.TEN, Frequency.PER_WEEK, "", PlanFixture.NHS_DP,
                List.of("o2"), new ConnectedPerson("Jo Testperson", "sister", true, justification), null, null);
    }

    @Test
    void paying_a_connected_person_in_the_household_without_a_reason_blocks() {
        PlanAssessment a = pricer.assess(plan(annualBudget("10000", START), List.of(paysSister(""))), TODAY);

        assertThat(codes(a)).containsExactly("line.connected-person");
        assertThat(a.canBeAgreed()).isFalse();
    }

    @Test
    void paying_a_connected_person_with_a_written_reason_is_no_problem() {
        PlanAssessment a = pricer.assess(plan(annualBudget("10000", START),
                List.of(paysSister("Necessary because Alex will accept personal care only from family at night"))),
                TODAY);

        assertThat(a.problems()).isEmpty();
    }

    @Test
    void a_line_without_an_evidence_base_is_a_warning() {
        SupportLine singing = new SupportLine("s", "Singing lessons", SupportProvider.COMMUNITY, "", "Leisure", "",
                pounds("20.00"), "session", BigDecimal.ONE, Frequency.PER_WEEK, "", PlanFixture.NHS_DP, List.of("o3"),
                null, new EvidenceNote(true, "", ""), null);

        PlanAssessment a = pricer.assess(plan(annualBudget("10000", START), List.of(singing)), TODAY);

        assertThat(a.problems()).extracting(Problem::code, Problem::isBlocking)
                .containsExactly(tuple("line.evidence", false));
        assertThat(a.canBeAgreed()).isTrue();
    }

    @Test
    void a_self_employed_pa_without_a_status_check_is_a_warning() {
        PaEmployment pa = new PaEmployment("Sam Testperson", pounds("14.00"), BigDecimal.TEN, false, false, false, true,
                "", null, null, null, null, null);

        PlanAssessment a = pricer.assess(plan(annualBudget("20000", START), List.of(PlanFixture.paLine("p", pa))),
                TODAY);

        assertThat(codes(a)).containsExactly("pa.self-employed");
        assertThat(a.canBeAgreed()).isTrue();
    }

    @Test
    void totals_by_stream_outcome_category_and_management_add_up_to_the_plan_total() {
        // Line a: £100.00 a year, NHS direct payment, outcomes o1, o2, o3, "Personal care"
        //   10,000p / 3 = 3,333p each, 1p left over goes to o1: o1 £33.34, o2 £33.33, o3 £33.33
        // Line b: £50.00 a year, council notional, outcome o2, "Leisure"
        // Line c: £10.01 one-off, NHS direct payment, outcomes o1, o2, o3, "Personal care"
        //   1,001p / 3 = 333p each, 2p left over go to o1: o1 £3.35, o2 £3.33, o3 £3.33
        // Total 100.00 + 50.00 + 10.01 = £160.01
        // by outcome: o1 33.34 + 3.35 = £36.69; o2 33.33 + 50.00 + 3.33 = £86.66; o3 33.33 + 3.33 = £36.66
        //   36.69 + 86.66 + 36.66 = £160.01
        // by stream and by management: NHS direct payment 100.00 + 10.01 = £110.01; council notional £50.00
        FundingStream council = FundingStream.of("council", "Council social care", Commissioner.COUNCIL,
                ManagementOption.NOTIONAL);
        Plan plan = plan(annualBudget("1000", START), List.of(NHS_DIRECT_PAYMENT, council), List.of(
                SupportLine.priced("a", "Care", "Personal care", pounds("100.00"), BigDecimal.ONE, Frequency.PER_YEAR,
                        PlanFixture.NHS_DP, List.of("o1", "o2", "o3")),
                SupportLine.priced("b", "Swimming", "Leisure", pounds("50.00"), BigDecimal.ONE, Frequency.PER_YEAR,
                        "council", List.of("o2")),
                SupportLine.priced("c", "Hoist fitting", "Personal care", pounds("10.01"), BigDecimal.ONE,
                        Frequency.ONE_OFF, PlanFixture.NHS_DP, List.of("o1", "o2", "o3"))));

        PlanAssessment a = pricer.assess(plan, TODAY);
        CostTotals t = a.totals();

        assertThat(a.total()).isEqualTo(pounds("160.01"));
        assertThat(t.byOutcome()).containsExactly(Map.entry("o1", pounds("36.69")), Map.entry("o2", pounds("86.66")),
                Map.entry("o3", pounds("36.66")));
        assertThat(t.byFundingStream()).containsExactly(Map.entry("nhs-dp", pounds("110.01")),
                Map.entry("council", pounds("50.00")));
        assertThat(t.byCategory()).containsExactly(Map.entry("Personal care", pounds("110.01")),
                Map.entry("Leisure", pounds("50.00")));
        assertThat(t.byManagement()).containsExactly(Map.entry("DIRECT_PAYMENT", pounds("110.01")),
                Map.entry("NOTIONAL", pounds("50.00")));
        for (Map<String, Money> breakdown : List.of(t.byOutcome(), t.byFundingStream(), t.byCategory(),
                t.byManagement())) {
            assertThat(breakdown.values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(a.total());
        }
    }

    @Test
    void a_stream_with_its_own_allocation_must_cover_its_lines() {
        // The NHS stream's own allocation is £100.00; its line costs £110.00 a year: £10.00 short.
        // The plan as a whole (£1,000.00) is not overspent.
        FundingStream capped = new FundingStream("nhs-dp", "NHS continuing healthcare", Commissioner.NHS,
                ManagementOption.DIRECT_PAYMENT, pounds("100.00"), "", null, null, null);
        Plan plan = plan(annualBudget("1000", START), List.of(capped),
                List.of(line("a", "110.00", "1", Frequency.PER_YEAR)));

        PlanAssessment a = pricer.assess(plan, TODAY);

        assertThat(a.streams()).singleElement().satisfies(s -> {
            assertThat(s.cost()).isEqualTo(pounds("110.00"));
            assertThat(s.remaining()).isEqualTo(pounds("-10.00"));
            assertThat(s.isSufficient()).isFalse();
        });
        assertThat(a.problems()).filteredOn(p -> p.code().equals("budget.stream-overspend")).singleElement()
                .satisfies(p -> {
                    assertThat(p.isBlocking()).isTrue();
                    assertThat(p.field()).isEqualTo("fundingStreams[0].annualAllocation");
                    assertThat(p.message()).contains("£10.00");
                });
        assertThat(codes(a)).doesNotContain("budget.overspend");
    }
}
