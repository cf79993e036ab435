package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.TransferFile;
import org.careplanner.exchange.TransferPassphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-store export written as it is read (ADR 0028): the same bytes as the export made in memory, for plain
 * JSON, the costing CSV and the encrypted transfer file, across more plans than one batch, and read back by import.
 */
class StreamedExportTest {

    static final String TRANSFER = "purple tractor lighthouse Friday";

    @TempDir
    Path dir;

    /** More plans than two batches, with names outside ASCII (UTF-8 written as the in-memory export writes it). */
    static List<Plan> manyPlans() {
        List<Plan> plans = new ArrayList<>();
        int count = 2 * PlanTransfer.EXPORT_BATCH + 3;
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(0x4000L, 0x8000_0000_0000_0000L | i);
            plans.add(StorePlans.draft(id, StorePlans.person(i % 3 == 0 ? "Zoë" : "Thị Hoa", "Nguyễn " + i, null)));
        }
        return plans;
    }

    static TransferPassphrase passphrase() {
        return TransferPassphrase.weakForTestsOnly(TRANSFER.toCharArray(), TestStores.TEST_ITERATIONS);
    }

    @Test
    void theStreamedBundleAndCsvAreByteForByteTheOnesMadeInMemory() throws IOException {
        try (LocalStore store = TestStores.open(dir.resolve("a"))) {
            store.plans().importVersions(manyPlans());
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            assertThat(store.transfer().exportAll(json, () -> false)).isEqualTo(manyPlans().size());
            assertThat(json.toByteArray()).isEqualTo(store.transfer().exportAll().getBytes(StandardCharsets.UTF_8));

            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            assertThat(store.transfer().costingCsvOfAll(csv, () -> false)).isEqualTo(manyPlans().size());
            assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo(store.transfer().costingCsvOfAll(() -> false));
        }
    }

    @Test
    void manyPlansExportedAsTheyAreReadAreImportedWholeIntoAnotherStore() throws IOException {
        Path file = dir.resolve("all.json");
        Path encrypted = dir.resolve("all.careplan");
        try (LocalStore store = TestStores.open(dir.resolve("a"))) {
            store.plans().importVersions(manyPlans());
            WholeFile.write(file, out -> store.transfer().exportAll(out, () -> false), () -> false);
            WholeFile.write(encrypted, out -> store.transfer().exportAllEncrypted(out, passphrase(), () -> false),
                    () -> false);
        }
        // The encrypted file opens (its tag checks) to exactly the plain bundle.
        TransferFile.Opened opened = new TransferFile().open(encrypted, passphrase());
        assertThat(opened.isOpened()).isTrue();
        assertThat(opened.content()).isEqualTo(Files.readAllBytes(file));

        for (Path each : List.of(file, encrypted)) {
            try (LocalStore other = TestStores.open(dir.resolve("b-" + each.getFileName()))) {
                ImportReport report = other.transfer().importFile(each, passphrase(), () -> false);
                assertThat(report.problems()).isEmpty();
                assertThat(report.versions()).hasSize(manyPlans().size()).extracting(ImportedVersion::result)
                        .containsOnly(ImportedVersion.Result.ADDED_NEW_PLAN);
                for (Plan plan : manyPlans()) {
                    assertThat(other.plans().latest(plan.id())).contains(plan);
                }
            }
        }
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("all.careplan");
        try (LocalStore store = TestStores.open(dir.resolve("a"))) {
            store.plans().importVersions(manyPlans());
            AtomicInteger asked = new AtomicInteger();
            assertThatThrownBy(() -> WholeFile.write(file, out -> store.transfer().exportAllEncrypted(out,
                    passphrase(), () -> asked.incrementAndGet() > PlanTransfer.EXPORT_BATCH + 1), () -> false))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(file).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }
}
