package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log is append-only and hash-chained (ADR 0010): the database refuses to change or delete a row, and
 * a change made around that refusal (the trigger dropped, as anyone with a SQL tool and the passphrase could)
 * is found at the first broken row.
 */
class AuditChainTest {

    static final UUID ZOE = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

    @TempDir
    Path dir;

    /** Four audit rows: created, agreed, signed, then the next draft. */
    private void fill() {
        try (LocalStore store = TestStores.open(dir)) {
            Plan zoe = StorePlans.draft(ZOE, StorePlans.person("Zoë", "Testperson", StorePlans.NHS_ZOE));
            store.plans().saveVersion(zoe);
            store.plans().saveVersion(zoe.withStatus(PlanStatus.AGREED));
            Plan signed = StorePlans.signed(zoe.withStatus(PlanStatus.AGREED));
            store.plans().saveVersion(signed);
            store.plans().saveVersion(signed.nextDraftVersion(Instant.parse("2026-04-25T08:00:00Z")));
        }
    }

    /** Plain JDBC on the closed store: what a SQL tool outside CarePlanner does. */
    private void outside(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, StoreUrl.password());
             Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static final String DROP_GUARD = "DROP TRIGGER audit_event_append_only";

    private java.util.Optional<String> verify() {
        try (LocalStore store = TestStores.open(dir)) {
            return store.audit().verifyChain();
        }
    }

    private long auditRows() throws SQLException {
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, StoreUrl.password());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aCleanLogVerifiesAndEachRowChainsFromTheOneBefore() throws SQLException {
        fill();
        assertThat(verify()).isEmpty();
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, StoreUrl.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, prev_hash, row_hash FROM audit_event ORDER BY id")) {
            String prev = AuditChain.GENESIS;
            long expectedId = 1;
            while (r.next()) {
                assertThat(r.getLong(1)).isEqualTo(expectedId++);
                assertThat(r.getString(2)).isEqualTo(prev);
                assertThat(r.getString(3)).hasSize(64).isNotEqualTo(prev);
                prev = r.getString(3);
            }
            assertThat(expectedId - 1).isEqualTo(4);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditRowWhoeverAsks() throws SQLException {
        fill();
        assertThatThrownBy(() -> outside("UPDATE audit_event SET detail = 'status=APPROVED' WHERE id = 2"))
                .isInstanceOf(SQLException.class).hasMessageContaining(AuditGuard.REFUSED_MESSAGE);
        assertThatThrownBy(() -> outside("DELETE FROM audit_event WHERE id = 4"))
                .isInstanceOf(SQLException.class).hasMessageContaining(AuditGuard.REFUSED_MESSAGE);
        assertThatThrownBy(() -> outside("UPDATE audit_event SET prev_hash = NULL, row_hash = NULL WHERE id = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining(AuditGuard.REFUSED_MESSAGE);
        assertThat(auditRows()).isEqualTo(4);
        assertThat(verify()).isEmpty();
    }

    @Test
    void anEditMadeOutsideTheAppIsFoundAtThatRow() throws SQLException {
        fill();
        outside(DROP_GUARD, "UPDATE audit_event SET detail = 'status=APPROVED' WHERE id = 3");
        assertThat(verify()).hasValueSatisfying(m -> assertThat(m).startsWith("Audit row 3 was changed"));
    }

    @Test
    void anEditThatAlsoRewroteTheRowsHashIsFoundAtTheNextRow() throws SQLException {
        fill();
        outside(DROP_GUARD, "UPDATE audit_event SET detail = 'status=APPROVED', row_hash = '" + "a".repeat(64)
                + "' WHERE id = 2");
        assertThat(verify()).hasValueSatisfying(m -> assertThat(m).startsWith("Audit row 2 was changed"));
    }

    @Test
    void aRowDeletedFromTheMiddleIsFound() throws SQLException {
        fill();
        outside(DROP_GUARD, "DELETE FROM audit_event WHERE id = 2");
        assertThat(verify()).hasValueSatisfying(m -> assertThat(m)
                .isEqualTo("Audit row 3 does not follow row 1: the row(s) between them were deleted outside "
                        + "CarePlanner."));
    }

    @Test
    void theFirstRowDeletedIsFound() throws SQLException {
        fill();
        outside(DROP_GUARD, "DELETE FROM audit_event WHERE id = 1");
        assertThat(verify()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Audit row 2 does not follow the start of the log: the row(s) between them were deleted"));
    }

    @Test
    void rowsDeletedFromTheEndAreFoundEvenAfterTheAppWroteMore() throws SQLException {
        fill();
        outside(DROP_GUARD, "DELETE FROM audit_event WHERE id >= 3");
        assertThat(verify()).hasValueSatisfying(m -> assertThat(m).contains("ends at row 2")
                .contains("last wrote row 4"));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000a2"),
                    StorePlans.person("Thị Hoa", "Nguyễn Example", StorePlans.NHS_NGUYEN)));
        }
        // The app carries on from the end it wrote (row 4), so the gap stays visible.
        assertThat(verify()).hasValueSatisfying(m -> assertThat(m)
                .isEqualTo("Audit row 5 does not follow row 2: the row(s) between them were deleted outside "
                        + "CarePlanner."));
    }

    @Test
    void aRowInsertedOutsideTheAppIsFound() throws SQLException {
        fill();
        outside("INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, detail) "
                + "VALUES (5, TIMESTAMP WITH TIME ZONE '2026-05-01 10:00:00+00', 'broker', 'plan.deleted', 'plan', '"
                + ZOE + "', '')");
        assertThat(verify()).hasValue("Audit row 5 has no hash: it was added outside CarePlanner.");
    }

    @Test
    void aRowSlippedBetweenTwoOthersIsFound() throws SQLException {
        fill();
        // Ids 1-4 exist; the rows are renumbered 10, 20... so a forged row fits between two of them.
        outside(DROP_GUARD, "UPDATE audit_event SET id = id * 10",
                "INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, detail, prev_hash, "
                        + "row_hash) SELECT 15, occurred_at, actor, action, entity_type, entity_id, detail, prev_hash, "
                        + "row_hash FROM audit_event WHERE id = 20");
        assertThat(verify()).hasValueSatisfying(m -> assertThat(m).startsWith("Audit row 10 was changed"));
    }

    @Test
    void aStoreFromBeforeTheChainIsChainedOnceWhenFirstOpened() throws SQLException {
        new DataFolder(dir).createIfMissing();
        Flyway.configure().dataSource(StoreUrl.forFolder(dir), StoreUrl.USER, StoreUrl.password())
                .locations(Migrations.LOCATION).target("4").load().migrate();
        // Rows as the app before migration V5 wrote them: ids from the identity column, with a gap.
        outside("INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, version, detail) "
                        + "VALUES (TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00.123456+00', 'broker', 'plan.created', "
                        + "'plan', '" + ZOE + "', 1, 'status=DRAFT')",
                "INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, detail) "
                        + "VALUES (7, TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00+00', 'broker', 'catalogue.saved', "
                        + "'service', 'GYM', '')");
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.audit().recent(10)).extracting(AuditLog.Event::action)
                    .containsExactly("audit.chain.started", "catalogue.saved", "plan.created");
            assertThat(store.audit().recent(1).get(0).detail()).isEqualTo("rows=2");
            assertThat(store.audit().verifyChain()).isEmpty();
        }
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.audit().recent(10)).hasSize(3); // chained once, not again
            assertThat(store.audit().verifyChain()).isEmpty();
        }
    }

    @Test
    void theLogHoldsIdsAndCodesNeverANameOrNhsNumber() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            Plan plan = StorePlans.draft(ZOE, StorePlans.person("ZZMARKER Jane", "Markerfamily", StorePlans.NHS_ZOE));
            store.plans().saveVersion(plan);
            store.plans().saveVersion(plan.withStatus(PlanStatus.AGREED));
            store.transfer().importText(store.transfer().exportAll());
            store.plans().refreshReviewDates();
        }
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, StoreUrl.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT CONCAT_WS('|', actor, action, entity_type, entity_id, detail) "
                     + "FROM audit_event")) {
            int rows = 0;
            while (r.next()) {
                rows++;
                assertThat(r.getString(1)).doesNotContainIgnoringCase("zzmarker")
                        .doesNotContain("Markerfamily", StorePlans.NHS_ZOE, "1 Example Road", "01632");
            }
            assertThat(rows).isGreaterThanOrEqualTo(3);
        }
    }
}
