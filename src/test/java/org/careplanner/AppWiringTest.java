package org.careplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSummary;
import org.careplanner.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root plugs pricing into the store: review dates on the home list, costs in the finance CSV. */
class AppWiringTest {

    @TempDir
    Path dir;

    @Test
    void theStoreKnowsReviewDatesAndLineCostsFromPricing() {
        Plan plan = new PlanFile().read(Path.of("docs", "examples", "simple-plan.json")).onlyPlan();
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
        try (LocalStore store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.withTestPassphrase(App.storeSettings(clock)))) {
            store.plans().saveVersion(plan);
            PlanSummary row = store.plans().homeList().get(0);
            // One NHS notional stream, plan starting 1 April 2026: local default first review 3 months on,
            // 1 July 2026 (shared/domain.md: notional and third-party PHBs, default 3 months then 12).
            assertThat(row.nextReviewDue()).isEqualTo(LocalDate.of(2026, 7, 1));

            String csv = store.transfer().costingCsv(List.of(plan.id()));
            // £45.00 × 1 a week × 52 = £2,340.00; £8.00 × 2 a month × 12 = £192.00; £12.00 × 2 × 12 = £288.00.
            assertThat(csv.lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)))
                    .containsExactly("2340.00", "192.00", "288.00");
        }
    }

    @Test
    void anAgreedPlanThatOverspendsIsRefusedOnImportAndChangesNothing() {
        Plan agreed = new PlanFile().read(Path.of("docs", "examples", "simple-plan.json")).onlyPlan();
        // The example costs £2,820.00 a year (see docs/examples/README.md); an allocation of £100.00 with its
        // £150.00 contingency moved outside leaves £100.00 available: £2,720.00 over.
        Plan overspent = agreed.withBudget(new org.careplanner.domain.Budget(
                org.careplanner.domain.Money.ofPounds(100), agreed.budget().allocationPeriod(),
                agreed.budget().allocationStage(), agreed.budget().contingency(), false,
                agreed.budget().weeksPerYear(), agreed.budget().startDate(), agreed.budget().endDate()));
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
        try (LocalStore store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.withTestPassphrase(App.storeSettings(clock)))) {
            var report = store.transfer().importText(new PlanFile().write(overspent));
            assertThat(report.problems()).extracting(org.careplanner.domain.Problem::code).contains("budget.overspend");
            assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("£2,720.00"));
            assertThat(store.plans().homeList()).isEmpty();
        }
    }

    @Test
    void reviewDatesAreBroughtUpToDateAfterTheWindowShowsAndTheHomeListIsToldWhenAnyChanged() throws Exception {
        Plan plan = new PlanFile().read(Path.of("docs", "examples", "simple-plan.json")).onlyPlan();
        DataFolder folder = new DataFolder(dir);
        StoreSettings noDate = org.careplanner.store.TestStores.withTestPassphrase(StoreSettings.defaults()
                .withNextReviewDate(p -> null));
        try (LocalStore store = LocalStore.open(folder, noDate)) {
            store.plans().saveVersion(plan);
        }
        // The next start: the rule now gives 1 April 2026 (as a rule that counts from today would, a day later).
        StoreSettings dated = org.careplanner.store.TestStores.withTestPassphrase(StoreSettings.defaults()
                .withNextReviewDate(p -> LocalDate.of(2026, 4, 1)));
        try (LocalStore store = LocalStore.open(folder, dated)) {
            assertThat(store.plans().homeList().get(0).nextReviewDue()).isNull();
            java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
            Thread refresh = App.refreshReviewDatesLater(store.plans(), told::incrementAndGet);
            assertThat(refresh.getName()).isEqualTo("review-dates");
            refresh.join();
            assertThat(store.plans().homeList().get(0).nextReviewDue()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(told).hasValue(1);

            // Nothing changed on a second run: the home list is not read again for nothing.
            App.refreshReviewDatesLater(store.plans(), told::incrementAndGet).join();
            assertThat(told).hasValue(1);
        }
    }

    @Test
    void theDaysBackupIsMadeInTheBackgroundAfterOpeningAndSaidQuietlyOnlyWhenOneIsDue() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (LocalStore store = LocalStore.open(folder, org.careplanner.store.TestStores.withTestPassphrase(
                StoreSettings.defaults()))) {
            // Opening the store no longer makes the backup: the window comes first (ADR 0022).
            assertThat(store.automaticBackups().list()).isEmpty();
            List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread backup = App.makeBackupIfDueLater(store, said::add);
            assertThat(backup.getName()).isEqualTo("opening-backup");
            assertThat(backup.isDaemon()).isTrue();
            backup.join();
            assertThat(store.automaticBackups().list()).hasSize(1);
            assertThat(said).containsExactly("Making today's backup\u2026 You can carry on working.",
                    "Today's backup is made.");

            // One made in the last day: nothing is made, nothing said.
            said.clear();
            App.makeBackupIfDueLater(store, said::add).join();
            assertThat(store.automaticBackups().list()).hasSize(1);
            assertThat(said).isEmpty();
        }
    }

    @Test
    void thePlanDocumentsAreWarmedOnALowPriorityDaemonThreadAndTheStoreIsLeftAsItWas() throws Exception {
        try (LocalStore store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.withTestPassphrase(
                StoreSettings.defaults()))) {
            Thread warm = App.warmPlanDocumentsLater(store);
            assertThat(warm.getName()).isEqualTo("warm-plan-documents");
            assertThat(warm.isDaemon()).isTrue();
            assertThat(warm.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
            warm.join();
            assertThat(store.plans().homeList()).isEmpty();
        }
    }
}
