package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-store check behind {@code careplanner check}: a clean store passes; an edit or deletion made with
 * plain JDBC outside the app (after dropping the guard that refuses it, as anyone with a SQL tool could) is found.
 */
class StoreCheckTest {

    static final UUID ZOE = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final UUID NGUYEN = UUID.fromString("00000000-0000-4000-8000-0000000000c2");

    @TempDir
    Path dir;

    private void fill() {
        try (LocalStore store = TestStores.open(dir)) {
            Plan zoe = StorePlans.draft(ZOE, StorePlans.person("Zoë", "Testperson", StorePlans.NHS_ZOE));
            store.plans().saveVersion(zoe.withStatus(PlanStatus.AGREED));
            Plan signed = StorePlans.signed(zoe.withStatus(PlanStatus.AGREED));
            store.plans().saveVersion(signed);
            store.plans().saveVersion(signed.withStatus(PlanStatus.APPROVED));
            store.plans().saveVersion(signed.nextDraftVersion(Instant.parse("2026-04-25T08:00:00Z")));
            store.plans().saveVersion(StorePlans.draft(NGUYEN, StorePlans.person("Thị Hoa", "Nguyễn Example",
                    StorePlans.NHS_NGUYEN)));
        }
    }

    private CheckReport check() {
        try (LocalStore store = TestStores.open(dir)) {
            return store.check();
        }
    }

    private void outside(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, StoreUrl.password());
             Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    @Test
    void aCleanStorePasses() {
        fill();
        CheckReport report = check();
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(report.summary()).anySatisfy(s -> assertThat(s).contains("hash chain intact"))
                .anySatisfy(s -> assertThat(s).isEqualTo("Plan versions: 3 checked, 1 of them signed."))
                .anySatisfy(s -> assertThat(s).startsWith("Read every table through: "));
    }

    @Test
    void anAuditRowEditedOutsideTheAppIsFound() throws SQLException {
        fill();
        outside("DROP TRIGGER audit_event_append_only",
                "UPDATE audit_event SET actor = 'someone else' WHERE id = 2");
        CheckReport report = check();
        assertThat(report.problems()).containsExactly(
                "The database guard audit_event_append_only is missing: it was removed outside CarePlanner, so rows "
                        + "it protects may have been changed.",
                "Audit row 2 was changed outside CarePlanner: what it says no longer matches its hash.");
    }

    @Test
    void anAuditRowDeletedOutsideTheAppIsFoundEvenWithTheGuardPutBack() throws SQLException {
        fill();
        outside("DROP TRIGGER audit_event_append_only", "DELETE FROM audit_event WHERE id = 3",
                "CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event "
                        + "FOR EACH ROW CALL 'org.careplanner.store.AuditGuard'");
        assertThat(check().problems()).containsExactly(
                "Audit row 4 does not follow row 2: the row(s) between them were deleted outside CarePlanner.");
    }

    @Test
    void aSignedVersionEditedOutsideTheAppIsFound() throws SQLException {
        fill();
        // Change the support hours in the signed version's stored document (7.5 hours a week becomes 75).
        outside("DROP TRIGGER plan_version_sealed",
                "UPDATE plan_version SET document = REPLACE(document, '\"quantity\": \"7.5\"', '\"quantity\": \"75\"') "
                        + "WHERE plan_id = '" + ZOE + "' AND version = 1");
        CheckReport report = check();
        assertThat(report.problems()).contains(
                "The database guard plan_version_sealed is missing: it was removed outside CarePlanner, so rows it "
                        + "protects may have been changed.",
                "Plan " + ZOE + " version 1 was changed outside CarePlanner: its content no longer matches the hash "
                        + "stored with it.");
        assertThat(report.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("Plan " + ZOE + " version 1 is changed after it was signed"));
        assertThat(String.join("\n", report.problems())).doesNotContain("Zoë", "Testperson", StorePlans.NHS_ZOE);
    }

    @Test
    void aDraftVersionDeletedOutsideTheAppIsFound() throws SQLException {
        fill();
        // A draft is not sealed, so the guards let this through: the check finds the plan without its version.
        outside("DELETE FROM support_line_outcome WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM support_line WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM outcome WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM risk WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM plan_version WHERE plan_id = '" + NGUYEN + "'");
        assertThat(check().problems()).containsExactly("Plan " + NGUYEN + ": its latest version (1) is not in the "
                + "store. It was deleted outside CarePlanner.");
    }

    @Test
    void aWholePlanDeletedOutsideTheAppIsFoundFromTheAuditLog() throws SQLException {
        fill();
        outside("DELETE FROM support_line_outcome WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM support_line WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM outcome WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM risk WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM plan_version WHERE plan_id = '" + NGUYEN + "'",
                "DELETE FROM plan WHERE id = '" + NGUYEN + "'");
        assertThat(check().problems()).containsExactly("Plan " + NGUYEN + " is in the audit log but not in the "
                + "store: it was deleted outside CarePlanner.");
    }

    @Test
    void theDocumentOfAnotherVersionSwappedInIsFound() throws SQLException {
        fill();
        outside("UPDATE plan_version SET document = (SELECT document FROM plan_version WHERE plan_id = '" + ZOE
                + "' AND version = 2), content_hash = (SELECT content_hash FROM plan_version WHERE plan_id = '"
                + ZOE + "' AND version = 2) WHERE plan_id = '" + NGUYEN + "' AND version = 1");
        assertThat(check().problems()).containsExactly(
                "Plan " + NGUYEN + " version 1 holds the document of another version: it was changed outside "
                        + "CarePlanner.");
    }
}
