package org.careplanner.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * For the benchmark's baselines only: a second, plain JDBC connection to a store's H2 file, opened in the same
 * process as the {@link LocalStore} (H2 shares one open database between connections of one process).
 */
public final class BenchConnection {

    private BenchConnection() {
    }

    public static Connection open(Path folder, StoreSettings settings) throws SQLException {
        Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), StoreUrl.USER,
                StoreUrl.password(StoreEncryption.unlock(folder, settings.passphrase())));
        c.setAutoCommit(false);
        return c;
    }

    /** An audit row ready to insert at the end of the chain: what {@code AuditChain.append} would write. */
    public record AuditRow(long id, OffsetDateTime occurredAt, String prevHash, String rowHash) {
    }

    /**
     * The next audit row's id and hashes for an event, worked out from the chain's end (read here) with the store's
     * own hash, so the baseline can insert exactly the row the app writes, and the store stays checkable.
     */
    public static AuditRow nextAuditRow(Connection c, Instant when, String actor, String action, String entityType,
                                        String entityId, Integer version, String detail) throws SQLException {
        long lastId;
        String lastHash;
        try (PreparedStatement s = c.prepareStatement("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
             ResultSet r = s.executeQuery()) {
            r.next();
            lastId = r.getLong(1);
            lastHash = r.getString(2).strip();
        }
        Instant at = AuditChain.stored(when);
        return new AuditRow(lastId + 1, PlanStore.utc(at), lastHash,
                AuditChain.hash(lastHash, lastId + 1, at, actor, action, entityType, entityId, version, detail));
    }

    /** The words of a folded name that the store keeps for search (person_name_word, migration 6). */
    public static java.util.List<String> nameWords(String folded) {
        return java.util.List.copyOf(NameFolding.words(folded));
    }

    /** The person's names folded for search, as the store folds them. */
    public static String foldedName(String given, String family, String preferred) {
        return NameFolding.fold(given + " " + family + " " + preferred);
    }
}
