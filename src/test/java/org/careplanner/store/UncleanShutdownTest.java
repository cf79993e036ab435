package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program killed in the middle of a transaction can leave that transaction's changes in the file, not committed
 * (H2 writes them out at a checkpoint). Opening the file again, H2 must roll them back, which writes to the file,
 * while CarePlanner still holds every write back until it has checked the file holds a store (ADR 0027). Seen in
 * the crash test: a first opening killed during its migrations, then "could not update the layout of its store"
 * (H2 error 50000) at every start after, until the program had tried twice. The file holds a whole store: it is
 * opened, H2 finishes its rollback, and everything committed before is there.
 */
class UncleanShutdownTest {

    @TempDir
    Path dir;

    @Test
    void aStoreLeftWithAnUncommittedTransactionOpensAndKeepsWhatWasSaved() throws Exception {
        Path folder = dir.resolve("store");
        UUID saved = SaveInALoop.id(7, 0);
        Plan plan = SaveInALoop.plan(saved, 0, 1);
        try (LocalStore store = TestStores.open(folder)) {
            store.plans().saveVersion(plan);
        }
        leaveAnUncommittedTransactionInTheFile(folder, "CREATE TABLE scratch(i INT, words VARCHAR)",
                "INSERT INTO scratch SELECT X, REPEAT('made up ', 20) FROM SYSTEM_RANGE(1, 2000)");

        try (LocalStore store = TestStores.open(folder)) {
            assertThat(store.plans().latest(saved)).contains(plan);
            assertThat(store.audit().verifyChain()).isEmpty();
            UUID next = SaveInALoop.id(7, 1);
            store.plans().saveVersion(SaveInALoop.plan(next, 1, 1));
            assertThat(store.plans().latest(next)).isPresent();
        }
    }

    /**
     * The folder the crash test's child left when killed 720 ms into making a new store (kept as found, test
     * passphrase): H2 must write to the file to open it. Before the fix, opening it failed with H2 error 50000
     * ("could not update the layout of its store") on the first try of every program run.
     */
    @Test
    void aFolderLeftByAKillWhileTheStoreWasBeingMadeOpensAsANewStore() throws Exception {
        Path folder = dir.resolve("killed");
        java.nio.file.Files.createDirectories(folder);
        for (String name : new String[] {"careplanner.mv.db", "careplanner.salt"}) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/stores/first-open-killed/" + name)) {
                java.nio.file.Files.copy(in, folder.resolve(name));
            }
        }
        byte[] asLeft = java.nio.file.Files.readAllBytes(folder.resolve("careplanner.mv.db"));

        try (LocalStore store = TestStores.open(folder)) {
            assertThat(store.plans().homeList()).isEmpty();
            UUID next = SaveInALoop.id(6, 0);
            store.plans().saveVersion(SaveInALoop.plan(next, 0, 1));
            assertThat(store.plans().latest(next)).isPresent();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("careplanner.interrupted-"))
                    .findFirst().orElseThrow();
            assertThat(java.nio.file.Files.readAllBytes(aside)).as("set aside as it was left").isEqualTo(asLeft);
        }
    }

    @Test
    void aFirstOpeningKilledDuringItsMigrationsIsMigratedWhenOpenedAgain() throws Exception {
        Path folder = dir.resolve("new");
        try (LocalStore store = TestStores.open(folder)) {
            assertThat(store.plans().homeList()).isEmpty();
        }
        // As a kill during the first opening's last migration leaves it: that step's table made but the step not
        // recorded, a transaction left open, and the folder not yet marked as holding a store opened whole.
        java.nio.file.Files.delete(folder.resolve(Database.ESTABLISHED));
        leaveAnUncommittedTransactionInTheFile(folder,
                "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.NEWEST + "'",
                "CREATE TABLE scratch(i INT, words VARCHAR)",
                "INSERT INTO scratch SELECT X, REPEAT('made up ', 20) FROM SYSTEM_RANGE(1, 2000)");

        try (LocalStore store = TestStores.open(folder)) {
            UUID next = SaveInALoop.id(8, 0);
            store.plans().saveVersion(SaveInALoop.plan(next, 0, 1));
            assertThat(store.plans().latest(next)).isPresent();
        }
        // The half-made file is kept beside it, never deleted.
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("careplanner.interrupted-") && n.endsWith(".mv.db"));
        }
    }

    @Test
    void aStoreHoldingAPlanIsNeverSetAsideWhenItsMigrationFails() throws Exception {
        Path folder = dir.resolve("held");
        UUID saved = SaveInALoop.id(9, 0);
        try (LocalStore store = TestStores.open(folder)) {
            store.plans().saveVersion(SaveInALoop.plan(saved, 0, 1));
        }
        // Even without the folder's mark (a folder that could not keep it), a store with a plan in it is not new.
        java.nio.file.Files.delete(folder.resolve(Database.ESTABLISHED));
        leaveAnUncommittedTransactionInTheFile(folder,
                "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.NEWEST + "'",
                "CREATE TABLE scratch(i INT, words VARCHAR)",
                "INSERT INTO scratch SELECT X, REPEAT('made up ', 20) FROM SYSTEM_RANGE(1, 2000)");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestStores.open(folder))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not update the layout");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("careplanner.interrupted-"));
        }
    }

    /**
     * Runs {@code committed} (committed), then the last statement in a transaction left open, writes it out with a
     * checkpoint from a second connection, and shuts the file as a crash would.
     */
    private static void leaveAnUncommittedTransactionInTheFile(Path folder, String... sql) throws Exception {
        String url = StoreUrl.forFolder(folder);
        String password = TestStores.password(folder);
        try (Connection open = DriverManager.getConnection(url, StoreUrl.USER, password);
             Connection other = DriverManager.getConnection(url, StoreUrl.USER, password);
             Statement s = open.createStatement();
             Statement t = other.createStatement()) {
            for (int i = 0; i < sql.length - 1; i++) {
                s.execute(sql[i]);
            }
            open.setAutoCommit(false);
            s.execute(sql[sql.length - 1]);
            t.execute("CHECKPOINT SYNC");
            t.execute("SHUTDOWN IMMEDIATELY");
        } catch (java.sql.SQLException closedByTheShutdown) {
            // closing the connections of a database shut immediately
        }
    }
}
