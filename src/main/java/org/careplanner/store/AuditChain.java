package org.careplanner.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit log's hash chain (ADR 0010): each row holds the hash of the row before it and its own hash, SHA-256
 * over its canonical text ({@link #canonical}). The last row written is also kept in {@code audit_head}, so rows
 * deleted from the end are found too. An edit, deletion or insertion made outside CarePlanner breaks the chain;
 * {@link #verify} finds the first break.
 *
 * <p>The chain has no key: someone who can run SQL on the opened store and knows this algorithm can rewrite the
 * whole log. It proves the log was not changed by accident or by an edit that did not know of it; the store's
 * encryption keeps out anyone without the passphrase.
 */
final class AuditChain {

    /** What the first row chains from. */
    static final String GENESIS = "0".repeat(64);

    /** One audit row as stored. */
    record Row(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
               Integer version, String detail, String prevHash, String rowHash) {
    }

    private AuditChain() {
    }

    /**
     * The text a row's hash covers: a fixed prefix, the previous row's hash, then each field on its own line,
     * text fields as {@code length:text} so no choice of values can make two different rows read the same.
     */
    static String canonical(String prevHash, long id, Instant occurredAt, String actor, String action,
                            String entityType, String entityId, Integer version, String detail) {
        return "careplanner-audit-v1\n" + prevHash + "\n" + id + "\n" + occurredAt + "\n" + field(actor) + "\n"
                + field(action) + "\n" + field(entityType) + "\n" + field(entityId) + "\n"
                + (version == null ? "-" : version.toString()) + "\n" + field(detail) + "\n";
    }

    private static String field(String s) {
        return s.length() + ":" + s;
    }

    static String hash(String prevHash, long id, Instant occurredAt, String actor, String action, String entityType,
                       String entityId, Integer version, String detail) {
        return sha256(canonical(prevHash, id, occurredAt, actor, action, entityType, entityId, version, detail));
    }

    static String hash(Row r, String prevHash) {
        return hash(prevHash, r.id, r.occurredAt, r.actor, r.action, r.entityType, r.entityId, r.version, r.detail);
    }

    /** The precision the column keeps (microseconds): the hash is taken over what is stored, not what was meant. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Adds a row at the end of the chain, in the caller's transaction. */
    static void append(Connection c, Instant when, String actor, String action, String entityType, String entityId,
                       Integer version, String detail) throws SQLException {
        Optional<Head> head = head(c);
        Head last = head.isPresent() ? head.get() : lastRow(c).orElse(new Head(0, GENESIS));
        long id = last.lastId + 1;
        Instant at = stored(when);
        String rowHash = hash(last.lastHash, id, at, actor, action, entityType, entityId, version, detail);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action, "
                + "entity_type, entity_id, version, detail, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.setString(3, actor);
            s.setString(4, action);
            s.setString(5, entityType);
            s.setString(6, entityId);
            if (version == null) {
                s.setNull(7, Types.INTEGER);
            } else {
                s.setInt(7, version);
            }
            s.setString(8, detail);
            s.setString(9, last.lastHash);
            s.setString(10, rowHash);
            s.executeUpdate();
        }
        setHead(c, id, rowHash);
    }

    /** Whether the chain still has to be started (a store made before migration V5, or a new one). */
    static boolean needsStart(Connection c) throws SQLException {
        return head(c).isEmpty() && !anyHashedRow(c);
    }

    /**
     * Chains the rows written before the log was chained, oldest first, and marks the end: once, the first time
     * a CarePlanner with migration V5 opens the store. Does nothing when the chain has started: a row without a
     * hash after that was added outside the app, and {@link #verify} reports it.
     *
     * @return how many rows were chained
     */
    static int startIfNeeded(Connection c) throws SQLException {
        if (!needsStart(c)) {
            return 0;
        }
        String prev = GENESIS;
        long lastId = 0;
        List<Row> rows = rows(c);
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE audit_event SET prev_hash = ?, row_hash = ? WHERE id = ?")) {
            for (Row r : rows) {
                String h = hash(r, prev);
                s.setString(1, prev);
                s.setString(2, h);
                s.setLong(3, r.id);
                s.executeUpdate();
                prev = h;
                lastId = r.id;
            }
        }
        setHead(c, lastId, prev);
        return rows.size();
    }

    /**
     * The first place the chain is broken, as a sentence a person can act on (row ids only, never contents);
     * empty when every row is as CarePlanner wrote it and none is missing.
     */
    static Optional<String> verify(Connection c) throws SQLException {
        String prev = GENESIS;
        Long prevId = null;
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Row row = row(r);
                String after = prevId == null ? "the start of the log" : "row " + prevId;
                if (row.prevHash == null || row.rowHash == null) {
                    return Optional.of("Audit row " + row.id + " has no hash: it was added outside CarePlanner.");
                }
                if (!row.prevHash.equals(prev)) {
                    boolean gap = prevId == null ? row.id > 1 && !row.prevHash.equals(GENESIS) : row.id > prevId + 1;
                    return Optional.of("Audit row " + row.id + " does not follow " + after + ": "
                            + (gap ? "the row(s) between them were deleted outside CarePlanner."
                                    : "a row was inserted or changed there outside CarePlanner."));
                }
                if (!hash(row, prev).equals(row.rowHash)) {
                    return Optional.of("Audit row " + row.id + " was changed outside CarePlanner: what it says "
                            + "no longer matches its hash.");
                }
                prev = row.rowHash;
                prevId = row.id;
            }
        }
        Optional<Head> head = head(c);
        long lastId = prevId == null ? 0 : prevId;
        if (head.isEmpty()) {
            return Optional.of("The audit log's end marker (audit_head) is missing: it was deleted outside "
                    + "CarePlanner.");
        }
        if (head.get().lastId != lastId || !head.get().lastHash.equals(prev)) {
            return Optional.of(head.get().lastId > lastId
                    ? "The audit log ends at row " + lastId + " but CarePlanner last wrote row " + head.get().lastId
                            + ": rows were deleted from its end outside CarePlanner."
                    : "The audit log's last row (" + lastId + ") is not the last one CarePlanner wrote ("
                            + head.get().lastId + "): rows were added or changed at its end outside CarePlanner.");
        }
        return Optional.empty();
    }

    // --- rows ---------------------------------------------------------------------------------------------

    private record Head(long lastId, String lastHash) {
    }

    private static final String SELECT = "SELECT id, occurred_at, actor, action, entity_type, entity_id, version, "
            + "detail, prev_hash, row_hash FROM audit_event";

    private static Row row(ResultSet r) throws SQLException {
        int v = r.getInt(7);
        Integer version = r.wasNull() ? null : v;
        return new Row(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), version, r.getString(8), trimmed(r.getString(9)),
                trimmed(r.getString(10)));
    }

    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }

    private static List<Row> rows(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(row(r));
            }
        }
        return out;
    }

    private static Optional<Head> head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new Head(r.getLong(1), r.getString(2).strip())) : Optional.empty();
        }
    }

    /** The end of the chain read from the log itself, for when the end marker was removed. */
    private static Optional<Head> lastRow(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, row_hash FROM audit_event ORDER BY id DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new Head(r.getLong(1), r.getString(2) == null ? GENESIS
                    : r.getString(2).strip())) : Optional.empty();
        }
    }

    private static boolean anyHashedRow(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM audit_event WHERE row_hash IS NOT NULL LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    private static void setHead(Connection c, long lastId, String lastHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "MERGE INTO audit_head (singleton, last_id, last_hash) KEY (singleton) VALUES (1, ?, ?)")) {
            s.setLong(1, lastId);
            s.setString(2, lastHash);
            s.executeUpdate();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
