package org.careplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.exchange.SignedContent;

/**
 * {@code careplanner check}: whether the store is whole and as CarePlanner left it. Reads every table through
 * ({@link StoreContents}), verifies the audit log's hash chain ({@link AuditChain}), that the database's guards
 * are still in place, and every plan version: its document reads, its content matches the hash stored with it,
 * and a signed version still matches its signing hash ({@link SignedContent}).
 *
 * <p>Findings name tables, rows, plan ids and version numbers only: never a name or anything a plan says.
 */
final class StoreCheck {

    /** The database's guards (migrations V1 and V5): a missing one was dropped outside CarePlanner. */
    static final List<String> GUARDS = List.of("AUDIT_EVENT_APPEND_ONLY", "PLAN_VERSION_SEALED", "OUTCOME_SEALED",
            "SUPPORT_LINE_SEALED", "SUPPORT_LINE_OUTCOME_SEALED", "RISK_SEALED", "SIGNATURE_SEALED");

    private final PlanDocuments documents;
    private final SignedContent signedContent = new SignedContent();

    StoreCheck(PlanDocuments documents) {
        this.documents = documents;
    }

    CheckReport run(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> summary = new ArrayList<>();

        StoreContents.Scan scan = StoreContents.scan(c);
        long rows = scan.rows().values().stream().mapToLong(Long::longValue).sum();
        summary.add("Read every table through: " + scan.rows().size() + " tables, " + rows + " rows.");
        for (String table : scan.unreadable()) {
            problems.add("Table " + table + " could not be read through: the store file may be damaged.");
        }

        for (String guard : GUARDS) {
            if (!triggerExists(c, guard)) {
                problems.add("The database guard " + guard.toLowerCase(Locale.ROOT) + " is missing: it was removed "
                        + "outside CarePlanner, so rows it protects may have been changed.");
            }
        }

        Optional<String> chain = AuditChain.verify(c);
        chain.ifPresent(problems::add);
        summary.add("Audit log: " + scan.rows().getOrDefault("audit_event", 0L) + " rows, "
                + (chain.isEmpty() ? "hash chain intact." : "hash chain BROKEN."));

        checkPlansAgainstVersionsAndLog(c, problems);
        int[] counts = checkVersions(c, problems, warnings);
        summary.add("Plan versions: " + counts[0] + " checked, " + counts[1] + " of them signed"
                + (counts[2] == 0 ? "." : ", " + counts[2] + " with a problem."));
        return new CheckReport(summary, problems, warnings);
    }

    /** @return versions checked, signed versions, versions with a problem */
    private int[] checkVersions(Connection c, List<String> problems, List<String> warnings) throws SQLException {
        int checked = 0;
        int signed = 0;
        int bad = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT plan_id, version, status, sealed, document, content_hash "
                + "FROM plan_version ORDER BY plan_id, version"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                checked++;
                UUID planId = r.getObject(1, UUID.class);
                int version = r.getInt(2);
                String which = "Plan " + planId + " version " + version;
                Plan asWritten;
                try {
                    asWritten = documents.read(r.getString(5));
                } catch (RuntimeException e) {
                    problems.add(which + " cannot be read: its stored document is damaged or was changed outside "
                            + "CarePlanner.");
                    bad++;
                    continue;
                }
                boolean problem = false;
                String stored = r.getString(6) == null ? "" : r.getString(6).strip();
                if (!PlanStore.sha256(documents.canonical(asWritten)).equals(stored)) {
                    problems.add(which + " was changed outside CarePlanner: its content no longer matches the hash "
                            + "stored with it.");
                    problem = true;
                }
                if (!asWritten.id().equals(planId) || asWritten.version() != version) {
                    problems.add(which + " holds the document of another version: it was changed outside "
                            + "CarePlanner.");
                    problem = true;
                }
                Plan plan = asWritten.withStatus(PlanStatus.valueOf(r.getString(3)));
                boolean sealed = r.getBoolean(4);
                if (sealed || SignedContent.claimsSigned(plan)) {
                    signed++;
                    SignedContent.Seal seal = signedContent.check(plan);
                    switch (seal.verdict()) {
                        case UNCHANGED -> { }
                        case NO_HASH -> warnings.add(which + " is " + seal.explanation()
                                + " (signed before signing hashes were recorded).");
                        case NOT_SIGNED -> {
                            if (plan.status().isLocked()) {
                                warnings.add(which + " is sealed as " + plan.status().name().toLowerCase(Locale.ROOT)
                                        + " without a signing hash: nothing to check it against.");
                            }
                        }
                        default -> {
                            problems.add(which + " is " + seal.explanation());
                            problem = true;
                        }
                    }
                }
                if (problem) {
                    bad++;
                }
            }
        }
        return new int[] {checked, signed, bad};
    }

    /**
     * Each plan's latest version is stored, and every plan the audit log saw created or imported is still there:
     * CarePlanner never deletes a plan or a version, so a missing one was deleted outside it.
     */
    private static void checkPlansAgainstVersionsAndLog(Connection c, List<String> problems) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.current_version, "
                + "(SELECT MAX(v.version) FROM plan_version v WHERE v.plan_id = p.id) FROM plan p ORDER BY p.id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int current = r.getInt(2);
                int newest = r.getInt(3);
                if (r.wasNull() || newest != current) {
                    problems.add("Plan " + r.getObject(1, UUID.class) + ": its latest version (" + current + ") is "
                            + "not in the store. It was deleted outside CarePlanner.");
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT a.entity_id FROM audit_event a "
                + "WHERE a.entity_type = 'plan' AND a.action IN ('plan.created', 'plan.version.added', 'plan.signed') "
                + "AND NOT EXISTS (SELECT 1 FROM plan p WHERE CAST(p.id AS VARCHAR) = a.entity_id) ORDER BY 1");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                problems.add("Plan " + r.getString(1) + " is in the audit log but not in the store: it was deleted "
                        + "outside CarePlanner.");
            }
        }
    }

    private static boolean triggerExists(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM INFORMATION_SCHEMA.TRIGGERS "
                + "WHERE TRIGGER_SCHEMA = SCHEMA() AND TRIGGER_NAME = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
