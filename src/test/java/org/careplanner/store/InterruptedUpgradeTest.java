package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new CarePlanner bringing an established store (one holding plans) up to its schema (ADR 0035). H2 commits each
 * table as it is made, so an upgrade cut short, or failing part way, leaves a step half done that Flyway can neither
 * undo nor run again: before, that store then failed to open at every start ("could not update the layout", H2
 * 42101) until a backup was restored by hand. No new migration is needed to show it: the store is made as a
 * CarePlanner before migration 6 left it (at version 5, with plans), and migration 6's table made beforehand is the
 * step half done. The files the upgrade keeps are named here as written, so these tests also run against a
 * CarePlanner without the protocol (they fail there).
 */
class InterruptedUpgradeTest {

    private static final String MARKER = "careplanner.upgrading";
    private static final String COPY = "careplanner.before-upgrade.mv.db";

    @TempDir
    Path dir;

    @Test
    void anUpgradeCutShortIsPutBackAndRunAgainWithEveryPlanKept() throws Exception {
        Path folder = dir.resolve("cut-short");
        List<Plan> plans = establishedStoreAtVersion5(folder, 3);
        byte[] before = Files.readAllBytes(store(folder));
        // As a kill during migration 6 leaves it: the copy and mark written first, then the step's table made and
        // the step never recorded.
        Files.write(folder.resolve(COPY), before);
        Files.writeString(folder.resolve(MARKER), "upgrading\n");
        leaveMigration6HalfDone(folder);

        try (LocalStore store = TestStores.open(folder)) {
            assertEveryPlan(store, plans);
            // Migration 6 ran whole this time: the names already stored are found by a part of a word.
            assertThat(store.plans().search(PlanSearch.forText("crashtest"))).hasSize(plans.size());
        }
        assertThat(folder.resolve(MARKER)).doesNotExist();
        assertThat(folder.resolve(COPY)).doesNotExist();
        assertThat(names(folder)).as("the half-updated file, kept aside, never deleted")
                .anyMatch(n -> n.startsWith("careplanner.interrupted-upgrade-") && n.endsWith(".mv.db"));
        assertThat(newestMigration(folder)).isEqualTo(Migrations.NEWEST);
    }

    @Test
    void anUpgradeFailingByItselfPutsTheStoreBackByteForByteAndSaysSo() throws Exception {
        Path folder = dir.resolve("fails");
        List<Plan> plans = establishedStoreAtVersion5(folder, 2);
        // Migration 6 cannot run on this store (its table is there already): it fails by itself, every time.
        leaveMigration6HalfDone(folder);
        byte[] before = Files.readAllBytes(store(folder));
        List<String> filesBefore = names(folder);

        for (int start = 0; start < 2; start++) {
            assertThatThrownBy(() -> TestStores.open(folder))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("could not update the layout of your plans store")
                    .hasMessageContaining("Nothing was lost: the store was put back exactly as it was before the update")
                    .hasMessageContaining("contact support");
            assertThat(Files.readAllBytes(store(folder))).as("start %d", start).isEqualTo(before);
            assertThat(names(folder)).as("nothing left beside it").isEqualTo(filesBefore);
        }
        // Once what stopped the migration is gone, the store put back is brought up to date with every plan.
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            s.execute("DROP TABLE person_name_word");
        }
        try (LocalStore store = TestStores.open(folder)) {
            assertEveryPlan(store, plans);
        }
    }

    @Test
    void notEnoughSpaceForTheCopyRefusesTheUpgradeAndChangesNothing() throws Exception {
        Path folder = dir.resolve("no-space");
        establishedStoreAtVersion5(folder, 1);
        byte[] before = Files.readAllBytes(store(folder));
        List<String> filesBefore = names(folder);
        long storeSize = before.length;
        var disk = StoreUpgrade.usableSpace;
        // Room for the copy, but not for the migration to grow the file as well.
        StoreUpgrade.usableSpace = f -> storeSize + 1_000_000;
        try {
            assertThatThrownBy(() -> TestStores.open(folder))
                    .isInstanceOfSatisfying(StoreNotUpgradedException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreNotUpgradedException.Reason.NOT_ENOUGH_SPACE))
                    .hasMessageContaining("of free disk space")
                    .hasMessageContaining("Nothing was changed and nothing was lost")
                    .hasMessageContaining("Free some space");
        } finally {
            StoreUpgrade.usableSpace = disk;
        }
        assertThat(Files.readAllBytes(store(folder))).isEqualTo(before);
        assertThat(names(folder)).isEqualTo(filesBefore);
        assertThat(newestMigration(folder)).isEqualTo("5");
    }

    @Test
    void aKillWhilePuttingTheCopyBackIsPutRightAtTheNextOpening() throws Exception {
        Path folder = dir.resolve("killed-restoring");
        List<Plan> plans = establishedStoreAtVersion5(folder, 3);
        Files.copy(store(folder), folder.resolve(COPY));
        Files.writeString(folder.resolve(MARKER), "upgrading\n");
        // Killed after the half-updated file was set aside and while the copy was being copied back: no store file,
        // a part of one under its temporary name.
        Files.move(store(folder), folder.resolve("careplanner.interrupted-upgrade-1.mv.db"));
        Files.write(folder.resolve("careplanner.upgrade-copy.tmp"), new byte[] {'H', '2'});

        try (LocalStore store = TestStores.open(folder)) {
            assertEveryPlan(store, plans);
        }
        assertThat(names(folder)).doesNotContain(MARKER, COPY, "careplanner.upgrade-copy.tmp");
        assertThat(newestMigration(folder)).isEqualTo(Migrations.NEWEST);
    }

    @Test
    void aKillRightAfterTheCopyWasPutBackRunsTheUpgradeAgainWithoutSettingTheSameFileAsideTwice() throws Exception {
        Path folder = dir.resolve("killed-restored");
        List<Plan> plans = establishedStoreAtVersion5(folder, 2);
        // Killed after the copy was renamed into place, before the migration ran again: the store is the copy.
        Files.copy(store(folder), folder.resolve(COPY));
        Files.writeString(folder.resolve(MARKER), "upgrading\n");

        try (LocalStore store = TestStores.open(folder)) {
            assertEveryPlan(store, plans);
        }
        assertThat(names(folder)).doesNotContain(MARKER, COPY)
                .noneMatch(n -> n.startsWith("careplanner.interrupted-upgrade-"));
        assertThat(newestMigration(folder)).isEqualTo(Migrations.NEWEST);
    }

    @Test
    void anUpToDateStoreIsOpenedWithoutACopy() throws Exception {
        Path folder = dir.resolve("current");
        try (LocalStore store = TestStores.open(folder)) {
            store.plans().saveVersion(SaveInALoop.plan(SaveInALoop.id(35, 0), 0, 1));
        }
        List<String> filesBefore = names(folder);
        // A disk with no room at all: an up-to-date store needs none, so it is not even asked.
        var disk = StoreUpgrade.usableSpace;
        StoreUpgrade.usableSpace = f -> 0;
        try (LocalStore store = TestStores.open(folder)) {
            assertThat(store.plans().homeList()).hasSize(1);
        } finally {
            StoreUpgrade.usableSpace = disk;
        }
        assertThat(names(folder)).isEqualTo(filesBefore);
    }

    /**
     * A second CarePlanner started on the folder while the first is upgrading it (a slow start on a large store is when
     * a broker clicks the icon again). Before, it took the first one's mark for an upgrade cut short: it renamed the
     * file the first was migrating out from under it, put the copy back and ran its own upgrade, while the first, on
     * finishing, removed the mark and copy the second was relying on: a kill or failure of the second then left a
     * half-updated store with no copy, which never opened again. It is refused as "in use", and changes nothing.
     */
    @Test
    void aSecondCarePlannerStartedDuringAnUpgradeIsRefusedAndChangesNothing() throws Exception {
        Path folder = dir.resolve("second");
        List<Plan> plans = establishedStoreAtVersion5(folder, 2);
        try (ChildJvm first = ChildJvm.start(HoldUpgrade.class, folder.toString())) {
            assertThat(first.nextLine(120, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("HALF");
            List<String> during = names(folder);
            byte[] store = Files.readAllBytes(store(folder));

            assertThatThrownBy(() -> TestStores.open(folder)).isInstanceOf(StoreInUseException.class);
            assertThat(names(folder)).as("nothing renamed, made or removed").isEqualTo(during);
            assertThat(Files.readAllBytes(store(folder))).isEqualTo(store);
            first.kill();
        }
        // The first one killed midway: its upgrade is put back and run again, every plan kept.
        try (LocalStore store = TestStores.open(folder)) {
            assertEveryPlan(store, plans);
        }
        assertThat(newestMigration(folder)).isEqualTo(Migrations.NEWEST);
    }

    /**
     * The mark cannot be removed once the migration has run (on Windows a virus scanner or indexer that has just
     * opened the new file refuses its deletion for a moment; here the mark is made a folder with a file in it). Before,
     * that was only logged and the store opened: the plans saved after it were set aside at the next start, when the
     * mark, still there, had the copy from before the upgrade put back in the store's place. The opening must fail
     * instead, so nothing is saved on top of an upgrade still marked as running.
     */
    @Test
    void aMarkThatCannotBeRemovedNeverLetsLaterSavesBePutBack() throws Exception {
        Path folder = dir.resolve("mark-stays");
        List<Plan> plans = establishedStoreAtVersion5(folder, 2);
        StoreKey key = TestStores.key(folder);
        Path marker = folder.resolve(MARKER);
        Runnable migrationThenMarkHeld = () -> {
            Migrations.apply(folder, key);
            try {
                Files.delete(marker);
                Files.createDirectories(marker.resolve("held"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Plan later = SaveInALoop.plan(SaveInALoop.id(35, 9), 9, 1);
        boolean saidDone;
        try {
            StoreUpgrade.migrate(folder, migrationThenMarkHeld);
            saidDone = true;
        } catch (StoreException e) {
            saidDone = false;
            assertThat(e).isNotInstanceOf(StoreNotUpgradedException.class).hasMessageContaining("Nothing was lost");
        }
        if (saidDone) {
            // Told the upgrade was done, the broker works on.
            try (LocalStore store = TestStores.open(folder)) {
                store.plans().saveVersion(later);
            }
        }
        // The mark can be removed again (the scanner let go of it), as it was left: a file.
        Files.delete(marker.resolve("held"));
        Files.delete(marker);
        Files.writeString(marker, "upgrading\n");

        try (LocalStore store = TestStores.open(folder)) {
            assertEveryPlan(store, saidDone ? java.util.stream.Stream.concat(plans.stream(), Stream.of(later)).toList()
                    : plans);
        }
        assertThat(names(folder)).doesNotContain(MARKER, COPY);
    }

    /** A store with {@code count} plans, as a CarePlanner before migration 6 left it; its folder marked established. */
    static List<Plan> establishedStoreAtVersion5(Path folder, int count) throws Exception {
        List<Plan> plans = new ArrayList<>();
        try (LocalStore store = TestStores.open(folder)) {
            for (int n = 0; n < count; n++) {
                Plan plan = SaveInALoop.plan(SaveInALoop.id(35, n), n, 1);
                store.plans().saveVersion(plan);
                plans.add(plan);
            }
        }
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            s.execute("DROP TABLE person_name_word");
            assertThat(s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'")).isEqualTo(1);
        }
        assertThat(folder.resolve(Database.ESTABLISHED)).exists();
        assertThat(newestMigration(folder)).isEqualTo("5");
        return plans;
    }

    /** Migration 6's first statement done (its table made, committed at once by H2) and the step not recorded. */
    private static void leaveMigration6HalfDone(Path folder) throws Exception {
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person_name_word (person_id UUID NOT NULL, word VARCHAR(200) NOT NULL)");
        }
    }

    static void assertEveryPlan(LocalStore store, List<Plan> plans) {
        for (Plan plan : plans) {
            assertThat(store.plans().latest(plan.id())).contains(plan);
        }
        assertThat(store.plans().homeList()).hasSize(plans.size());
        assertThat(store.audit().verifyChain()).isEmpty();
    }

    static String newestMigration(Path folder) throws Exception {
        try (Connection c = connect(folder); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                     + "WHERE \"success\"")) {
            r.next();
            return r.getString(1);
        }
    }

    private static Connection connect(Path folder) throws Exception {
        return DriverManager.getConnection(StoreUrl.forFolder(folder), StoreUrl.USER, TestStores.password(folder));
    }

    private static Path store(Path folder) {
        return folder.resolve("careplanner.mv.db");
    }

    /** The files in the folder, but the upgrade's lock file, which stays once made (empty: it is only locked). */
    static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(StoreUpgrade.LOCK)).sorted()
                    .toList();
        }
    }
}
