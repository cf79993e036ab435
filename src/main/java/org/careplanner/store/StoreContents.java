package org.careplanner.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every table of the store through, every row and every value (large text in full), in primary-key order:
 * a damaged page shows up as an error here rather than the day a broker opens that plan. The same pass gives a
 * digest of everything stored, so a test can tell that a refused import changed nothing at all.
 *
 * <p>Table and column names come from the database's own catalogue, never from input.
 */
final class StoreContents {

    /**
     * What one pass found.
     *
     * @param rows      rows read, per table (lower-case names)
     * @param unreadable each table that could not be read through, with why (H2 error code only)
     * @param digest    SHA-256 (hex) over every table's name, rows and values, in order
     */
    record Scan(Map<String, Long> rows, List<String> unreadable, String digest) {
    }

    private StoreContents() {
    }

    static Scan scan(Connection c) throws SQLException {
        MessageDigest digest = sha256();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String table : tables(c)) {
            List<String> key = primaryKey(c, table);
            String order = key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key.stream().map(StoreContents::quoted).toList());
            update(digest, "table " + table + "\n");
            long count = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + quoted(table) + order);
                 ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    count++;
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = value(r, i, meta.getColumnType(i));
                        update(digest, value == null ? "-\n" : value.length() + ":" + value + "\n");
                    }
                }
            } catch (SQLException | IOException e) {
                int code = e instanceof SQLException sql ? sql.getErrorCode() : 0;
                unreadable.add(table.toLowerCase(java.util.Locale.ROOT) + " (after " + count + " rows: "
                        + (code == 0 ? e.getClass().getSimpleName() : "H2 error " + code) + ")");
            }
            rows.put(table.toLowerCase(java.util.Locale.ROOT), count);
        }
        return new Scan(rows, unreadable, HexFormat.of().formatHex(digest.digest()));
    }

    private static String value(ResultSet r, int column, int type) throws SQLException, IOException {
        switch (type) {
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR -> {
                try (Reader in = r.getCharacterStream(column)) {
                    if (in == null) {
                        return null;
                    }
                    StringBuilder text = new StringBuilder();
                    char[] buffer = new char[8192];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        text.append(buffer, 0, n);
                    }
                    return text.toString();
                }
            }
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = r.getBytes(column);
                return bytes == null ? null : HexFormat.of().formatHex(bytes);
            }
            default -> {
                return r.getString(column);
            }
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA "
                + "AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME WHERE t.TABLE_SCHEMA = SCHEMA() AND t.TABLE_NAME = ? "
                + "AND t.CONSTRAINT_TYPE = 'PRIMARY KEY' ORDER BY k.ORDINAL_POSITION")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
