package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import reads a file twice (ADR 0033): first to check every plan, then to store them in one transaction. A file
 * changed between the two readings (still being copied, or changed by another program) must store nothing: the
 * second reading finds it (a plain file's SHA-256, an encrypted file's tag) and the transaction is rolled back.
 * The change is made at the moment the import asks whether it is cancelled once the first reading is done.
 */
class FileChangedDuringImportTest {

    @TempDir
    Path dir;

    private static final List<Plan> PLANS = StreamedExportTest.manyPlans().subList(0, 3);

    /** Asked once per plan in the first reading, then once before the second: that is when the file is changed. */
    private static BooleanSupplier changingAfterTheFirstReading(Runnable change) {
        AtomicInteger asked = new AtomicInteger();
        return () -> {
            if (asked.incrementAndGet() == PLANS.size() + 1) {
                change.run();
            }
            return false;
        };
    }

    @Test
    void aPlainFileChangedBetweenItsCheckAndItsWritingStoresNothing() throws IOException {
        Path file = dir.resolve("plans.json");
        try (LocalStore source = TestStores.open(dir.resolve("source"))) {
            source.plans().importVersions(PLANS);
            WholeFile.write(file, out -> source.transfer().exportAll(out, () -> false), () -> false);
        }
        try (LocalStore store = TestStores.open(dir.resolve("store"))) {
            String before = store.contents().digest();
            // One more space at the end: still a good file, but not the one that was checked.
            ImportReport report = store.transfer().importFile(file, changingAfterTheFirstReading(() ->
                    write(file, " ".getBytes(), StandardOpenOption.APPEND)));

            assertThat(report.problems()).extracting(Problem::code).containsExactly("file.changed");
            assertThat(store.contents().digest()).isEqualTo(before);
            // Unchanged from then on, the same file imports whole.
            assertThat(store.transfer().importFile(file).versions()).hasSize(PLANS.size());
        }
    }

    @Test
    void anEncryptedFileChangedBetweenItsCheckAndItsWritingStoresNothing() throws IOException {
        Path file = dir.resolve("plans.careplan");
        try (LocalStore source = TestStores.open(dir.resolve("source"))) {
            source.plans().importVersions(PLANS);
            WholeFile.write(file, out -> source.transfer().exportAllEncrypted(out, StreamedExportTest.passphrase(),
                    () -> false), () -> false);
        }
        try (LocalStore store = TestStores.open(dir.resolve("store"))) {
            String before = store.contents().digest();
            // One byte of the encrypted content flipped, near the end: the tag no longer matches.
            ImportReport report = store.transfer().importFile(file, StreamedExportTest.passphrase(),
                    changingAfterTheFirstReading(() -> flipByte(file, 40)));

            assertThat(report.problems()).extracting(Problem::code).containsExactly("file.changed");
            assertThat(store.contents().digest()).isEqualTo(before);
        }
    }

    /**
     * The file replaced between the two readings by one with other content sealed under the same key, nonce and header
     * (only someone who knows the passphrase can make it, and only on purpose: a new export has a new salt and nonce).
     * Its tag matches its own content, so the tag alone passes it; but its plans are not the ones checked (and those
     * never went through the checks: signatures, the rules of an agreed plan), so nothing may be stored.
     */
    @Test
    void anEncryptedFileReplacedBetweenItsCheckAndItsWritingUnderTheSameKeyStoresNothing() throws Exception {
        Path file = dir.resolve("plans.careplan");
        try (LocalStore source = TestStores.open(dir.resolve("source"))) {
            source.plans().importVersions(PLANS);
            WholeFile.write(file, out -> source.transfer().exportAllEncrypted(out, StreamedExportTest.passphrase(),
                    () -> false), () -> false);
        }
        byte[] made = Files.readAllBytes(file);
        int header = 100; // docs/plan-format.md: magic 13, version 1, kdf 19, iterations 4, salt 17, nonce 13, check 33
        byte[] salt = java.util.Arrays.copyOfRange(made, 38, 54);
        byte[] nonce = java.util.Arrays.copyOfRange(made, 55, 67);
        byte[] key = org.careplanner.security.KeyDerivation.hmac(org.careplanner.security.KeyDerivation.derive(
                EncryptedTransferTest.TRANSFER.toCharArray(), salt, TestStores.TEST_ITERATIONS),
                "CarePlanner transfer file encryption key, format 1");
        javax.crypto.spec.SecretKeySpec aes = new javax.crypto.spec.SecretKeySpec(key, "AES");
        javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(javax.crypto.Cipher.DECRYPT_MODE, aes, new javax.crypto.spec.GCMParameterSpec(128, nonce));
        gcm.updateAAD(made, 0, header);
        String json = new String(gcm.doFinal(made, header, made.length - header), java.nio.charset.StandardCharsets.UTF_8);
        String other = json.replaceFirst("Nguy", "Mguy");
        assertThat(other).isNotEqualTo(json);
        gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(javax.crypto.Cipher.ENCRYPT_MODE, aes, new javax.crypto.spec.GCMParameterSpec(128, nonce));
        gcm.updateAAD(made, 0, header);
        java.io.ByteArrayOutputStream replaced = new java.io.ByteArrayOutputStream();
        replaced.write(made, 0, header);
        replaced.write(gcm.doFinal(other.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        try (LocalStore store = TestStores.open(dir.resolve("store"))) {
            String before = store.contents().digest();
            ImportReport report = store.transfer().importFile(file, StreamedExportTest.passphrase(),
                    changingAfterTheFirstReading(() -> write(file, replaced.toByteArray(),
                            StandardOpenOption.TRUNCATE_EXISTING)));

            assertThat(report.problems()).extracting(Problem::code).containsExactly("file.changed");
            assertThat(store.contents().digest()).isEqualTo(before);
            // The replacement on its own is a good file (its tag is right): it imports when it is what is checked.
            assertThat(store.transfer().importFile(file, StreamedExportTest.passphrase(), () -> false).versions())
                    .hasSize(PLANS.size());
        }
    }

    private static void write(Path file, byte[] bytes, StandardOpenOption option) {
        try {
            Files.write(file, bytes, option);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void flipByte(Path file, int fromEnd) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long at = f.length() - fromEnd;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x01);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
