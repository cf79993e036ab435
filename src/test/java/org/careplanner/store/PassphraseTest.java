package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.security.KeyDerivation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store is encrypted under a key derived from its passphrase; a wrong one never touches the file. */
class PassphraseTest {

    @TempDir
    Path dir;

    private final Plan zoe = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000e1"),
            StorePlans.person("Zoë", "Testperson", null));
    private final Plan siobhan = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000e2"),
            StorePlans.person("Siobhán", "Ó Súilleabháin", null));

    private static StoreSettings with(String passphrase) {
        return TestStores.settings().withPassphrase(passphrase.toCharArray());
    }

    private LocalStore open(String passphrase) {
        return LocalStore.open(new DataFolder(dir), with(passphrase));
    }

    private String fingerprint(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                + "@" + Files.getLastModifiedTime(file).toMillis();
    }

    @Test
    void aNewStoreRecords600000IterationsAndIsEncrypted() throws Exception {
        // The production path: no test-only iteration count, only the passphrase a person typed.
        StoreSettings production = TestStores.settings().withPassphrase(
                StorePassphrase.NOT_GIVEN.withChars("kettle orange bicycle Tuesday".toCharArray()));
        try (LocalStore store = LocalStore.open(new DataFolder(dir), production)) {
            store.plans().saveVersion(zoe);
        }
        String salt = Files.readString(dir.resolve("careplanner.salt"));
        assertThat(salt).contains("iterations=600000", "algorithm=PBKDF2WithHmacSHA256")
                .doesNotContain("kettle");
        assertThat(StoreSalt.parse(salt).iterations()).isEqualTo(KeyDerivation.ITERATIONS).isEqualTo(600_000);
        assertThat(StoreSalt.parse(salt).salt()).hasSize(16);
        byte[] db = Files.readAllBytes(new DataFolder(dir).databaseFile());
        assertThat(new String(db, 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");
        assertThat(new String(db, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Testperson");
        try (LocalStore again = LocalStore.open(new DataFolder(dir), production)) {
            assertThat(again.plans().latest(zoe.id())).contains(zoe);
        }
    }

    @Test
    void aWrongPassphraseIsToldApartAndNeverTouchesTheFile() throws Exception {
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            store.plans().saveVersion(zoe);
        }
        Path db = new DataFolder(dir).databaseFile();
        Files.setLastModifiedTime(db, FileTime.fromMillis(1_700_000_000_000L));
        String before = fingerprint(db);

        assertThatThrownBy(() -> open("not the passphrase at all"))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("does not open this store").hasMessageContaining("try again");
        assertThat(fingerprint(db)).isEqualTo(before);
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
            assertThat(store.isPassphrase(TestStores.PASSPHRASE.toCharArray())).isTrue();
            assertThat(store.isPassphrase("test kettle orange bicyclE".toCharArray())).isFalse();
        }
    }

    @Test
    void aDamagedFileWithTheRightPassphraseIsCalledDamagedNotWrong() throws Exception {
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            store.plans().saveVersion(zoe);
        }
        Path db = new DataFolder(dir).databaseFile();
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < 4096 && i < bytes.length; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(db, bytes);
        assertThatThrownBy(() -> open(TestStores.PASSPHRASE))
                .isInstanceOf(StoreException.class).isNotInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void aDamagedOrMissingSaltFileSaysSo() throws Exception {
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            store.plans().saveVersion(zoe);
        }
        Path salt = dir.resolve("careplanner.salt");
        Files.writeString(salt, "format=1\nalgorithm=PBKDF2WithHmacSHA256\niterations=banana\n");
        assertThatThrownBy(() -> open(TestStores.PASSPHRASE)).isInstanceOf(StoreException.class)
                .isNotInstanceOf(WrongPassphraseException.class).hasMessageContaining("key file")
                .hasMessageContaining("damaged");
        Files.delete(salt);
        assertThatThrownBy(() -> open(TestStores.PASSPHRASE)).isInstanceOf(StoreException.class)
                .hasMessageContaining("key file").hasMessageContaining("missing");
        assertThat(salt).doesNotExist();
    }

    @Test
    void aNewStoreRefusesAWeakPassphraseAndNeedsOne() {
        assertThatThrownBy(() -> open("short")).isInstanceOf(StoreException.class)
                .hasMessageContaining("at least 10 characters");
        assertThat(dir.resolve("careplanner.salt")).doesNotExist();
        assertThat(new DataFolder(dir).databaseFile()).doesNotExist();
        assertThatThrownBy(() -> LocalStore.open(new DataFolder(dir), StoreSettings.defaults()))
                .isInstanceOf(StoreException.class).hasMessageContaining("needs the store's passphrase");
        assertThat(LocalStore.hasPassphrase(new DataFolder(dir))).isFalse();
    }

    @Test
    void changingThePassphraseKeepsEveryPlanAndOnlyTheNewOneOpens() throws Exception {
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            store.plans().saveVersion(zoe);
            store.changePassphrase(TestStores.PASSPHRASE.toCharArray(), "a brand new passphrase".toCharArray());
            // The open store carries on with the new file.
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
            store.plans().saveVersion(siobhan);
        }
        assertThatThrownBy(() -> open(TestStores.PASSPHRASE)).isInstanceOf(WrongPassphraseException.class);
        try (LocalStore store = open("a brand new passphrase")) {
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
            assertThat(store.plans().latest(siobhan.id())).contains(siobhan);
        }
        assertThat(dir.resolve(StoreEncryption.STAGING)).doesNotExist();
        assertThat(dir.resolve(StoreEncryption.KEPT_ASIDE)).doesNotExist();
    }

    @Test
    void aChangeNeedsTheCurrentPassphraseAndAStrongNewOne() {
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            store.plans().saveVersion(zoe);
            assertThatThrownBy(() -> store.changePassphrase("wrong wrong wrong".toCharArray(),
                    "a brand new passphrase".toCharArray())).isInstanceOf(WrongPassphraseException.class);
            assertThatThrownBy(() -> store.changePassphrase(TestStores.PASSPHRASE.toCharArray(),
                    "short".toCharArray())).hasMessageContaining("at least 10 characters");
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
        }
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
        }
    }

    /** What a crash (power cut, killed process) does: stops everything at once, with no clean-up. */
    static final class SimulatedCrash extends Error {
    }

    @ParameterizedTest
    @EnumSource(StoreEncryption.Step.class)
    void aCrashMidwayLeavesAStoreThatOpensWithAllItsPlans(StoreEncryption.Step crashAt) {
        LocalStore store = open(TestStores.PASSPHRASE);
        store.plans().saveVersion(zoe);
        assertThatThrownBy(() -> store.changePassphrase(TestStores.PASSPHRASE.toCharArray(),
                "a brand new passphrase".toCharArray(), step -> {
                    if (step == crashAt) {
                        throw new SimulatedCrash();
                    }
                })).isInstanceOf(SimulatedCrash.class);
        // The program is gone; the next start puts the change right. Before the new file is in place the change
        // is undone (the old passphrase opens the store); once it is, the change is finished.
        String opens = crashAt == StoreEncryption.Step.NEW_FILE_MOVED_IN ? "a brand new passphrase" : TestStores.PASSPHRASE;
        String refused = crashAt == StoreEncryption.Step.NEW_FILE_MOVED_IN ? TestStores.PASSPHRASE : "a brand new passphrase";
        assertThatThrownBy(() -> open(refused)).isInstanceOf(WrongPassphraseException.class);
        try (LocalStore reopened = open(opens)) {
            assertThat(reopened.plans().latest(zoe.id())).contains(zoe);
        }
        assertThat(dir.resolve(StoreEncryption.STAGING)).doesNotExist();
        assertThat(dir.resolve(StoreEncryption.KEPT_ASIDE)).doesNotExist();
    }

    @Test
    void aStoreFromBeforeEncryptionIsEncryptedWithThePassphraseChosen() throws Exception {
        Flyway.configure().dataSource(StoreUrl.forUnencryptedDatabase(dir.resolve(StoreUrl.DATABASE_NAME)),
                StoreUrl.USER, "").locations(Migrations.LOCATION).load().migrate();
        Path db = new DataFolder(dir).databaseFile();
        assertThat(new String(Files.readAllBytes(db), 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isNotEqualTo("H2encrypt");
        assertThat(LocalStore.hasPassphrase(new DataFolder(dir))).isFalse();

        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            store.plans().saveVersion(zoe);
        }
        assertThat(new String(Files.readAllBytes(db), 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("H2encrypt");
        assertThat(LocalStore.hasPassphrase(new DataFolder(dir))).isTrue();
        try (LocalStore store = open(TestStores.PASSPHRASE)) {
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
        }
    }
}
