package org.careplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Who did what, when: written in the same transaction as the change it records. Entries carry entity ids,
 * version numbers and codes only, never a name or other personal detail, so the log can be shown or sent
 * to support without exposing anyone. The log is append-only and hash-chained (ADR 0010): the database refuses
 * to change or delete a row ({@link AuditGuard}), and {@link #verifyChain} finds a change made around that.
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

    /**
     * Records an event inside the caller's transaction, at the end of the hash chain ({@link AuditChain}).
     * {@code detail} must hold no personal data: ids, codes and counts only.
     */
    void record(Connection c, String action, String entityType, String entityId, Integer version, String detail)
            throws SQLException {
        AuditChain.append(c, clock.instant(), actor, action, entityType, entityId, version, detail);
    }

    /**
     * Chains rows written before the log was chained (a store from before migration V5): once per store, when
     * it is first opened by this version.
     */
    void startChainIfNeeded() {
        if (!database.read(AuditChain::needsStart)) {
            return;
        }
        database.write(c -> {
            int chained = AuditChain.startIfNeeded(c);
            if (chained > 0) {
                record(c, "audit.chain.started", "audit", "*", null, "rows=" + chained);
            }
            return chained;
        });
    }

    /**
     * The first place the log was changed outside CarePlanner (an edited, deleted or inserted row), as a
     * sentence naming row ids only; empty when the whole chain is intact.
     */
    public java.util.Optional<String> verifyChain() {
        return database.read(AuditChain::verify);
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
