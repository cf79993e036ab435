package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.Budget;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a plan's budget is indicative or agreed travels with it: stored, exported and imported into another store
 * it is still agreed; a plan file written without the field (an older file) imports, as indicative.
 */
class BudgetStageTransferTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-0000000057a1");

    @TempDir
    Path dir;

    private static Plan agreedDraft() {
        Plan draft = StorePlans.draft(ID, StorePlans.person("Ada", "Testperson", StorePlans.NHS_ZOE));
        Budget b = draft.budget();
        return draft.withBudget(new Budget(b.allocation(), b.allocationPeriod(), AllocationStage.AGREED,
                b.contingency(), b.contingencyInsideAllocation(), b.weeksPerYear(), b.startDate(), b.endDate()));
    }

    @Test
    void anAgreedBudgetIsStillAgreedAfterExportAndImportIntoAnotherStore() throws Exception {
        Path file = dir.resolve("plans.json");
        try (LocalStore store = TestStores.open(dir.resolve("a"))) {
            store.plans().saveVersion(agreedDraft());
            assertThat(store.plans().latest(ID).orElseThrow().budget().allocationStage())
                    .isEqualTo(AllocationStage.AGREED);
            Files.writeString(file, store.transfer().exportAll());
        }
        assertThat(Files.readString(file)).contains("\"allocationStage\":\"AGREED\"");
        try (LocalStore other = TestStores.open(dir.resolve("b"))) {
            ImportReport report = other.transfer().importFile(file);
            assertThat(report.problems()).isEmpty();
            assertThat(other.plans().latest(ID).orElseThrow().budget().allocationStage())
                    .isEqualTo(AllocationStage.AGREED);
        }
    }

    @Test
    void aFileWrittenWithoutTheFieldImportsWithTheBudgetIndicative() throws Exception {
        Path file = dir.resolve("older.json");
        try (LocalStore store = TestStores.open(dir.resolve("a"))) {
            store.plans().saveVersion(agreedDraft());
            String written = store.transfer().exportAll();
            String older = written.replace("\"allocationStage\":\"AGREED\",", "");
            assertThat(older).doesNotContain("allocationStage");
            Files.writeString(file, older);
        }
        try (LocalStore other = TestStores.open(dir.resolve("b"))) {
            ImportReport report = other.transfer().importFile(file);
            assertThat(report.problems()).isEmpty();
            assertThat(other.plans().latest(ID).orElseThrow().budget().allocationStage())
                    .isEqualTo(AllocationStage.INDICATIVE);
        }
    }
}
