package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database's guard for "signed is final" looks a save's version up once, not once per child row, and still
 * refuses every change to a sealed version's child rows: also one sealed earlier in the same transaction, after
 * its rows were changed while it was open.
 */
class SealedVersionGuardTest {

    @TempDir
    Path dir;

    private final UUID id = UUID.fromString("6a1d3c2e-0000-4000-8000-00000000a0c5");

    @Test
    void aSaveLooksItsVersionUpOnceNotOncePerChildRow() throws SQLException {
        // StorePlans' draft fills every child table: an outcome, two support lines (each linked to it), a risk.
        Plan draft = StorePlans.draft(id, StorePlans.person("Zo\u00eb", "Testperson", StorePlans.NHS_ZOE));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(draft);
            long before = SealedVersionGuard.LOOKUPS.sum();
            // The next version: its version row, then a row in every child table for it, in one transaction.
            store.plans().saveVersion(draft.nextDraftVersion(StorePlans.CREATED.plusSeconds(60)));
            assertThat(SealedVersionGuard.LOOKUPS.sum() - before).as("look-ups for one save").isEqualTo(1);
        }
        try (Connection c = connection()) {
            assertThat(count(c, "support_line", 2) + count(c, "outcome", 2) + count(c, "risk", 2)
                    + count(c, "support_line_outcome", 2)).as("child rows that save wrote").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aVersionSealedInTheSameTransactionHasItsChildRowsRefusedAfter() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(StorePlans.draft(id, StorePlans.person("Zo\u00eb", "Testperson", StorePlans.NHS_ZOE)));
        }
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            // Open: its rows may change (and the guard now knows this version is open in this transaction).
            assertThat(update(c, "UPDATE support_line SET unit_price_pence = 1 WHERE plan_id = ?")).isEqualTo(2);
            assertThat(update(c, "UPDATE risk SET description = 'changed while open' WHERE plan_id = ?")).isEqualTo(1);
            // Sealed in the same transaction...
            assertThat(update(c, "UPDATE plan_version SET sealed = TRUE WHERE plan_id = ?")).isEqualTo(1);
            // ...and from then on none of its rows may change, be added or be removed.
            assertRefused(c, "UPDATE support_line SET unit_price_pence = 2 WHERE plan_id = ?");
            assertRefused(c, "UPDATE risk SET description = 'changed after sealing' WHERE plan_id = ?");
            assertRefused(c, "DELETE FROM outcome WHERE plan_id = ?");
            assertRefused(c, "INSERT INTO risk (plan_id, version, position, risk_id, description) "
                    + "VALUES (?, 1, 9, 'r9', 'added after sealing')");
            c.commit();
        }
        try (Connection c = connection()) {
            // And in a later transaction too.
            assertRefused(c, "UPDATE support_line SET unit_price_pence = 3 WHERE plan_id = ?");
            assertRefused(c, "DELETE FROM support_line_outcome WHERE plan_id = ?");
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT unit_price_pence FROM support_line WHERE plan_id = ? ORDER BY position")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getLong(1)).as("as it was when sealed").isEqualTo(1);
                }
            }
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir));
    }

    private int update(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            return s.executeUpdate();
        }
    }

    private int count(Connection c, String table, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE plan_id = ? AND version = " + version)) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> update(c, sql)).isInstanceOf(SQLException.class)
                .hasMessageContaining(SealedVersionGuard.REFUSED_MESSAGE);
    }
}
