package org.careplanner.store;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.careplanner.domain.PlanStatus;
import org.h2.api.Trigger;

/**
 * The database's own guard for "signed is final": an H2 trigger that refuses any change to a sealed plan
 * version (one that was signed or approved) or to its child rows, whoever sends the SQL. The only change
 * allowed to a sealed version row is a status move the plan lifecycle permits (e.g. SIGNED to APPROVED).
 *
 * <p>Migration V1 writes this class's name into the database: never rename or move it. A tool that opens
 * the file without CarePlanner's classes cannot change plan versions at all, which is the safe way round.
 */
public final class SealedVersionGuard implements Trigger {

    /** SQLSTATE for "integrity constraint violation", so callers see a constraint-like refusal. */
    static final String REFUSED_STATE = "23514";
    static final String REFUSED_MESSAGE = "plan version is sealed";

    private String table;
    private int statusColumn = -1;
    private int sealedColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        this.table = tableName.toUpperCase(Locale.ROOT);
        if (isVersionTable()) {
            try (PreparedStatement s = conn.prepareStatement(
                    "SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                            + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
                s.setString(1, schemaName);
                s.setString(2, tableName);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        switch (r.getString(1).toUpperCase(Locale.ROOT)) {
                            case "STATUS" -> statusColumn = r.getInt(2) - 1;
                            case "SEALED" -> sealedColumn = r.getInt(2) - 1;
                            default -> { }
                        }
                    }
                }
            }
            if (statusColumn < 0 || sealedColumn < 0) {
                throw new SQLException("SealedVersionGuard: " + tableName + " has no STATUS or SEALED column");
            }
        }
    }

    private boolean isVersionTable() {
        return table.equals("PLAN_VERSION");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (isVersionTable()) {
            checkVersionRow(oldRow, newRow);
            // Its sealed flag may be about to change: the next child row of this version is looked up again.
            OPEN.forget(oldRow[0], oldRow[1]);
        } else {
            // Child tables start (plan_id, version): a change to either the old or the new row's version counts.
            if (oldRow != null) {
                checkParentOpen(conn, oldRow[0], oldRow[1]);
            }
            if (newRow != null) {
                checkParentOpen(conn, newRow[0], newRow[1]);
            }
        }
    }

    private void checkVersionRow(Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null || !Boolean.TRUE.equals(oldRow[sealedColumn])) {
            return;
        }
        if (newRow == null) {
            throw refused();
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != statusColumn && !sameValue(oldRow[i], newRow[i])) {
                throw refused();
            }
        }
        PlanStatus from = PlanStatus.valueOf((String) oldRow[statusColumn]);
        PlanStatus to = PlanStatus.valueOf((String) newRow[statusColumn]);
        if (from != to && !(from.canMoveTo(to) && to.isLocked())) {
            throw refused();
        }
    }

    /** Large values reach a trigger as Clob / Blob handles, which do not compare by content. */
    private static boolean sameValue(Object a, Object b) throws SQLException {
        if (a instanceof Clob ca && b instanceof Clob cb) {
            return ca.length() == cb.length() && ca.getSubString(1, (int) ca.length())
                    .equals(cb.getSubString(1, (int) cb.length()));
        }
        if (a instanceof byte[] ba && b instanceof byte[] bb) {
            return Arrays.equals(ba, bb);
        }
        return Objects.equals(a, b);
    }

    private static void checkParentOpen(Connection conn, Object planId, Object version) throws SQLException {
        Object transaction = OpenVersions.transactionOf(conn);
        if (OPEN.isKnownOpen(transaction, planId, version)) {
            return;
        }
        LOOKUPS.increment();
        try (PreparedStatement s = conn.prepareStatement(
                "SELECT sealed FROM plan_version WHERE plan_id = ? AND version = ?")) {
            s.setObject(1, planId);
            s.setObject(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return; // no such version (yet): the child table's reference refuses the row; nothing kept
                }
                if (r.getBoolean(1)) {
                    throw refused();
                }
            }
        }
        // Open, and it can only become sealed by a change to its row, which forgets it (fire, above).
        OPEN.rememberOpen(transaction, planId, version);
    }

    /** How many times a child row's version was looked up in the database (tests count the look-ups of a save). */
    static final java.util.concurrent.atomic.LongAdder LOOKUPS = new java.util.concurrent.atomic.LongAdder();

    private static final OpenVersions OPEN = new OpenVersions();

    /**
     * The versions found open in each session's current transaction, so a save's ~30 child rows (outcomes, support
     * lines, risks, signatures) of the one version it writes cost one look-up, not one each. What keeps it safe:
     * <ul>
     * <li>an answer is kept for one transaction only (H2's own transaction object, compared by identity, so a
     *     transaction that ended is never matched again), and only "open" is kept;</li>
     * <li>only a version row found, and found open, is kept; any change to a version row (an update or a delete,
     *     the only ways an existing version becomes sealed) forgets that version for every session first, so a
     *     version sealed in the same transaction is looked up again, and refused;</li>
     * <li>if H2's session cannot be reached (another H2 build), nothing is kept: every row is looked up as before.</li>
     * </ul>
     * The look-up never locked the version row, so a version sealed by <em>another</em> session at the same moment
     * was never refused atomically; a kept answer makes that window last to the end of the editing transaction
     * instead of one statement. CarePlanner holds one connection to its store, and H2 lets no other process in.
     */
    static final class OpenVersions {
        private final java.util.Map<Object, java.util.Set<java.util.List<Object>>> byTransaction =
                java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

        /** The session's current transaction (an object that lives as long as it), or null when it cannot be told. */
        static Object transactionOf(Connection conn) {
            try {
                if (conn.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                        && conn.unwrap(org.h2.jdbc.JdbcConnection.class).getSession()
                                instanceof org.h2.engine.SessionLocal session) {
                    return session.getTransaction();
                }
            } catch (SQLException | RuntimeException | LinkageError e) {
                return null;
            }
            return null;
        }

        boolean isKnownOpen(Object transaction, Object planId, Object version) {
            if (transaction == null) {
                return false;
            }
            java.util.Set<java.util.List<Object>> open = byTransaction.get(transaction);
            return open != null && open.contains(java.util.List.of(planId, version));
        }

        void rememberOpen(Object transaction, Object planId, Object version) {
            if (transaction != null) {
                byTransaction.computeIfAbsent(transaction, t -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                        .add(java.util.List.of(planId, version));
            }
        }

        void forget(Object planId, Object version) {
            java.util.List<Object> key = java.util.List.of(planId, version);
            synchronized (byTransaction) {
                byTransaction.values().forEach(open -> open.remove(key));
            }
        }
    }

    private static SQLException refused() {
        return new SQLException(REFUSED_MESSAGE, REFUSED_STATE);
    }
}
