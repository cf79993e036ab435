package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.careplanner.domain.Plan;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's backup runs in the background after the window shows (ADR 0022), so the broker saves while it is made:
 * a save must go through at once, not wait the backup's whole length (37 s on a 5,000-person store), and the backup
 * must still be a whole, consistent store that restores. The backup is held part way through writing its zip by a
 * file system that waits for the test, so "during" is certain, not a matter of timing.
 */
class BackupWhileSavingTest {

    @TempDir
    Path dir;

    private final Plan before = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000d1"),
            StorePlans.person("Zoë", "Testperson", null));
    private final Plan during = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000d2"),
            StorePlans.person("Nguyễn", "Example", null));

    @AfterEach
    void putTheDiskBack() {
        Held.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a save that waited for the held backup would hang: fail instead
    void aSaveDuringABackupGoesThroughAtOnceAndTheBackupStillRestoresAWholeStore() throws Exception {
        Path storeDir = dir.resolve("store");
        Optional<AutomaticBackups.Backup> made;
        try (LocalStore store = TestStores.open(storeDir)) {
            store.plans().saveVersion(before);
            Held.install();
            CompletableFuture<Optional<AutomaticBackups.Backup>> backup = CompletableFuture.supplyAsync(
                    () -> store.automaticBackups().makeIfDue(store));
            assertThat(Held.STARTED.await(2, TimeUnit.MINUTES)).as("the backup began writing").isTrue();

            // The backup is now held mid-copy. The save, the home list and the step record all go through.
            store.plans().saveVersion(during);
            store.plans().rememberStep(during.id(), "PERSON");
            assertThat(store.plans().homeList()).extracting(PlanSummary::planId)
                    .containsExactlyInAnyOrder(before.id(), during.id());
            assertThat(backup).isNotDone();
            assertThat(store.automaticBackups().list()).as("no backup is listed until it is whole").isEmpty();

            Held.RELEASE.countDown();
            made = backup.get(2, TimeUnit.MINUTES);
            assertThat(made).isPresent();
            assertThat(store.plans().latest(during.id())).contains(during);
            assertThat(store.check().problems()).isEmpty();
        }
        // The backup is a whole store, every check passing. H2 copies the file to its end while new saves go to new
        // space, so a save committed during the copy is in the backup whole or not at all, never in part (here it
        // is: it was written before the copy reached the end). Either way it is in the store, and the next backup.
        Path restoredDir = dir.resolve("restored");
        StoreBackup.restore(new DataFolder(restoredDir), made.get().file(), TestStores.settings());
        try (LocalStore restored = TestStores.open(restoredDir)) {
            assertThat(restored.plans().latest(before.id())).contains(before);
            assertThat(restored.plans().latest(during.id())).satisfiesAnyOf(
                    p -> assertThat(p).isEmpty(), p -> assertThat(p).contains(during));
            assertThat(restored.check().problems()).isEmpty();
        }
        try (LocalStore store = TestStores.open(storeDir)) {
            assertThat(store.plans().latest(during.id())).contains(during);
        }
    }

    @Test
    void aBackupCutShortLeavesNothingThatLooksLikeABackup() throws Exception {
        Path storeDir = dir.resolve("store");
        try (LocalStore store = TestStores.open(storeDir)) {
            store.plans().saveVersion(before);
            // The program ended while the backup was being written: what is left is the part, under its own name.
            Files.createDirectories(store.automaticBackups().folder());
            Files.writeString(store.automaticBackups().folder().resolve("careplanner-20260501-095900.zip.partial"),
                    "PK part of a zip");
            assertThat(store.automaticBackups().list()).isEmpty();
            assertThat(store.automaticBackups().due()).isTrue();
            assertThat(store.automaticBackups().makeIfDue(store)).isPresent();
            assertThat(store.automaticBackups().folder()).isDirectoryNotContaining("glob:**.partial");
        }
    }

    @Test
    void aClosedStoreRefusesABackupRatherThanOpeningItsFileAgain() {
        Path storeDir = dir.resolve("store");
        LocalStore store = TestStores.open(storeDir);
        store.close();
        assertThat(store.automaticBackups().make(store)).isEmpty();
        assertThat(store.automaticBackups().list()).isEmpty();
    }

    /** H2's "held:" file system: the disk, but writing a backup's zip waits, after its first bytes, for the test. */
    public static final class Held extends FilePathWrapper {
        static volatile CountDownLatch STARTED = new CountDownLatch(1);
        static volatile CountDownLatch RELEASE = new CountDownLatch(1);
        private static final Held SCHEME = new Held();

        /** H2 makes one for each path it wraps. */
        public Held() {
        }

        static void install() {
            STARTED = new CountDownLatch(1);
            RELEASE = new CountDownLatch(1);
            FilePath.register(SCHEME);
            StoreBackup.backupFileSystem = "held:";
        }

        static void close() {
            RELEASE.countDown();
            StoreBackup.backupFileSystem = "";
            FilePath.unregister(SCHEME);
        }

        @Override
        public String getScheme() {
            return "held";
        }

        @Override
        public OutputStream newOutputStream(boolean append) throws IOException {
            return new FilterOutputStream(getBase().newOutputStream(append)) {
                private boolean waited;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    holdOnce();
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    holdOnce();
                }

                private void holdOnce() throws IOException {
                    if (waited) {
                        return;
                    }
                    waited = true;
                    STARTED.countDown();
                    try {
                        RELEASE.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            };
        }
    }
}
