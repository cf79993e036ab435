package org.careplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careplanner.pricing.PlanFixture.START;
import static org.careplanner.pricing.PlanFixture.annualBudget;
import static org.careplanner.pricing.PlanFixture.plan;

import java.time.LocalDate;
import java.util.List;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;

/** Review due dates per funding stream; the plan starts on Monday 2 June 2025. */
class ReviewScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private final ReviewSchedule schedule = new ReviewSchedule();

    private static FundingStream stream(Commissioner commissioner, ManagementOption management, LocalDate firstPayment) {
        return new FundingStream("s", "Stream", commissioner, management, null, "", firstPayment, null, null);
    }

    private ReviewDue dueFor(FundingStream stream) {
        return schedule.dueDates(plan(annualBudget("1000", START), List.of(stream), List.of()), TODAY).get(0);
    }

    @Test
    void nhs_direct_payment_is_reviewed_within_3_months_of_the_first_payment() {
        // first payment 16 June 2025 + 3 months = 16 September 2025
        ReviewDue due = dueFor(stream(Commissioner.NHS, ManagementOption.DIRECT_PAYMENT, LocalDate.of(2025, 6, 16)));

        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(due.windowOpens()).isNull();
        assertThat(due.rule()).contains("NHS direct payment", "3 months");
    }

    @Test
    void nhs_managed_account_without_a_payment_date_counts_from_the_plan_start() {
        // 2 June 2025 + 3 months = 2 September 2025
        assertThat(dueFor(stream(Commissioner.NHS, ManagementOption.MANAGED_ACCOUNT, null)).dueDate())
                .isEqualTo(LocalDate.of(2025, 9, 2));
    }

    @Test
    void a_care_act_plan_is_reviewed_6_to_8_weeks_after_it_starts() {
        // 2 June 2025 + 6 weeks (42 days) = 14 July 2025; + 8 weeks (56 days) = 28 July 2025
        ReviewDue due = dueFor(stream(Commissioner.COUNCIL, ManagementOption.NOTIONAL, null));

        assertThat(due.windowOpens()).isEqualTo(LocalDate.of(2025, 7, 14));
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2025, 7, 28));
        assertThat(due.rule()).contains("Care Act");
    }

    @Test
    void a_council_direct_payment_is_reviewed_within_6_months() {
        // first payment 30 June 2025 + 6 months = 30 December 2025
        assertThat(dueFor(stream(Commissioner.COUNCIL, ManagementOption.DIRECT_PAYMENT, LocalDate.of(2025, 6, 30)))
                .dueDate()).isEqualTo(LocalDate.of(2025, 12, 30));
    }

    @Test
    void nhs_notional_and_third_party_budgets_follow_the_local_default_of_3_months() {
        // 2 June 2025 + 3 months = 2 September 2025
        assertThat(dueFor(stream(Commissioner.NHS, ManagementOption.NOTIONAL, null)).dueDate())
                .isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(dueFor(stream(Commissioner.NHS, ManagementOption.THIRD_PARTY, null)).dueDate())
                .isEqualTo(LocalDate.of(2025, 9, 2));
    }

    @Test
    void the_local_default_is_a_setting() {
        // A commissioner whose policy is 6 months: 2 June 2025 + 6 months = 2 December 2025
        Plan plan = plan(annualBudget("1000", START), List.of(stream(Commissioner.NHS, ManagementOption.NOTIONAL, null)),
                List.of());

        assertThat(new ReviewSchedule(6).dueDates(plan, TODAY).get(0).dueDate()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThatThrownBy(() -> new ReviewSchedule(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void after_a_review_the_next_is_due_within_12_months_of_it() {
        // last review 10 September 2025 + 12 months = 10 September 2026
        Plan plan = plan(annualBudget("1000", START),
                List.of(stream(Commissioner.NHS, ManagementOption.DIRECT_PAYMENT, LocalDate.of(2025, 6, 16))), List.of(),
                LocalDate.of(2025, 9, 10));

        ReviewDue due = schedule.dueDates(plan, TODAY).get(0);

        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(due.rule()).contains("12 months");
    }

    @Test
    void a_stream_that_starts_after_the_last_review_keeps_its_own_first_review() {
        // Last review 1 January 2026 (before this stream existed); NHS direct payment first paid 1 March 2026:
        // its first review is within 3 months of that payment, 1 June 2026, not 1 January 2027.
        Plan plan = plan(annualBudget("1000", START),
                List.of(stream(Commissioner.NHS, ManagementOption.DIRECT_PAYMENT, LocalDate.of(2026, 3, 1))), List.of(),
                LocalDate.of(2026, 1, 1));

        assertThat(schedule.dueDates(plan, TODAY).get(0).dueDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void month_ends_fall_back_to_the_last_day_of_the_shorter_month() {
        // 31 January 2026 + 3 months: there is no 31 April, so the review is due by 30 April 2026 (never later).
        assertThat(dueFor(stream(Commissioner.NHS, ManagementOption.DIRECT_PAYMENT, LocalDate.of(2026, 1, 31)))
                .dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        // 31 August 2025 + 6 months: February 2026 has 28 days, so 28 February 2026.
        assertThat(dueFor(stream(Commissioner.COUNCIL, ManagementOption.DIRECT_PAYMENT, LocalDate.of(2025, 8, 31)))
                .dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_plan_without_a_start_date_counts_from_today() {
        // start unknown, today 1 August 2025 + 3 months = 1 November 2025
        Plan plan = plan(annualBudget("1000", null), List.of(stream(Commissioner.NHS, ManagementOption.NOTIONAL, null)),
                List.of());

        assertThat(schedule.dueDates(plan, LocalDate.of(2025, 8, 1)).get(0).dueDate())
                .isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void the_earliest_stream_drives_the_plan_review() {
        // NHS direct payment due 2 September 2025; council Care Act part due 28 July 2025: 28 July drives it.
        FundingStream nhs = new FundingStream("nhs", "NHS", Commissioner.NHS, ManagementOption.DIRECT_PAYMENT, null, "",
                null, null, null);
        FundingStream council = new FundingStream("council", "Council", Commissioner.COUNCIL, ManagementOption.NOTIONAL,
                null, "", null, null, null);
        Plan plan = plan(annualBudget("1000", START), List.of(nhs, council), List.of());

        PlanAssessment a = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT).assess(plan, TODAY);

        assertThat(a.reviews()).hasSize(2);
        assertThat(a.nextReview().orElseThrow().fundingStreamId()).isEqualTo("council");
        assertThat(a.nextReview().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 7, 28));
        assertThat(a.reviewStatus()).isEqualTo(ReviewStatus.NOT_DUE);
    }

    @Test
    void reminders_at_14_and_7_days_and_once_overdue() {
        // Due 28 July 2025.
        LocalDate due = LocalDate.of(2025, 7, 28);

        assertThat(ReviewStatus.of(due, LocalDate.of(2025, 7, 13))).isEqualTo(ReviewStatus.NOT_DUE); // 15 days
        assertThat(ReviewStatus.of(due, LocalDate.of(2025, 7, 14))).isEqualTo(ReviewStatus.DUE_WITHIN_14_DAYS); // 14
        assertThat(ReviewStatus.of(due, LocalDate.of(2025, 7, 20))).isEqualTo(ReviewStatus.DUE_WITHIN_14_DAYS); // 8
        assertThat(ReviewStatus.of(due, LocalDate.of(2025, 7, 21))).isEqualTo(ReviewStatus.DUE_WITHIN_7_DAYS); // 7
        assertThat(ReviewStatus.of(due, due)).isEqualTo(ReviewStatus.DUE_WITHIN_7_DAYS); // due today
        assertThat(ReviewStatus.of(due, LocalDate.of(2025, 7, 29))).isEqualTo(ReviewStatus.OVERDUE); // a day late
    }

    @Test
    void the_assessment_reports_an_overdue_review() {
        // Care Act plan due 28 July 2025, assessed on 1 August 2025: overdue
        Plan plan = plan(annualBudget("1000", START), List.of(stream(Commissioner.COUNCIL, ManagementOption.NOTIONAL,
                null)), List.of());

        PlanAssessment a = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT)
                .assess(plan, LocalDate.of(2025, 8, 1));

        assertThat(a.reviewStatus()).isEqualTo(ReviewStatus.OVERDUE);
    }
}
