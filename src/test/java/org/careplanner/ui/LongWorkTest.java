package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.store.DataFolder;
import org.careplanner.store.ImportReport;
import org.careplanner.store.LocalStore;
import org.careplanner.ui.home.FileAsk;
import org.careplanner.ui.home.FileJobs;
import org.careplanner.ui.home.PlanFiles;
import org.careplanner.ui.home.StoreLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Import and export from the File menu run behind a progress window; Cancel really stops them, and a cancelled
 * import stores nothing, not even the plans it had already written inside its transaction.
 */
@ExtendWith(ApplicationExtension.class)
class LongWorkTest {

    @TempDir
    Path dir;

    private LocalStore store;
    private Stage stage;
    private Path bundle;
    private final List<String> summaries = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = LocalStore.open(new DataFolder(dir.resolve("store")), org.careplanner.store.TestStores.defaults());
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        List<Plan> plans = List.of(
                Plan.newDraft(UUID.randomUUID(), Person.named("Ada", "Testperson"), now),
                Plan.newDraft(UUID.randomUUID(), Person.named("Zo\u00eb", "Nguy\u1ec5n"), now),
                Plan.newDraft(UUID.randomUUID(), Person.named("Alex", "Testperson"), now));
        bundle = dir.resolve("three-plans.json");
        Files.writeString(bundle, new PlanFile().writeBundle(plans));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    /** Answers every file question with the given file. */
    private static FileAsk answering(Path file) {
        return new FileAsk() {
            @Override
            public Optional<Path> toOpen(String title, FileChooser.ExtensionFilter kind) {
                return Optional.of(file);
            }

            @Override
            public Optional<Path> toSave(String title, String suggestedName, FileChooser.ExtensionFilter kind) {
                return Optional.of(file);
            }
        };
    }

    private FileJobs jobs(PlanFiles files, Path answer) {
        FileJobs jobs = new FileJobs(files, answering(answer), new Appearance(DisplaySettings.DEFAULT), () -> stage,
                () -> { });
        jobs.summariesTo(summaries::add);
        return jobs;
    }

    @Test
    void aCancelledImportStoresNothing(FxRobot robot) throws Exception {
        StoreLibrary real = new StoreLibrary(store);
        CountDownLatch twoPlansWritten = new CountDownLatch(1);
        // The real import, slowed down: the store asks "cancelled?" once after reading the file and once before each
        // plan. The first three answers are "no" (so two plans are written inside the transaction), then the
        // fourth waits until the broker has pressed Cancel.
        PlanFiles slow = new PlanFilesAdapter(real) {
            @Override
            public ImportReport importFile(Path file, BooleanSupplier cancelled) {
                AtomicInteger asked = new AtomicInteger();
                return real.importFile(file, () -> {
                    if (asked.incrementAndGet() < 4) {
                        return false;
                    }
                    twoPlansWritten.countDown();
                    while (!cancelled.getAsBoolean()) {
                        Thread.onSpinWait();
                    }
                    return true;
                });
            }
        };
        FileJobs jobs = jobs(slow, bundle);
        robot.interact(jobs::importPlans);
        assertThat(twoPlansWritten.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(robot.lookup("#progressBar").tryQuery()).isPresent();
        robot.clickOn("#cancelWork");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());

        assertThat(summaries).containsExactly("Import cancelled. Nothing from the file was stored.");
        assertThat(store.plans().homeList()).isEmpty();
        assertThat(robot.lookup("#progressBar").tryQuery()).isEmpty();
    }

    @Test
    void theFilesFirstBytesAreReadOffTheJavaFxThread(FxRobot robot) throws Exception {
        List<Boolean> onFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();
        PlanFiles watched = new PlanFilesAdapter(new StoreLibrary(store)) {
            @Override
            public boolean isEncrypted(Path file) {
                onFxThread.add(javafx.application.Platform.isFxApplicationThread());
                return super.isEncrypted(file);
            }
        };
        robot.interact(jobs(watched, bundle)::importPlans);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(onFxThread).as("the header was read once, not on the JavaFX thread").containsExactly(false);
        assertThat(summaries).containsExactly("3 plans imported.");
    }

    @Test
    void anImportThatRunsToTheEndSaysWhatItDid(FxRobot robot) throws Exception {
        FileJobs jobs = jobs(new StoreLibrary(store), bundle);
        robot.interact(jobs::importPlans);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly("3 plans imported.");
        assertThat(store.plans().homeList()).hasSize(3);

        // The same file again: each plan is already here.
        summaries.clear();
        robot.interact(jobs::importPlans);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly("3 already on this laptop.");
    }

    @Test
    void aFileWithProblemsIsRefusedWithEachProblemListed(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"careplanner-plan\", \"formatVersion\": 1, \"plan\": {\"version\": 0}}");
        FileJobs jobs = jobs(new StoreLibrary(store), broken);
        robot.interact(jobs::importPlans);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries.get(0)).startsWith("Nothing was imported: the file has ").contains("\n\u2022 ");
        assertThat(store.plans().homeList()).isEmpty();
    }

    @Test
    void exportWritesEveryPlanAndACancelledExportWritesNoFile(FxRobot robot) throws Exception {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        store.plans().saveVersion(Plan.newDraft(UUID.randomUUID(), Person.named("Ada", "Testperson"), now));
        store.plans().saveVersion(Plan.newDraft(UUID.randomUUID(), Person.named("Sam", "Exampleson"), now));
        Path out = dir.resolve("out.json");
        robot.interact(jobs(new StoreLibrary(store), out)::exportPlans);
        choosePlainJson(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly(
                "2 plans exported to out.json. It is NOT encrypted: keep it only where your organisation allows.");
        assertThat(new PlanFile().read(out).plans()).hasSize(2);

        summaries.clear();
        Path cancelled = dir.resolve("cancelled.json");
        CountDownLatch asked = new CountDownLatch(1);
        StoreLibrary real = new StoreLibrary(store);
        PlanFiles waiting = new PlanFilesAdapter(real) {
            @Override
            public int exportAll(Path file, BooleanSupplier isCancelled) {
                return real.exportAll(file, () -> {
                    asked.countDown();
                    while (!isCancelled.getAsBoolean()) {
                        Thread.onSpinWait();
                    }
                    return true;
                });
            }
        };
        robot.interact(jobs(waiting, cancelled)::exportPlans);
        choosePlainJson(robot);
        assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
        robot.clickOn("#cancelWork");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly("Export cancelled. No file was written.");
        assertThat(cancelled).doesNotExist();
    }

    @Test
    void aBackupIsMadeAndACancelledOneLeavesNoFile(FxRobot robot) throws Exception {
        Path zip = dir.resolve("backup.zip");
        robot.interact(jobs(new StoreLibrary(store), zip)::backUp);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly(
                "Backup saved to backup.zip. Keep it somewhere safe, away from this laptop.");
        assertThat(zip).isNotEmptyFile();

        // Cancel pressed while the copy runs: asked before (no) and after (yes) the copy, the file is removed.
        Path cancelled = dir.resolve("cancelled.zip");
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> new StoreLibrary(store).backUp(cancelled, () -> asked.incrementAndGet() > 1))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(asked).hasValue(2);
        assertThat(cancelled).doesNotExist();
    }

    @Test
    void theCostingForFinanceIsWrittenAsCsv(FxRobot robot) throws Exception {
        store.plans().saveVersion(Plan.newDraft(UUID.randomUUID(), Person.named("Ada", "Testperson"),
                Instant.parse("2026-11-25T10:00:00Z")));
        Path csv = dir.resolve("costing.csv");
        robot.interact(jobs(new StoreLibrary(store), csv)::exportCosting);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summaries.isEmpty());
        assertThat(summaries).containsExactly("The costing of 1 plan was written to costing.csv.");
        assertThat(csv).isNotEmptyFile();
    }

    /** In the export dialog (encrypted is the default): plain JSON, then Continue. */
    private static void choosePlainJson(FxRobot robot) {
        robot.clickOn("#exportPlain");
        robot.clickOn("#exportContinue");
    }

    /** Passes everything to the real library; each test overrides the one piece of work it slows down. */
    private static class PlanFilesAdapter implements PlanFiles {
        private final PlanFiles real;

        PlanFilesAdapter(PlanFiles real) {
            this.real = real;
        }

        @Override
        public boolean isEncrypted(Path file) {
            return real.isEncrypted(file);
        }

        @Override
        public ImportReport importFile(Path file, BooleanSupplier cancelled) {
            return real.importFile(file, cancelled);
        }

        @Override
        public int exportAll(Path file, BooleanSupplier cancelled) {
            return real.exportAll(file, cancelled);
        }

        @Override
        public ImportReport importFile(Path file, TransferPassphrase passphrase, BooleanSupplier cancelled) {
            return real.importFile(file, passphrase, cancelled);
        }

        @Override
        public int exportAllEncrypted(Path file, TransferPassphrase passphrase, BooleanSupplier cancelled) {
            return real.exportAllEncrypted(file, passphrase, cancelled);
        }

        @Override
        public int exportCostingCsv(Path file, BooleanSupplier cancelled) {
            return real.exportCostingCsv(file, cancelled);
        }

        @Override
        public void backUp(Path zip, BooleanSupplier cancelled) {
            real.backUp(zip, cancelled);
        }
    }
}
