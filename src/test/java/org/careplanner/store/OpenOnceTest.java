package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careplanner.domain.Plan;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store file is opened once at a start (ADR 0027), checked on that connection before H2 may write to it: a
 * current store is used as opened, and a store from a newer CarePlanner is refused with the same message and left
 * byte for byte as it was.
 */
class OpenOnceTest {

    @TempDir
    Path dir;

    /** H2's disk, counting each time a file is opened. */
    public static final class Counting extends FilePathWrapper {
        static final List<String> OPENED = new CopyOnWriteArrayList<>();

        @Override
        public String getScheme() {
            return "counting";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            OPENED.add(getBase().getName());
            return getBase().open(mode);
        }
    }

    private static final Counting COUNTING = new Counting();

    @AfterEach
    void plainDiskAgain() {
        StoreUrl.fileSystem = "file";
        FilePath.unregister(COUNTING);
    }

    private void countOpens() {
        FilePath.register(COUNTING);
        StoreUrl.fileSystem = "counting";
        Counting.OPENED.clear();
    }

    private long storeFileOpens() {
        return Counting.OPENED.stream().filter(n -> n.endsWith("careplanner.mv.db")).count();
    }

    @Test
    void aCurrentStoreFileIsOpenedOnceAndItsPlansAreThere() {
        Plan zoe = StorePlans.draft(UUID.randomUUID(), StorePlans.person("Zo\u00eb", "Testperson", null));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(zoe);
        }
        countOpens();

        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
            // Saving goes through the same connection once the check has let writes through.
            store.plans().saveVersion(zoe.edit().status(org.careplanner.domain.PlanStatus.AGREED).done());
            assertThat(storeFileOpens()).isEqualTo(1);
        }
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().latest(zoe.id()).orElseThrow().status())
                    .isEqualTo(org.careplanner.domain.PlanStatus.AGREED);
        }
    }

    @Test
    void aStoreFromANewerCarePlannerIsRefusedWithTheSameMessageAndNotWrittenTo() throws Exception {
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().homeList()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '10', 'from the future', 'SQL', 'V10__future.sql', 0, 'test', 0, TRUE)");
        }
        Path file = new DataFolder(dir).databaseFile();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> TestStores.open(dir)).isInstanceOf(StoreException.class)
                .hasMessage("The store in " + dir + " was made by a newer version of CarePlanner. Install that "
                        + "version (or newer) to open it; this one will not change it.");
        assertThat(Files.readAllBytes(file)).as("the newer store's file, byte for byte").isEqualTo(before);
        // And it opens again in this program (nothing of the refused opening is left holding the file).
        assertThat(Database.checkReadable(dir, TestStores.key(dir)).orElseThrow().newest()).hasValue("10");
    }

    @Test
    void theDatabaseStaysUsableWhenACheckRunsBesideAnOpenStore() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(Database.checkReadable(dir, TestStores.key(dir)).orElseThrow().newest())
                    .hasValue(Migrations.NEWEST);
            // The check's connection was closed without shutting the database under the store.
            assertThat(store.plans().homeList()).isEmpty();
        }
    }
}
