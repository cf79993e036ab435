package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.TransferFile;
import org.careplanner.security.KeyDerivation;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careplanner export --encrypt} and {@code careplanner import} of the encrypted transfer file: the transfer
 * passphrase comes from a file or a variable, never an argument; the file made really uses 600,000 iterations; a
 * missing, weak or wrong passphrase is a plain exit 2 and changes nothing.
 */
class EncryptedExportCommandTest {

    private static final UUID PLAN = UUID.fromString("00000000-0000-4000-8000-0000000000c7");
    private static final String MARKER = "ZZMARKER Jane";
    private static final String TRANSFER = "purple tractor lighthouse Friday";

    @TempDir
    Path dir;

    private Path a;
    private Path b;
    private Path passphraseFile;

    private static CommandRun run(String... args) {
        return CommandRun.of(StoreCommandsTest.SETTINGS, args);
    }

    @BeforeEach
    void aStoreWithAPlanAndAnEmptyOne() throws Exception {
        a = dir.resolve("a");
        b = dir.resolve("b");
        try (LocalStore store = LocalStore.open(new DataFolder(a), StoreCommandsTest.SETTINGS)) {
            store.plans().saveVersion(Plan.newDraft(PLAN, Person.named(MARKER, "Commandline"),
                    Instant.parse("2026-04-01T09:00:00Z")));
        }
        assertThat(run("--data-dir", b.toString(), "list").out()).contains("0 plans.");
        passphraseFile = dir.resolve("transfer-passphrase.txt");
        Files.writeString(passphraseFile, TRANSFER + "\n");
    }

    @Test
    void anEncryptedExportImportsIntoAnotherStoreWithThePassphraseFromTheVariable() throws Exception {
        Path file = dir.resolve("moving.careplan");

        CommandRun export = run("--data-dir", a.toString(), "export", "--all", "--encrypt",
                "--transfer-passphrase-file", passphraseFile.toString(), "--out", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Wrote 1 plan to", "encrypted", "by phone").doesNotContain(TRANSFER);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(TransferFile.isEncrypted(bytes)).isTrue();
        assertThat(TransferFile.iterationsOf(bytes)).as("the program's own count").isEqualTo(KeyDerivation.ITERATIONS)
                .isEqualTo(600_000);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(MARKER,
                "Commandline", PLAN.toString());

        CommandRun imported = CommandRun.of(StoreCommandsTest.SETTINGS,
                Map.of(TransferPassphraseOption.VARIABLE, TRANSFER), "--data-dir", b.toString(), "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("added", "1 version read, 0 to review");
        assertThat(run("--data-dir", b.toString(), "list").out()).contains(PLAN.toString(), MARKER + " Commandline");
    }

    @Test
    void withoutItsPassphraseOrWithAWrongOneTheFileIsRefusedWithExit2AndNothingChanges() throws Exception {
        Path file = dir.resolve("moving.careplan");
        assertThat(run("--data-dir", a.toString(), "export", "--all", "--encrypt", "--transfer-passphrase-file",
                passphraseFile.toString(), "--out", file.toString()).exitCode()).isZero();

        CommandRun none = run("--data-dir", b.toString(), "import", file.toString());
        assertThat(none.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(none.err()).contains("encrypted transfer file", "--transfer-passphrase-file",
                TransferPassphraseOption.VARIABLE, "Nothing was imported").doesNotContain("Exception");

        Path wrongFile = dir.resolve("wrong.txt");
        Files.writeString(wrongFile, "purple tractor lighthouse Friday!\n");
        CommandRun wrong = run("--data-dir", b.toString(), "import", file.toString(),
                "--transfer-passphrase-file", wrongFile.toString());
        assertThat(wrong.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(wrong.err()).contains("Nothing was imported", "That passphrase does not open this file")
                .doesNotContain("Exception", "\tat ", TRANSFER);

        Path changed = dir.resolve("changed.careplan");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(changed, bytes);
        CommandRun damaged = run("--data-dir", b.toString(), "import", changed.toString(),
                "--transfer-passphrase-file", passphraseFile.toString());
        assertThat(damaged.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(damaged.err()).contains("passphrase is right, but the file was changed").doesNotContain("Exception");

        assertThat(run("--data-dir", b.toString(), "list").out()).contains("0 plans.");
    }

    @Test
    void aMissingOrWeakPassphraseWritesNoFile() throws Exception {
        Path file = dir.resolve("moving.careplan");
        CommandRun missing = run("--data-dir", a.toString(), "export", "--all", "--encrypt", "--out", file.toString());
        assertThat(missing.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("needs a transfer passphrase", "--transfer-passphrase-file");

        Path weak = dir.resolve("weak.txt");
        Files.writeString(weak, "short\n");
        CommandRun tooShort = run("--data-dir", a.toString(), "export", "--all", "--encrypt",
                "--transfer-passphrase-file", weak.toString(), "--out", file.toString());
        assertThat(tooShort.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(tooShort.err()).contains("at least 10 characters");

        CommandRun both = run("--data-dir", a.toString(), "export", "--all", "--encrypt", "--costing-csv",
                "--transfer-passphrase-file", passphraseFile.toString(), "--out", file.toString());
        assertThat(both.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        assertThat(file).doesNotExist();
    }

    @Test
    void thePassphraseIsNeverAnArgumentAndAPlainExportSaysItIsNotEncrypted() throws Exception {
        Path file = dir.resolve("plans.json");
        CommandRun asArgument = run("--data-dir", a.toString(), "export", "--all", "--encrypt",
                "--transfer-passphrase", TRANSFER, "--out", file.toString());
        assertThat(asArgument.exitCode()).isEqualTo(CarePlannerCommand.EXIT_BAD_INPUT);
        // picocli names what it did not understand (the person's own words, on their own terminal), and the option there is.
        assertThat(asArgument.err()).contains("Unknown option", "--transfer-passphrase-file");
        // ...but never repeats what was typed after it: there, that is the passphrase.
        assertThat(asArgument.err() + asArgument.out()).doesNotContain(TRANSFER);
        assertThat(file).doesNotExist();

        CommandRun plain = run("--data-dir", a.toString(), "export", "--all", "--out", file.toString());
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("NOT encrypted", "--encrypt");
        assertThat(Files.readString(file)).contains(MARKER);
    }
}
