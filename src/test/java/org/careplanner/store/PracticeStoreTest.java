package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up's practice store (ADR 0030): made of the store's own tables, read by the home list's own query,
 * and gone afterwards, with no file touched and no database left open.
 */
class PracticeStoreTest {

    @TempDir
    Path dir;

    private static final OpenOnceTest.Counting COUNTING = new OpenOnceTest.Counting();

    @AfterEach
    void plainDiskAgain() {
        StoreUrl.fileSystem = "file";
        FilePath.unregister(COUNTING);
    }

    @Test
    void itsHomeListIsWhatTheHomeListReadsFromAStoreHoldingTheSamePlans() throws SQLException {
        LocalDate today = LocalDate.now(TestStores.CLOCK);
        List<PlanSummary> practised = PracticeStore.practise(today, () -> false);
        List<PlanSummary> listed;
        try (LocalStore store = TestStores.open(dir)) {
            // The same made-up rows in a real store (its tables made by Flyway), read as the home screen reads them.
            store.database().write(c -> {
                PracticeStore.addMadeUpPlans(c, today);
                return null;
            });
            listed = store.plans().search(PlanSearch.everything());
        }
        assertThat(practised).hasSize(PracticeStore.PLANS).isEqualTo(listed);
        // Most recently saved first: the last made-up plan was saved last.
        assertThat(practised.get(0).personName()).isEqualTo("Practice " + (PracticeStore.PLANS - 1));
        assertThat(practised.get(PracticeStore.PLANS - 1).personName()).isEqualTo("Practice 0");
    }

    @Test
    void theWarmUpTouchesNoFileAndLeavesNoDatabaseOpen() throws Exception {
        // Any store file H2 opened would go through this; the working folder is looked at before and after.
        FilePath.register(COUNTING);
        StoreUrl.fileSystem = "counting";
        OpenOnceTest.Counting.OPENED.clear();
        List<Path> before = filesIn(Path.of(System.getProperty("user.dir")));

        // No passphrase given during it: every step, the practice store's included.
        LocalStore.warmUp(() -> false);

        assertThat(OpenOnceTest.Counting.OPENED).isEmpty();
        assertThat(filesIn(Path.of(System.getProperty("user.dir")))).isEqualTo(before);
        assertThat(FileUtils.exists(PracticeStore.FOLDER)).isFalse();
        // Not open either: H2 would connect to a database it still had open even with its file gone.
        Properties info = new Properties();
        info.put("user", StoreUrl.USER);
        info.put("password", "x ");
        assertThatThrownBy(() -> DriverManager.getConnection(StoreUrl.inMemory(PracticeStore.FOLDER)
                + ";IFEXISTS=TRUE", info).close())
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1));
    }

    @Test
    void onceAPassphraseIsGivenThePracticeStopsAndLeavesNothing() throws SQLException {
        assertThat(PracticeStore.practise(LocalDate.now(TestStores.CLOCK), () -> true)).isEmpty();
        assertThat(FileUtils.exists(PracticeStore.FOLDER)).isFalse();
    }

    @Test
    void thePracticeStoreIsNeverOnDisk() {
        assertThatThrownBy(() -> StoreUrl.inMemory(dir.toString())).isInstanceOf(IllegalArgumentException.class);
        assertThat(StoreUrl.inMemory(PracticeStore.FOLDER)).startsWith("jdbc:h2:guarded:memFS:/")
                .contains(";CIPHER=AES;WRITE_DELAY=0;");
    }

    private static List<Path> filesIn(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
