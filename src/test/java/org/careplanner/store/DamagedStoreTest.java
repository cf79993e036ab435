package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import org.careplanner.cli.CarePlannerCommand;
import org.careplanner.domain.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A store file with bytes overwritten: opening says it is damaged (and changes nothing), and the latest automatic
 * backup is put back, with the damaged file kept aside under a clear name. Through the command line too.
 */
class DamagedStoreTest {

    @TempDir
    Path dir;

    private final Plan zoe = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000e1"),
            StorePlans.person("Zoë", "Testperson", null));
    private final Plan obrien = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000e2"),
            StorePlans.person("Siobhán", "O'Brien", null));

    /** A store with two plans and an automatic backup of it, then closed. */
    private void storeWithABackup() {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(zoe);
            store.plans().saveVersion(obrien);
            assertThat(store.automaticBackups().make(store)).isPresent();
        }
    }

    /**
     * H2 keeps two copies of its file header (at 0 and 4096) and finds its records from them: overwriting both
     * gives H2's "file corrupted"; overwriting everything after them leaves no record H2 can find, which H2 alone
     * would open as a new, empty store.
     */
    private static void overwrite(Path file, long from, long length) throws IOException {
        long end = length < 0 ? Files.size(file) : from + length;
        byte[] junk = new byte[(int) (end - from)];
        Arrays.fill(junk, (byte) 0x5A);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(junk), from);
        }
    }

    @ParameterizedTest(name = "bytes overwritten from {0}")
    @ValueSource(strings = {"headers", "records"})
    void aDamagedFileIsSaidToBeDamagedLeftAsItWasAndTheLatestBackupPutBack(String where) throws Exception {
        storeWithABackup();
        Path file = new DataFolder(dir).databaseFile();
        if (where.equals("headers")) {
            overwrite(file, 0, 8192);
        } else {
            overwrite(file, 8192, -1);
        }
        byte[] damaged = Files.readAllBytes(file);

        assertThatThrownBy(() -> TestStores.open(dir))
                .isInstanceOf(StoreDamagedException.class)
                .hasMessageStartingWith("The plans store in " + dir + " is damaged: part of its file has been "
                        + "overwritten, so CarePlanner cannot read it. CarePlanner has not changed it.")
                .hasMessageContaining("The latest automatic backup is from ")
                .hasMessageContaining("careplanner restore --latest")
                .satisfies(e -> assertThat(((StoreDamagedException) e).latestBackup()).isPresent());
        assertThat(Files.readAllBytes(file)).as("opening did not write to the damaged file").isEqualTo(damaged);

        StoreBackup.Restored restored = StoreBackup.restoreLatest(new DataFolder(dir), TestStores.settings());

        assertThat(restored.kept()).hasFileName("careplanner.damaged-20260501-100000.mv.db");
        assertThat(Files.readAllBytes(restored.kept())).isEqualTo(damaged);
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
            assertThat(store.plans().latest(obrien.id())).contains(obrien);
        }
    }

    @Test
    void theCommandLineSaysTheStoreIsDamagedAndRestoresTheLatestBackup() throws Exception {
        storeWithABackup();
        overwrite(new DataFolder(dir).databaseFile(), 0, 8192);

        Run list = run("--data-dir", dir.toString(), "list");
        assertThat(list.code).isEqualTo(CarePlannerCommand.EXIT_PROBLEM);
        assertThat(list.err).startsWith("The plans store in " + dir + " is damaged")
                .contains("careplanner restore --latest").doesNotContain("Exception", "\tat ");

        Run restore = run("--data-dir", dir.toString(), "restore", "--latest");
        assertThat(restore.code).isZero();
        assertThat(restore.out).startsWith("Restored the store in " + dir + " from the automatic backup of ")
                .contains("careplanner.damaged-20260501-100000.mv.db");

        Run again = run("--data-dir", dir.toString(), "list");
        assertThat(again.code).isZero();
        assertThat(again.out).contains("Testperson", "O'Brien");
    }

    @Test
    void withNoBackupTheMessageSaysSoAndRestoreLatestChangesNothing() throws Exception {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(zoe);
        }
        Path file = new DataFolder(dir).databaseFile();
        overwrite(file, 0, 8192);
        assertThatThrownBy(() -> TestStores.open(dir)).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("There is no automatic backup in " + dir.resolve("backups"));
        byte[] damaged = Files.readAllBytes(file);

        Run restore = run("--data-dir", dir.toString(), "restore", "--latest");
        assertThat(restore.code).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(restore.err).startsWith("There is no automatic backup in");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = CarePlannerCommand.commandLine(new CarePlannerCommand(folder -> { }, TestStores.settings()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }
}
