package org.careplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Who did what, when: written in the same transaction as the change it records. Entries carry entity ids,
 * version numbers and codes only, never a name or other personal detail, so the log can be shown or sent
 * to support without exposing anyone.
 */
public final class AuditLog {

    /** One thing that happened to the store. */
    public record Event(long id, java.time.Instant occurredAt, String actor, String action, String entityType,
                        String entityId, Integer version, String detail) {
    }

    private final Database database;
    private final Clock clock;
    private final String actor;

    AuditLog(Database database, Clock clock, String actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** Records an event inside the caller's transaction. {@code detail} must hold no personal data. */
    void record(Connection c, String action, String entityType, String entityId, Integer version, String detail)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_event "
                + "(occurred_at, actor, action, entity_type, entity_id, version, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.setString(2, actor);
            s.setString(3, action);
            s.setString(4, entityType);
            s.setString(5, entityId);
            if (version == null) {
                s.setNull(6, Types.INTEGER);
            } else {
                s.setInt(6, version);
            }
            s.setString(7, detail);
            s.executeUpdate();
        }
    }

    /** Everything recorded about one entity (e.g. "plan", a plan id), oldest first. */
    public List<Event> forEntity(String entityType, String entityId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, occurred_at, actor, action, entity_type, "
                    + "entity_id, version, detail FROM audit_event WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
                s.setString(1, entityType);
                s.setString(2, entityId);
                return events(s);
            }
        });
    }

    /** The most recent events, newest first. */
    public List<Event> recent(int limit) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, occurred_at, actor, action, entity_type, "
                    + "entity_id, version, detail FROM audit_event ORDER BY id DESC LIMIT ?")) {
                s.setInt(1, limit);
                return events(s);
            }
        });
    }

    private static List<Event> events(PreparedStatement s) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int v = r.getInt(7);
                Integer version = r.wasNull() ? null : v;
                out.add(new Event(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), version, r.getString(8)));
            }
        }
        return out;
    }
}
