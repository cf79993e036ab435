package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up refresh of review dates (ADR 0028): once a day, only the dates that changed rewritten, in batches.
 * The rule here works as the pricing package's does for one NHS notional budget: the first review 3 months after the
 * plan starts, counted from today when the plan has no start date yet (so that date moves on every day).
 */
class ReviewDateRefreshTest {

    static final UUID NO_START = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID STARTED = UUID.fromString("00000000-0000-4000-8000-0000000000b2");

    @TempDir
    Path dir;

    /** A clock a test can move on by whole days. */
    static final class DayClock extends Clock {
        private Instant now = Instant.parse("2026-05-01T10:00:00Z");

        void nextDays(int days) {
            now = now.plus(java.time.Duration.ofDays(days));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final DayClock clock = new DayClock();
    final AtomicInteger asked = new AtomicInteger();

    /** 3 months after the start, or after today when the plan has no start date; counts how often it is asked. */
    LocalDate threeMonthsAfterTheStart(Plan plan) {
        asked.incrementAndGet();
        LocalDate start = plan.budget().startDate() != null ? plan.budget().startDate() : LocalDate.now(clock);
        return start.plusMonths(3);
    }

    LocalStore open() {
        return LocalStore.open(new DataFolder(dir), TestStores.settings().withClock(clock)
                .withNextReviewDate(this::threeMonthsAfterTheStart));
    }

    static Plan plan(UUID id, LocalDate start) {
        Plan draft = StorePlans.draft(id, StorePlans.person("Made", "Up " + id.toString().substring(34), null));
        return draft.withBudget(org.careplanner.domain.Budget.annual(draft.budget().allocation(), start));
    }

    static Map<UUID, LocalDate> homeDates(LocalStore store) {
        return store.plans().homeList().stream().collect(Collectors.toMap(PlanSummary::planId,
                s -> s.nextReviewDue() == null ? LocalDate.MIN : s.nextReviewDue()));
    }

    @Test
    void aDateCountedFromTodayMovesOnAtTheNextDaysRefreshAndADueDateFallsDueWithoutARewrite() {
        try (LocalStore store = open()) {
            // 1 May: one plan without a start date (due 1 Aug, counted from today); one started 2 Feb (due 2 May).
            store.plans().saveVersion(plan(NO_START, null));
            store.plans().saveVersion(plan(STARTED, LocalDate.of(2026, 2, 2)));
            assertThat(store.plans().refreshReviewDates()).isZero();
            assertThat(homeDates(store)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    NO_START, LocalDate.of(2026, 8, 1), STARTED, LocalDate.of(2026, 5, 2)));
            assertThat(overdue(store)).isEmpty();
        }
        clock.nextDays(2);
        try (LocalStore store = open()) {
            // 3 May, the next start: the date counted from today moves on two days; the started plan's 2 May has
            // fallen due in between and is overdue, with its stored date as it was.
            assertThat(store.plans().refreshReviewDates()).isEqualTo(1);
            assertThat(homeDates(store)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    NO_START, LocalDate.of(2026, 8, 3), STARTED, LocalDate.of(2026, 5, 2)));
            assertThat(overdue(store)).containsExactly(STARTED);
            assertThat(actions(store)).containsSubsequence("plan.review-dates.refreshed",
                    PlanStore.REVIEW_DATES_CHECKED);

            // A second start the same day reads no plan at all: the day's pass is done.
            asked.set(0);
            assertThat(store.plans().refreshReviewDates()).isZero();
            assertThat(asked).hasValue(0);
        }
    }

    @Test
    void whenNoDateChangedNothingIsRewrittenAndTheDayIsStillMarkedDone() {
        try (LocalStore store = open()) {
            store.plans().saveVersion(plan(NO_START, LocalDate.of(2026, 3, 1)));
            store.plans().saveVersion(plan(STARTED, LocalDate.of(2026, 2, 2)));
        }
        clock.nextDays(1);
        try (LocalStore store = open()) {
            asked.set(0);
            assertThat(store.plans().refreshReviewDates()).isZero();
            assertThat(asked).hasValue(2); // each plan's latest version asked once
            assertThat(actions(store)).doesNotContain("plan.review-dates.refreshed");
            assertThat(store.audit().recent(1).get(0).detail()).isEqualTo("day=2026-05-02 changed=0");
            assertThat(homeDates(store)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    NO_START, LocalDate.of(2026, 6, 1), STARTED, LocalDate.of(2026, 5, 2)));
        }
    }

    @Test
    void morePlansThanOneBatchAreAllBroughtUpToDate() {
        int count = 2 * PlanStore.REFRESH_BATCH + 5;
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(0x4000L, 0x8000_0000_0000_0000L | i);
            plans.add(plan(id, i % 2 == 0 ? null : LocalDate.of(2026, 1, 10)));
        }
        try (LocalStore store = open()) {
            store.plans().importVersions(plans);
        }
        clock.nextDays(1);
        try (LocalStore store = open()) {
            // Every plan without a start date (the even ones) moves on a day; the others keep 10 Apr.
            assertThat(store.plans().refreshReviewDates()).isEqualTo((count + 1) / 2);
            Map<UUID, LocalDate> dates = homeDates(store);
            assertThat(dates).hasSize(count);
            Map<LocalDate, Long> byDate = dates.values().stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(byDate).containsExactlyInAnyOrderEntriesOf(Map.of(
                    LocalDate.of(2026, 8, 2), (long) (count + 1) / 2, LocalDate.of(2026, 4, 10), (long) count / 2));
        }
    }

    @Test
    void aPlanSavedAfterTheDaysPassKeepsTheDateItsSaveGaveIt() {
        try (LocalStore store = open()) {
            store.plans().refreshReviewDates();
            clock.nextDays(1);
            store.plans().refreshReviewDates();
            store.plans().saveVersion(plan(NO_START, null));
            assertThat(store.plans().refreshReviewDates()).isZero();
            assertThat(homeDates(store)).containsEntry(NO_START, LocalDate.of(2026, 8, 2));
        }
    }

    private static List<UUID> overdue(LocalStore store) {
        return store.plans().search(PlanSearch.everything().withReview(PlanSearch.ReviewWindow.OVERDUE)).stream()
                .map(PlanSummary::planId).toList();
    }

    /** The store's audit actions, oldest first. */
    private static List<String> actions(LocalStore store) {
        List<String> out = new ArrayList<>(store.audit().recent(50).stream().map(AuditLog.Event::action).toList());
        java.util.Collections.reverse(out);
        return out;
    }
}
