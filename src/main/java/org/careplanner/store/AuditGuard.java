package org.careplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * The database's own guard for "the audit log is only ever added to": an H2 trigger (migration V5) that refuses
 * UPDATE and DELETE of audit rows, whoever sends the SQL. One update is allowed: filling in the hashes of a row
 * that has none, every other column left as it was ({@link AuditChain#startIfNeeded}, once per store).
 *
 * <p>Migration V5 writes this class's name into the database: never rename or move it. Someone who drops the
 * trigger can still change rows; the hash chain then shows it ({@code careplanner check}).
 */
public final class AuditGuard implements Trigger {

    static final String REFUSED_STATE = "23514";
    static final String REFUSED_MESSAGE = "audit log is append-only";

    private int prevHashColumn = -1;
    private int rowHashColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            s.setString(1, schemaName);
            s.setString(2, tableName);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    switch (r.getString(1).toUpperCase(Locale.ROOT)) {
                        case "PREV_HASH" -> prevHashColumn = r.getInt(2) - 1;
                        case "ROW_HASH" -> rowHashColumn = r.getInt(2) - 1;
                        default -> { }
                    }
                }
            }
        }
        if (prevHashColumn < 0 || rowHashColumn < 0) {
            throw new SQLException("AuditGuard: " + tableName + " has no PREV_HASH or ROW_HASH column");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        if (newRow == null || !fillsInHashes(oldRow, newRow)) {
            throw new SQLException(REFUSED_MESSAGE, REFUSED_STATE);
        }
    }

    private boolean fillsInHashes(Object[] oldRow, Object[] newRow) {
        if (oldRow[prevHashColumn] != null || oldRow[rowHashColumn] != null
                || newRow[prevHashColumn] == null || newRow[rowHashColumn] == null) {
            return false;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != prevHashColumn && i != rowHashColumn && !Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }
}
