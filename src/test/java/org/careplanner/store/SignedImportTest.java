package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing checks a signed plan's hash: a plan changed after signing is refused and the store is left as it was. */
class SignedImportTest {

    @TempDir
    Path dir;

    private final PlanFile planFile = new PlanFile();

    @Test
    void aSignedPlanChangedAfterSigningIsRefusedWithAClearMessageAndTheStoreUnchanged() throws Exception {
        Plan signed = StorePlans.signed(StorePlans.draft(UUID.randomUUID(), StorePlans.person("Zoë", "Testperson", null)));
        String file = planFile.write(signed);
        String changed = file.replace("\"Falls\"", "\"Fells\"");
        assertThat(changed).isNotEqualTo(file);
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().homeList();
        }
        Map<String, Integer> before = PlanTransferTest.rowCounts(dir);

        try (LocalStore store = TestStores.open(dir)) {
            ImportReport report = store.transfer().importText(changed);

            assertThat(report.isImported()).isFalse();
            assertThat(report.problems()).extracting(Problem::field, Problem::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("$.plan.signedHash", "plan.signature-broken"));
            assertThat(report.problems().get(0).message()).contains("changed after it was signed",
                    "It was not imported", signed.signedHash());
            assertThat(store.plans().latest(signed.id())).isEmpty();
        }
        assertThat(PlanTransferTest.rowCounts(dir)).isEqualTo(before);

        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.transfer().importText(file).isImported()).isTrue();
            assertThat(store.plans().latest(signed.id())).contains(signed);
        }
    }

    @Test
    void aPlanMarkedSignedWithoutAHashIsRefused() {
        Plan signed = StorePlans.signed(StorePlans.draft(UUID.randomUUID(), StorePlans.person("Sam", "Exampleson", null)));
        try (LocalStore store = TestStores.open(dir)) {
            ImportReport report = store.transfer().importText(planFile.write(signed.withSignedHash("")));

            assertThat(report.isImported()).isFalse();
            assertThat(report.problems()).extracting(Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("marked signed, but it carries no signing hash"));
            assertThat(store.plans().latest(signed.id())).isEmpty();
        }
    }
}
