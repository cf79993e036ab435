package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warming the plan documents once the home list is on screen (ADR 0038): the made-up plan goes through the store's
 * own codec and back unchanged, and the store is left exactly as it was (nothing saved, nothing audited).
 */
class PracticePlanTest {

    @TempDir
    Path dir;

    @Test
    void thePracticePlanReadsBackAsItWasWrittenWithSomethingInEachUsualPart() {
        Plan practice = PracticePlan.plan();
        assertThat(PracticePlan.readBackThrough(new PlanFileDocuments())).isEqualTo(practice);
        assertThat(practice.outcomes()).hasSize(1);
        assertThat(practice.supportLines()).hasSize(2).anySatisfy(l -> assertThat(l.pa()).isNotNull());
        assertThat(practice.fundingStreams()).hasSize(1);
        assertThat(practice.risks()).hasSize(1);
    }

    @Test
    void warmingTheDocumentsLeavesTheStoreAsItWas() {
        try (LocalStore store = LocalStore.open(new DataFolder(dir), TestStores.defaults())) {
            java.util.List<String> summaryBefore = store.check().summary();
            store.warmPlanDocuments();
            assertThat(store.plans().homeList()).isEmpty();
            assertThat(store.plans().latest(PracticePlan.plan().id())).isEmpty();
            // The check's counts (people, plans, versions, audit rows) are as they were, and nothing is wrong.
            assertThat(store.check().summary()).isEqualTo(summaryBefore);
            assertThat(store.check().isClean()).isTrue();
        }
    }
}
