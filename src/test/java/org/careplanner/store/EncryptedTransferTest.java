package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.TransferFile;
import org.careplanner.exchange.TransferPassphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted transfer file (docs/decisions/0017): plans moved between two stores through it arrive equal; the
 * file holds no plan text in the clear; a wrong passphrase, a missing one and a file with any one byte changed are
 * each refused with a plain message, and the receiving store keeps exactly the rows it had.
 */
class EncryptedTransferTest {

    /** The transfer passphrase the "other broker" is told by phone (made up, meets the rule). */
    static final String TRANSFER = "purple tractor lighthouse Friday";
    private static final UUID MARKED = UUID.fromString("00000000-0000-4000-8000-0000000000e1");
    private static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-0000000000e2");
    private static final UUID ALREADY_THERE = UUID.fromString("00000000-0000-4000-8000-0000000000e3");

    @TempDir
    Path dir;

    private static TransferPassphrase passphrase(String text) {
        return TransferPassphrase.weakForTestsOnly(text.toCharArray(), TestStores.TEST_ITERATIONS);
    }

    /** Store "a" with two plans, one for the marker person; returns the encrypted export of every plan. */
    private Path exportFromA() throws Exception {
        Path file = dir.resolve("moving.careplan");
        try (LocalStore a = TestStores.open(dir.resolve("a"))) {
            a.plans().saveVersion(StorePlans.draft(MARKED, StorePlans.person(LeakTest.MARKER, "Transferperson",
                    StorePlans.NHS_ZOE)));
            a.plans().saveVersion(StorePlans.draft(OTHER, StorePlans.person("Thị Hoa", "Nguyễn Example", null)));
            Files.write(file, a.transfer().exportAllEncrypted(passphrase(TRANSFER), () -> false));
        }
        return file;
    }

    /** Store "b", already holding a plan of its own, so "unchanged" means something. */
    private Path storeB() {
        Path b = dir.resolve("b");
        try (LocalStore store = TestStores.open(b)) {
            store.plans().saveVersion(StorePlans.draft(ALREADY_THERE, StorePlans.person("Zoë", "Testperson", null)));
        }
        return b;
    }

    private static ImportReport importInto(Path store, Path file, TransferPassphrase passphrase) {
        try (LocalStore s = TestStores.open(store)) {
            return s.transfer().importFile(file, passphrase, () -> false);
        }
    }

    @Test
    void plansExportedEncryptedArriveInAnotherStoreEqual() throws Exception {
        Path file = exportFromA();
        Path b = storeB();

        ImportReport report = importInto(b, file, passphrase(TRANSFER));

        assertThat(report.problems()).isEmpty();
        assertThat(report.versions()).extracting(ImportedVersion::result)
                .containsOnly(ImportedVersion.Result.ADDED_NEW_PLAN).hasSize(2);
        try (LocalStore a = TestStores.open(dir.resolve("a")); LocalStore store = TestStores.open(b)) {
            for (UUID id : List.of(MARKED, OTHER)) {
                Plan sent = a.plans().latest(id).orElseThrow();
                assertThat(store.plans().latest(id)).contains(sent);
            }
            assertThat(store.plans().latest(ALREADY_THERE)).isPresent();
            // The same JSON inside as the plain export: the format is the plan file's, not a second one.
            assertThat(store.transfer().exportPlans(List.of(MARKED, OTHER)))
                    .isEqualTo(a.transfer().exportPlans(List.of(MARKED, OTHER)));
        }
    }

    @Test
    void theFileHoldsNoNameNoPlanTextAndNoJsonInTheClear() throws Exception {
        byte[] bytes = Files.readAllBytes(exportFromA());

        assertThat(LeakTest.holdsMarker(bytes)).as("the marker name").isFalse();
        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("Transferperson", "Nguy", "walk to the shop", "Help to get up",
                StorePlans.NHS_ZOE, "careplanner-bundle", "formatVersion", "\"plans\"");
        assertThat(TransferFile.isEncrypted(bytes)).isTrue();
        assertThat(TransferFile.iterationsOf(bytes)).isEqualTo(TestStores.TEST_ITERATIONS);
    }

    @Test
    void theSamePlansAndPassphraseNeverGiveTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(exportFromA());
        byte[] second;
        try (LocalStore a = TestStores.open(dir.resolve("a"))) {
            second = a.transfer().exportAllEncrypted(passphrase(TRANSFER), () -> false);
        }
        assertThat(second).hasSameSizeAs(first).isNotEqualTo(first);
    }

    @Test
    void aWrongPassphraseIsRefusedAndTheStoreIsUnchangedThenTheRightOneWorks() throws Exception {
        Path file = exportFromA();
        Path b = storeB();
        Map<String, Integer> before = PlanTransferTest.rowCounts(b);

        ImportReport wrong = importInto(b, file, passphrase("purple tractor lighthouse friday"));

        assertThat(wrong.isImported()).isFalse();
        assertThat(wrong.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TransferFile.PASSPHRASE_WRONG);
            assertThat(p.message()).startsWith("That passphrase does not open this file.")
                    .doesNotContain("Exception", "\tat ", TRANSFER);
        });
        assertThat(PlanTransferTest.rowCounts(b)).isEqualTo(before);

        assertThat(importInto(b, file, passphrase(TRANSFER)).isImported()).isTrue();
        assertThat(PlanTransferTest.rowCounts(b).get("plan")).isEqualTo(before.get("plan") + 2);
    }

    @Test
    void anEncryptedFileWithoutItsPassphraseIsRefusedWhateverItsName() throws Exception {
        Path named = dir.resolve("looks-like-plans.json");
        Files.move(exportFromA(), named);
        Path b = storeB();
        Map<String, Integer> before = PlanTransferTest.rowCounts(b);

        ImportReport report;
        try (LocalStore store = TestStores.open(b)) {
            report = store.transfer().importFile(named);
        }

        assertThat(report.problems()).extracting(Problem::code).containsExactly(TransferFile.PASSPHRASE_NEEDED);
        assertThat(PlanTransferTest.rowCounts(b)).isEqualTo(before);
        // And with its passphrase it imports, though it is called .json.
        assertThat(importInto(b, named, passphrase(TRANSFER)).isImported()).isTrue();
    }

    @Test
    void aPlainPlanFileNamedCareplanIsReadAsThePlainFileItIs() throws Exception {
        Path plain = dir.resolve("plain.careplan");
        try (LocalStore a = TestStores.open(dir.resolve("a"))) {
            a.plans().saveVersion(StorePlans.draft(OTHER, StorePlans.person("Sam", "Exampleson", null)));
            Files.writeString(plain, a.transfer().exportAll());
        }
        assertThat(importInto(storeB(), plain, passphrase(TRANSFER)).isImported()).isTrue();
    }

    /**
     * One byte changed (every bit flipped) at every header position and at positions spread through the encrypted
     * body, including the last (the tag): each file is refused, and the store keeps exactly its rows.
     */
    @Test
    void anyOneChangedByteIsRefusedAndTheStoreIsUnchanged() throws Exception {
        byte[] good = Files.readAllBytes(exportFromA());
        Path b = storeB();
        Map<String, Integer> before = PlanTransferTest.rowCounts(b);
        int headerLength = headerLength(good);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < headerLength; i++) {
            positions.add(i);
        }
        int body = good.length - headerLength;
        for (int k = 0; k < 40; k++) {
            positions.add(headerLength + (int) ((long) body * k / 40));
        }
        for (int i = good.length - 16; i < good.length; i++) {
            positions.add(i);
        }

        Path damaged = dir.resolve("damaged.careplan");
        List<String> refusedAs = new ArrayList<>();
        try (LocalStore store = TestStores.open(b)) {
            for (int position : positions) {
                byte[] copy = good.clone();
                copy[position] ^= (byte) 0xFF;
                Files.write(damaged, copy);
                ImportReport report = store.transfer().importFile(damaged, passphrase(TRANSFER), () -> false);
                assertThat(report.isImported()).as("byte %d of %d changed", position, good.length).isFalse();
                assertThat(report.problems()).as("byte %d", position).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.message()).doesNotContain("Exception", "\tat "));
                refusedAs.add(report.problems().get(0).code());
                if (position >= headerLength) {
                    assertThat(report.problems().get(0).code()).as("body byte %d", position)
                            .isEqualTo(TransferFile.CHANGED);
                }
            }
            // Cut short, too.
            Files.write(damaged, java.util.Arrays.copyOf(good, good.length - 1));
            assertThat(store.transfer().importFile(damaged, passphrase(TRANSFER), () -> false).problems())
                    .extracting(Problem::code).containsExactly(TransferFile.CHANGED);
            Files.write(damaged, java.util.Arrays.copyOf(good, headerLength));
            assertThat(store.transfer().importFile(damaged, passphrase(TRANSFER), () -> false).problems())
                    .extracting(Problem::code).containsExactly(TransferFile.DAMAGED);
        }
        assertThat(refusedAs).as("every kind of refusal seen").contains(TransferFile.CHANGED, TransferFile.DAMAGED,
                TransferFile.PASSPHRASE_WRONG, TransferFile.NEWER_FORMAT);
        assertThat(Set.copyOf(refusedAs)).as("and a changed first byte makes it a plain file that is not JSON").hasSizeGreaterThan(4);
        assertThat(PlanTransferTest.rowCounts(b)).isEqualTo(before);
    }

    /** The header's length, from the format in docs/plan-format.md (counted by hand, not by the reader). */
    private static int headerLength(byte[] file) {
        int magic = 13;
        int version = 1;
        int kdf = 1 + "PBKDF2-HMAC-SHA256".length();
        int iterations = 4;
        int salt = 1 + 16;
        int nonce = 1 + 12;
        int check = 1 + 32;
        int length = magic + version + kdf + iterations + salt + nonce + check;
        assertThat(file[length - check]).as("the check value's length byte").isEqualTo((byte) 32);
        return length;
    }

    @Test
    void aPassphraseTooWeakForTheRuleMakesNoFile() {
        try (LocalStore a = TestStores.open(dir.resolve("a"))) {
            assertThatThrownBy(() -> a.transfer().exportAllEncrypted(passphrase("short"), () -> false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10 characters");
        }
    }
}
