package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.TransferFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An encrypted transfer file imported through the streamed decryption (ADR 0033), changed in one named way each: cut
 * short, given more bytes, one byte flipped in the header GCM authenticates, in the first, a middle, the last full or
 * the partial last block of the content, or in the tag. Each is refused with the one problem for a file that is not
 * as made (or, for the header values the passphrase check covers, a wrong passphrase; for a header cut short, a
 * damaged file), whose message says nothing was imported, and the store's contents are exactly what they were.
 */
class TamperedTransferImportTest {

    @TempDir
    static Path dir;
    private static byte[] good;

    /** Where the header puts them (docs/plan-format.md, counted by hand): the header is 100 bytes. */
    private static final int KDF_AT = 15;
    private static final int ITERATIONS_AT = 33;
    private static final int SALT_AT = 38;
    private static final int NONCE_AT = 55;
    private static final int CHECK_AT = 68;
    private static final int HEADER = 100;
    private static final int TAG = 16;

    @BeforeAll
    static void anExportAndAStoreWithAPlanOfItsOwn() throws IOException {
        List<Plan> plans = StreamedExportTest.manyPlans();
        try (LocalStore source = TestStores.open(dir.resolve("source"))) {
            source.plans().importVersions(plans.subList(0, 3));
            good = source.transfer().exportAllEncrypted(StreamedExportTest.passphrase(), () -> false);
        }
        try (LocalStore store = TestStores.open(dir.resolve("store"))) {
            store.plans().importVersions(plans.subList(3, 4));
        }
        assertThat(good[HEADER - 33]).as("the check value's length byte").isEqualTo((byte) 32);
        assertThat(body() % 16).as("the content ends in a partial block").isNotZero();
        assertThat(body()).as("content of more than three blocks").isGreaterThan(3 * 16);
    }

    private static int body() {
        return good.length - HEADER - TAG;
    }

    private static Arguments flip(String what, String code, java.util.function.IntSupplier at) {
        return Arguments.of(what, code, (UnaryOperator<byte[]>) file -> {
            byte[] copy = file.clone();
            copy[at.getAsInt()] ^= 0x01;
            return copy;
        });
    }

    private static Arguments cut(String what, String code, UnaryOperator<byte[]> change) {
        return Arguments.of(what, code, change);
    }

    static Stream<Arguments> changes() {
        String changed = TransferFile.CHANGED;
        return Stream.of(
                cut("no tag", changed, f -> Arrays.copyOf(f, f.length - TAG)),
                cut("a short tag", changed, f -> Arrays.copyOf(f, f.length - 5)),
                cut("cut in the middle of the content", changed, f -> Arrays.copyOf(f, HEADER + body() / 2)),
                cut("only the header and a tag's length", changed, f -> Arrays.copyOf(f, HEADER + TAG)),
                cut("cut inside the header", TransferFile.DAMAGED, f -> Arrays.copyOf(f, HEADER - 1)),
                cut("one byte appended", changed, f -> Arrays.copyOf(f, f.length + 1)),
                cut("a tag's length appended", changed, f -> Arrays.copyOf(f, f.length + TAG)),
                flip("header: a nonce byte", changed, () -> NONCE_AT + 5),
                flip("header: a salt byte", TransferFile.PASSPHRASE_WRONG, () -> SALT_AT + 3),
                flip("header: the iteration count (low byte)", TransferFile.PASSPHRASE_WRONG, () -> ITERATIONS_AT + 3),
                flip("header: a check byte", TransferFile.PASSPHRASE_WRONG, () -> CHECK_AT + 31),
                flip("header: the key derivation's name", TransferFile.DAMAGED, () -> KDF_AT + 2),
                flip("content: first byte", changed, () -> HEADER),
                flip("content: last byte of the first block", changed, () -> HEADER + 15),
                flip("content: a middle block", changed, () -> HEADER + (body() / 32) * 16 + 7),
                flip("content: the last full block", changed, () -> HEADER + (body() / 16 - 1) * 16 + 9),
                flip("content: the partial last block", changed, () -> HEADER + body() - 1),
                flip("tag: first byte", changed, () -> HEADER + body()),
                flip("tag: last byte", changed, () -> HEADER + body() + TAG - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void isRefusedAndTheStoreIsUnchanged(String what, String code, UnaryOperator<byte[]> change) throws IOException {
        Path file = dir.resolve("changed.careplan");
        Files.write(file, change.apply(good));
        try (LocalStore store = TestStores.open(dir.resolve("store"))) {
            String before = store.contents().digest();

            ImportReport report = store.transfer().importFile(file, StreamedExportTest.passphrase(), () -> false);

            assertThat(report.isImported()).isFalse();
            assertThat(report.versions()).isEmpty();
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(code);
                assertThat(p.message()).contains("Nothing was imported").doesNotContain("Exception", "Nguy", "Zo");
            });
            assertThat(store.contents().digest()).isEqualTo(before);
        }
    }

    /** The file as made imports (so the refusals above are the changes', not the set-up's). */
    @org.junit.jupiter.api.Test
    void theFileAsMadeImports() throws IOException {
        Path file = dir.resolve("good.careplan");
        Files.write(file, good);
        Path copy = dir.resolve("store-copy");
        try (LocalStore store = TestStores.open(copy)) {
            ImportReport report = store.transfer().importFile(file, StreamedExportTest.passphrase(), () -> false);
            assertThat(report.problems()).extracting(Problem::code).isEmpty();
            assertThat(report.versions()).hasSize(3);
        }
    }
}
