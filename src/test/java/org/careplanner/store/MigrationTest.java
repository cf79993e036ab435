package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made by an older CarePlanner is brought up to date when the app opens it. */
class MigrationTest {

    @TempDir
    Path dir;

    private int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aStoreAtVersion1IsMigratedWhenTheAppOpensIt() throws SQLException {
        new DataFolder(dir).createIfMissing();
        Migrations.configuration(StoreUrl.forFolder(dir), TestStores.key(dir)).target("1").load().migrate();
        assertThat(count("SELECT COUNT(*) FROM service")).isZero();
        assertThat(count("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")).isEqualTo(1);

        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.catalogue().entries()).isNotEmpty();
        }
        var migrations = Migrations.configuration(StoreUrl.forFolder(dir), TestStores.key(dir)).load().info().all();
        int latest = Integer.parseInt(migrations[migrations.length - 1].getVersion().getVersion());
        assertThat(latest).isGreaterThan(1);
        assertThat(count("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\""))
                .isEqualTo(latest);
    }

    @Test
    void aStoreFromANewerCarePlannerIsRefusedUnchanged() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().homeList()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, TRUE)");
        }
        assertThatThrownBy(() -> TestStores.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of CarePlanner");
    }

    @Test
    void theNewestMigrationNamedInTheCodeIsTheNewestFlywayFinds() {
        // An up-to-date store is opened without Flyway by comparing its history with Migrations.NEWEST: a new
        // migration must raise that number too, or stores would never be brought up to it.
        new DataFolder(dir).createIfMissing();
        var all = Migrations.configuration(StoreUrl.forFolder(dir), TestStores.key(dir)).load().info().all();
        assertThat(all[all.length - 1].getVersion().getVersion()).isEqualTo(Migrations.NEWEST);
    }

    @Test
    void anUpToDateStoreIsOpenedWithoutFlywayAndAnOlderOneWithIt() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.catalogue().entries()).isNotEmpty();
        }
        var current = Database.checkReadable(dir, TestStores.key(dir));
        assertThat(current).isPresent();
        assertThat(current.get().newest()).hasValue(Migrations.NEWEST);
        assertThat(Migrations.applyIfNeeded(dir, TestStores.key(dir), current)).isFalse();

        // Migration 6 forgotten (as an older CarePlanner left the store): Flyway runs and puts it back.
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE person_name_word");
            s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
        }
        var older = Database.checkReadable(dir, TestStores.key(dir));
        assertThat(older.get().newest()).hasValue("5");
        assertThat(Migrations.applyIfNeeded(dir, TestStores.key(dir), older)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM person_name_word")).isZero();
        assertThat(Database.checkReadable(dir, TestStores.key(dir)).get().newest()).hasValue(Migrations.NEWEST);
    }

    @Test
    void aStoreWhoseLastMigrationFailedGoesThroughFlywayEvenAtTheNewestVersion() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().homeList()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '6'");
        }
        var failed = Database.checkReadable(dir, TestStores.key(dir));
        assertThat(failed.get().anyFailed()).isTrue();
        // Flyway, not the short cut, judges it: a failed migration stops the store opening, with a message.
        assertThatThrownBy(() -> Migrations.applyIfNeeded(dir, TestStores.key(dir), failed))
                .isInstanceOf(StoreException.class).hasMessageContaining("could not update the layout");
    }

    @Test
    void aStoreFromANewerCarePlannerIsRefusedBeforeFlywayIsAsked() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().homeList()).isEmpty();
        }
        int rows = count("SELECT COUNT(*) FROM \"flyway_schema_history\"");
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '10', 'from the future', 'SQL', 'V10__future.sql', 0, 'test', 0, TRUE)");
        }
        var newer = Database.checkReadable(dir, TestStores.key(dir));
        // "10" is newer than "6" as a number, though not as text.
        assertThat(newer.get().newest()).hasValue("10");
        assertThatThrownBy(() -> Migrations.applyIfNeeded(dir, TestStores.key(dir), newer))
                .isInstanceOf(StoreException.class).hasMessageContaining("newer version of CarePlanner")
                .hasMessageContaining("will not change it");
        // Unchanged: the history as it was, with the row from the future.
        assertThat(count("SELECT COUNT(*) FROM \"flyway_schema_history\"")).isEqualTo(rows + 1);
    }

    @Test
    void migration6IndexesTheNamesAlreadyStoredSoTheyAreFoundByAnyPartOfAWord() throws SQLException {
        java.util.UUID id = java.util.UUID.fromString("00000000-0000-4000-8000-0000000000b6");
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(StorePlans.draft(id, StorePlans.person("Siobhán", "O'Brien-Nguyễn", null)));
        }
        // The store as a CarePlanner before migration 6 left it: the person and plan stored, no words table.
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE person_name_word");
            assertThat(s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'")).isEqualTo(1);
        }
        try (LocalStore store = TestStores.open(dir)) {
            for (String typed : java.util.List.of("siob", "bhan", "o'brien", "brien", "nguyen", "SIOBHAN NGU")) {
                assertThat(store.plans().search(PlanSearch.forText(typed))).as(typed)
                        .extracting(PlanSummary::planId).containsExactly(id);
            }
        }
        // "siobhan o'brien-nguyen": the 7 endings of "siobhan" and the 14 of "o'brien-nguyen", "n" in both lists
        // counted once; the empty preferred name adds none.
        assertThat(count("SELECT COUNT(*) FROM person_name_word")).isEqualTo(20);
    }
}
