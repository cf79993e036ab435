package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a conversation was left is kept per plan, outside its versions; a cancelled import or export leaves the
 * store and the file as they were.
 */
class ResumeStepAndCancelTest {

    @TempDir
    Path dir;

    @Test
    void theStepIsKeptPerPlanAndSurvivesClosingTheStore() {
        UUID id = UUID.randomUUID();
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(StorePlans.draft(id, Person.named("Ada", "Testperson")));
            assertThat(store.plans().resumeStep(id)).isEmpty();
            store.plans().rememberStep(id, "OUTCOMES");
            // A plan not stored yet is left alone, without an error.
            store.plans().rememberStep(UUID.randomUUID(), "RISKS");
        }
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().resumeStep(id)).contains("OUTCOMES");
        }
    }

    @Test
    void rememberingAStepOfASignedPlanLeavesItsSealedVersionAsItWas() {
        UUID id = UUID.randomUUID();
        try (LocalStore store = TestStores.open(dir)) {
            Plan signed = StorePlans.signed(StorePlans.draft(id, Person.named("Zo\u00eb", "Nguy\u1ec5n")));
            store.plans().saveVersion(signed);
            String hashBefore = store.plans().history(id).get(0).contentHash();
            store.plans().rememberStep(id, "SUMMARY");
            assertThat(store.plans().resumeStep(id)).contains("SUMMARY");
            assertThat(store.plans().latest(id)).contains(signed);
            assertThat(store.plans().history(id).get(0).contentHash()).isEqualTo(hashBefore);
        }
    }

    @Test
    void anImportCancelledBetweenPlansStoresNoneOfThem() throws Exception {
        Path bundle = dir.resolve("bundle.json");
        List<Plan> plans = List.of(StorePlans.draft(UUID.randomUUID(), Person.named("Ada", "Testperson")),
                StorePlans.draft(UUID.randomUUID(), Person.named("Sam", "Exampleson")),
                StorePlans.draft(UUID.randomUUID(), Person.named("Alex", "Testperson")));
        Files.writeString(bundle, new PlanFile().writeBundle(plans));
        try (LocalStore store = TestStores.open(dir.resolve("store"))) {
            AtomicInteger asked = new AtomicInteger();
            // Asked after reading the file, then before each plan: "yes" on the 4th, before the third plan.
            assertThatThrownBy(() -> store.transfer().importFile(bundle, () -> asked.incrementAndGet() == 4))
                    .isInstanceOf(CancellationException.class);
            assertThat(asked).hasValue(4);
            assertThat(store.plans().homeList()).isEmpty();
            assertThat(store.audit().recent(1000).stream()
                    .filter(e -> e.action().equals("plan.imported"))).isEmpty();

            // Not cancelled: all three.
            assertThat(store.transfer().importFile(bundle, () -> false).isImported()).isTrue();
            assertThat(store.plans().homeList()).hasSize(3);
        }
    }

    @Test
    void aCancelledExportStopsBetweenPlans() {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(StorePlans.draft(UUID.randomUUID(), Person.named("Ada", "Testperson")));
            store.plans().saveVersion(StorePlans.draft(UUID.randomUUID(), Person.named("Sam", "Exampleson")));
            AtomicInteger asked = new AtomicInteger();
            assertThatThrownBy(() -> store.transfer().exportAll(() -> asked.incrementAndGet() == 2))
                    .isInstanceOf(CancellationException.class);
            assertThat(store.transfer().exportAll(() -> false)).contains("Ada", "Sam");
        }
    }
}
