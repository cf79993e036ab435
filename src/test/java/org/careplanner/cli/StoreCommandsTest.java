package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {

    static final StoreSettings SETTINGS = org.careplanner.store.TestStores.defaults()
            .withClock(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(SETTINGS, args);
    }

    private static final UUID ZOE = UUID.fromString("00000000-0000-4000-8000-0000000000d1");

    private void saveAPlan(Path folder) {
        try (LocalStore store = LocalStore.open(new DataFolder(folder), SETTINGS)) {
            store.plans().saveVersion(Plan.newDraft(ZOE, Person.named("Zoë", "Testperson"),
                    Instant.parse("2026-04-01T09:00:00Z")));
        }
    }

    @Test
    void listShowsThePlansInTheStoreGivenByDataDir() {
        Path store = dir.resolve("store");
        saveAPlan(store);
        CommandRun list = run("--data-dir", store.toString(), "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains(ZOE.toString(), "Zoë Testperson", "DRAFT", "1 plan.");
        assertThat(run("list", "--data-dir", store.toString(), "nobody").out()).contains("0 plans.");
    }

    @Test
    void exportThenImportIntoAnotherStoreThenImportAgain() {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path file = dir.resolve("plans.json");
        saveAPlan(a);

        assertThat(run("--data-dir", a.toString(), "export", "--all", "--out", file.toString()).exitCode()).isZero();
        CommandRun first = run("--data-dir", b.toString(), "import", file.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("added", "0 to review");
        CommandRun again = run("--data-dir", b.toString(), "import", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already in the store, unchanged");

        assertThat(run("--data-dir", b.toString(), "export", ZOE.toString(), "--out",
                dir.resolve("one.json").toString()).exitCode()).isZero();
        CommandRun unknown = run("--data-dir", b.toString(), "export", UUID.randomUUID().toString(), "--out",
                dir.resolve("none.json").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no plan");
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAndNoStackTrace() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"careplanner-plan\", \"formatVersion\": 1, \"plan\": {\"id\": \"x\"}}");
        CommandRun run = run("--data-dir", dir.resolve("store").toString(), "import", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Nothing was imported").contains("$.plan");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void exportWithoutWhatToExportIsBadInput() {
        assertThat(run("--data-dir", dir.toString(), "export", "--out", "x.json").exitCode()).isEqualTo(2);
    }

    @Test
    void backupThenRestoreThroughTheCommandLine() {
        Path store = dir.resolve("store");
        Path zip = dir.resolve("backup.zip");
        saveAPlan(store);
        assertThat(run("--data-dir", store.toString(), "backup", "--out", zip.toString()).exitCode()).isZero();
        CommandRun restore = run("--data-dir", store.toString(), "restore", zip.toString());
        assertThat(restore.exitCode()).isZero();
        assertThat(restore.out()).contains("kept at");
        assertThat(run("--data-dir", store.toString(), "list").out()).contains("Zoë Testperson");

        CommandRun notABackup = run("--data-dir", store.toString(), "restore", dir.resolve("missing.zip").toString());
        assertThat(notABackup.exitCode()).isEqualTo(2);
        assertThat(notABackup.err()).contains("There is no backup file");
    }

    @Test
    void theCostingCsvCanBeExported() throws Exception {
        Path store = dir.resolve("store");
        Path csv = dir.resolve("costs.csv");
        saveAPlan(store);
        assertThat(run("--data-dir", store.toString(), "export", "--all", "--costing-csv", "--out", csv.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(csv)).startsWith("\uFEFFplan_id,version,").endsWith("\r\n");
        assertThat(List.of(Files.readString(csv).split("\r\n"))).hasSize(1); // the draft has no lines yet
    }

    @Test
    void theCatalogueGoesOutAndComesBackAsCsv() throws Exception {
        Path store = dir.resolve("store");
        Path csv = dir.resolve("catalogue.csv");
        CommandRun export = run("--data-dir", store.toString(), "catalogue", "export", "--out", csv.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readString(csv)).contains("code,name,category,unit,unit_price");

        // A price edited in the spreadsheet comes back; one bad row means nothing changes.
        String edited = Files.readString(csv).replaceFirst(",45\\.00,", ",47.50,");
        Files.writeString(csv, edited);
        assertThat(run("--data-dir", store.toString(), "catalogue", "import", csv.toString()).exitCode()).isZero();
        Path again = dir.resolve("again.csv");
        run("--data-dir", store.toString(), "catalogue", "export", "--out", again.toString());
        assertThat(Files.readString(again)).contains(",47.50,");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, edited.replace(",47.50,", ",forty,"));
        CommandRun refused = run("--data-dir", store.toString(), "catalogue", "import", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("Nothing was imported");
        run("--data-dir", store.toString(), "catalogue", "export", "--out", again.toString());
        assertThat(Files.readString(again)).contains(",47.50,").doesNotContain("forty");
    }

    @Test
    void aFileThatCannotBeWrittenOrReadGetsAPlainMessage() throws Exception {
        Path store = dir.resolve("store");
        CommandRun noFolder = run("--data-dir", store.toString(), "export", "--all", "--out",
                dir.resolve("no-such-folder").resolve("plans.json").toString());
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains("There is no such file or folder").doesNotContain("Exception");

        Path notUtf8 = dir.resolve("latin1.csv");
        Files.write(notUtf8, new byte[] {(byte) 0xff, (byte) 0xfe, 'a', ',', (byte) 0xe9});
        CommandRun garbled = run("--data-dir", store.toString(), "catalogue", "import", notUtf8.toString());
        assertThat(garbled.exitCode()).isEqualTo(2);
        assertThat(garbled.err()).contains("not UTF-8").doesNotContain("Exception");
    }
}
