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
        try (PreparedStatement s = conn.prepareStatement(
                "SELECT sealed FROM plan_version WHERE plan_id = ? AND version = ?")) {
            s.setObject(1, planId);
            s.setObject(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getBoolean(1)) {
                    throw refused();
                }
            }
        }
    }

    private static SQLException refused() {
        return new SQLException(REFUSED_MESSAGE, REFUSED_STATE);
    }
}
