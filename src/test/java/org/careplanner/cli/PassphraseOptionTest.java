package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.careplanner.store.StoreSettings;
import org.careplanner.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line takes the store's passphrase from a file or a variable, never as an argument. */
class PassphraseOptionTest {

    /** What the composition root gives the command line: no passphrase (only the test-only iteration count). */
    private static final StoreSettings NONE_GIVEN = TestStores.defaults()
            .withPassphrase(TestStores.defaults().passphrase().withChars(null));

    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void aStoreWithThePassphrase() {
        store = dir.resolve("store");
        // Made with the test passphrase (the test fixture's settings hold it).
        assertThat(CommandRun.of(TestStores.defaults(), "--data-dir", store.toString(), "list").exitCode()).isZero();
    }

    @Test
    void withoutAPassphraseTheCommandSaysHowToGiveOneAndExits2() {
        CommandRun run = CommandRun.of(NONE_GIVEN, "--data-dir", store.toString(), "list");
        assertThat(run.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("needs the store's passphrase", "--passphrase-file", "CAREPLANNER_PASSPHRASE")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aPassphraseFileOpensTheStore() throws Exception {
        Path file = dir.resolve("passphrase.txt");
        Files.writeString(file, TestStores.PASSPHRASE + "\n");
        CommandRun run = CommandRun.of(NONE_GIVEN, "--data-dir", store.toString(), "list",
                "--passphrase-file", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0 plans.");
    }

    @Test
    void theVariableOpensTheStore() {
        CommandRun run = CommandRun.of(NONE_GIVEN, Map.of("CAREPLANNER_PASSPHRASE", TestStores.PASSPHRASE),
                "--data-dir", store.toString(), "list");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aWrongPassphraseOrAMissingFileIsAClearExit2() {
        CommandRun wrong = CommandRun.of(NONE_GIVEN, Map.of("CAREPLANNER_PASSPHRASE", "not the passphrase"),
                "--data-dir", store.toString(), "list");
        assertThat(wrong.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(wrong.err()).contains("does not open this store").doesNotContain("Exception");

        CommandRun missing = CommandRun.of(NONE_GIVEN, "--data-dir", store.toString(), "list",
                "--passphrase-file", dir.resolve("nowhere.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("passphrase file", "cannot be read").doesNotContain("Exception");
    }

    @Test
    void thereIsNoOptionThatTakesThePassphraseItself() {
        CommandRun run = CommandRun.of(NONE_GIVEN, "--data-dir", store.toString(), "list",
                "--passphrase", TestStores.PASSPHRASE);
        assertThat(run.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(run.out() + run.err()).doesNotContain(TestStores.PASSPHRASE);
    }
}
