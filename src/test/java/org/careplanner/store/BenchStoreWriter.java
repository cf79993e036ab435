package org.careplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Risk;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SupportLine;

/**
 * For the benchmark only (docs/benchmarks.md, ADR 0019): fills a store with new plans much faster than
 * {@link PlanStore#importVersions}, writing exactly the rows that call writes for the same plans. The documents,
 * content hashes, review dates and folded names are made by the store's own code ({@link PlanDocuments},
 * {@link PlanStore#sha256}, the settings' {@link NextReviewDate}, {@link NameFolding}), in parallel, before the
 * rows are written with batched JDBC, many plans to a transaction; the audit log gets the same two rows per
 * version as an import ("plan.created" or "plan.version.added", then "plan.imported"), chained by
 * {@link AuditChain}'s own hash. The database's guards stay in place and fire for every row.
 *
 * <p>{@code BenchStoreWriterTest} checks that a small store made here holds the same rows as one made through
 * {@code importVersions} with the same clock, and passes the store's check. Only for new plans (ids the store
 * does not have), each given whole (versions 1..n in order); the store must be closed while this writes.
 */
public final class BenchStoreWriter implements AutoCloseable {

    private final StoreSettings settings;
    private final Connection c;

    private BenchStoreWriter(StoreSettings settings, Connection c) {
        this.settings = settings;
        this.c = c;
    }

    /**
     * Opens the store in {@code folder} for writing (made and migrated first, through {@link LocalStore#open}, if it
     * is new). Keep no {@link LocalStore} open on it meanwhile.
     */
    public static BenchStoreWriter open(Path folder, StoreSettings settings) throws SQLException {
        LocalStore.open(new DataFolder(folder), settings).close();
        StoreKey key = StoreEncryption.unlock(folder, settings.passphrase());
        java.util.Properties info = new java.util.Properties();
        info.put("user", StoreUrl.USER);
        info.put("password", key.connectionPassword());
        Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), info);
        c.setAutoCommit(false);
        return new BenchStoreWriter(settings, c);
    }

    /** One plan's versions with everything the store computes for them, made ready off the writing thread. */
    public record Prepared(List<Plan> versions, List<String> documents, List<String> hashes, LocalDate reviewDue,
                           String nameFolded) {
    }

    /**
     * Computes, in parallel, what the store would compute for each plan: each version's document and content hash,
     * the latest version's next review date and folded name. {@code plans}: each plan's versions, 1..n in order.
     */
    public List<Prepared> prepare(List<List<Plan>> plans) {
        PlanDocuments documents = settings.documents();
        return plans.parallelStream().map(versions -> {
            List<String> docs = new ArrayList<>(versions.size());
            List<String> hashes = new ArrayList<>(versions.size());
            for (int i = 0; i < versions.size(); i++) {
                Plan v = versions.get(i);
                if (v.version() != i + 1 || !v.id().equals(versions.get(0).id())) {
                    throw new IllegalArgumentException("Each plan's versions 1..n, in order");
                }
                docs.add(documents.write(v));
                hashes.add(PlanStore.sha256(documents.canonical(v)));
            }
            Plan latest = versions.get(versions.size() - 1);
            var p = latest.person();
            return new Prepared(versions, docs, hashes, settings.nextReviewDate().of(latest),
                    NameFolding.fold(p.givenName() + " " + p.familyName() + " " + p.preferredName()));
        }).toList();
    }

    /** Writes prepared plans in one transaction, in the order an import takes them (by id), then syncs. */
    public void write(List<Prepared> prepared) throws SQLException {
        List<Prepared> ordered = prepared.stream().sorted(Comparator.comparing(p -> p.versions().get(0).id())).toList();
        try {
            writeRows(ordered);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private void writeRows(List<Prepared> plans) throws SQLException {
        var clock = settings.clock();
        String actor = settings.actor();
        try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, given_name, family_name, "
                + "preferred_name, date_of_birth, nhs_number, name_folded) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement plan = c.prepareStatement("INSERT INTO plan (id, person_id, current_version, status, "
                     + "created_at, updated_at, next_review_due) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement version = c.prepareStatement("INSERT INTO plan_version (status, created_at, "
                     + "updated_at, saved_at, document, document_format, content_hash, plan_id, version, sealed) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action, "
                     + "entity_type, entity_id, version, detail, prev_hash, row_hash) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String[] head = auditHead();
            long auditId = Long.parseLong(head[0]);
            String prevHash = head[1];
            List<Plan> sealed = new ArrayList<>();
            java.util.Map<UUID, String> nameWords = new java.util.LinkedHashMap<>();
            for (Prepared p : plans) {
                Plan first = p.versions().get(0);
                Plan latest = p.versions().get(p.versions().size() - 1);
                Instant created = clock.instant();
                UUID personId = UUID.randomUUID();
                var who = latest.person();
                person.setObject(1, personId);
                person.setString(2, who.givenName());
                person.setString(3, who.familyName());
                person.setString(4, who.preferredName());
                person.setObject(5, who.dateOfBirth());
                person.setString(6, who.nhsNumber() == null ? null : who.nhsNumber().digits());
                person.setString(7, p.nameFolded());
                person.addBatch();
                nameWords.put(personId, p.nameFolded());
                for (int i = 0; i < p.versions().size(); i++) {
                    Plan v = p.versions().get(i);
                    version.setString(1, v.status().name());
                    version.setObject(2, v.createdAt() == null ? null : PlanStore.utc(v.createdAt()));
                    version.setObject(3, v.updatedAt() == null ? null : PlanStore.utc(v.updatedAt()));
                    version.setObject(4, PlanStore.utc(clock.instant()));
                    version.setString(5, p.documents().get(i));
                    version.setInt(6, settings.documents().formatVersion());
                    version.setString(7, p.hashes().get(i));
                    version.setObject(8, v.id());
                    version.setInt(9, v.version());
                    version.addBatch();
                    if (v.status().isLocked()) {
                        sealed.add(v);
                    }
                    for (String[] event : new String[][] {
                            {i == 0 ? "plan.created" : "plan.version.added", "status=" + v.status()},
                            {"plan.imported", "result=ADDED_NEW_PLAN"}}) {
                        auditId++;
                        Instant at = AuditChain.stored(clock.instant());
                        String rowHash = AuditChain.hash(prevHash, auditId, at, actor, event[0], PlanStore.ENTITY,
                                v.id().toString(), v.version(), event[1]);
                        audit.setLong(1, auditId);
                        audit.setObject(2, PlanStore.utc(at));
                        audit.setString(3, actor);
                        audit.setString(4, event[0]);
                        audit.setString(5, PlanStore.ENTITY);
                        audit.setString(6, v.id().toString());
                        audit.setInt(7, v.version());
                        audit.setString(8, event[1]);
                        audit.setString(9, prevHash);
                        audit.setString(10, rowHash);
                        audit.addBatch();
                        prevHash = rowHash;
                    }
                }
                plan.setObject(1, first.id());
                plan.setObject(2, personId);
                plan.setInt(3, latest.version());
                plan.setString(4, latest.status().name());
                plan.setObject(5, PlanStore.utc(created));
                plan.setObject(6, PlanStore.utc(clock.instant()));
                plan.setObject(7, p.reviewDue());
                plan.addBatch();
            }
            person.executeBatch();
            // The words a name search looks people up by (migration 6), as the store's import writes them.
            for (var words : nameWords.entrySet()) {
                NameWords.write(c, words.getKey(), words.getValue());
            }
            plan.executeBatch();
            version.executeBatch();
            writeChildren(plans);
            try (PreparedStatement seal = c.prepareStatement(
                    "UPDATE plan_version SET sealed = TRUE WHERE plan_id = ? AND version = ?")) {
                for (Plan v : sealed) {
                    seal.setObject(1, v.id());
                    seal.setInt(2, v.version());
                    seal.addBatch();
                }
                seal.executeBatch();
            }
            audit.executeBatch();
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO audit_head (singleton, last_id, last_hash) KEY (singleton) VALUES (1, ?, ?)")) {
                s.setLong(1, auditId);
                s.setString(2, prevHash);
                s.executeUpdate();
            }
        }
    }

    /** The end of the audit chain: {last id, last hash}. */
    private String[] auditHead() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("The store's audit chain has not been started");
            }
            return new String[] {Long.toString(r.getLong(1)), r.getString(2).strip()};
        }
    }

    /** The child rows, as PlanStore.writeChildren writes them (same statements, same values). */
    private void writeChildren(List<Prepared> plans) throws SQLException {
        try (PreparedStatement o = c.prepareStatement("INSERT INTO outcome (plan_id, version, position, outcome_id, "
                + "in_persons_words, target_date, importance, confidence, stage_of_change) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement l = c.prepareStatement("INSERT INTO support_line (plan_id, version, position, line_id, "
                     + "description, provider, category, catalogue_code, unit_price_pence, unit, quantity, frequency, "
                     + "funding_stream_id, personal_assistant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement links = c.prepareStatement("INSERT INTO support_line_outcome (plan_id, version, "
                     + "line_position, outcome_id) VALUES (?, ?, ?, ?)");
             PreparedStatement r = c.prepareStatement("INSERT INTO risk (plan_id, version, position, risk_id, "
                     + "description) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement g = c.prepareStatement("INSERT INTO signature (plan_id, version, position, "
                     + "signer_role, signer_name, signed_at, method) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Prepared p : plans) {
                for (Plan plan : p.versions()) {
                    int i = 0;
                    for (Outcome x : plan.outcomes()) {
                        key(o, plan, i++);
                        o.setString(4, x.id());
                        o.setString(5, x.inPersonsWords());
                        o.setObject(6, x.targetDate());
                        integer(o, 7, x.importance());
                        integer(o, 8, x.confidence());
                        o.setString(9, x.stageOfChange() == null ? null : x.stageOfChange().name());
                        o.addBatch();
                    }
                    i = 0;
                    for (SupportLine x : plan.supportLines()) {
                        key(l, plan, i);
                        l.setString(4, x.id());
                        l.setString(5, x.description());
                        l.setString(6, x.provider() == null ? null : x.provider().name());
                        l.setString(7, x.category());
                        l.setString(8, x.catalogueCode());
                        l.setLong(9, x.unitPrice().pence());
                        l.setString(10, x.unit());
                        l.setBigDecimal(11, x.quantity());
                        l.setString(12, x.frequency().name());
                        l.setString(13, x.fundingStreamId());
                        l.setBoolean(14, x.isPersonalAssistant());
                        l.addBatch();
                        for (String outcomeId : x.outcomeIds().stream().distinct().toList()) {
                            key(links, plan, i);
                            links.setString(4, outcomeId);
                            links.addBatch();
                        }
                        i++;
                    }
                    i = 0;
                    for (Risk x : plan.risks()) {
                        key(r, plan, i++);
                        r.setString(4, x.id());
                        r.setString(5, x.description());
                        r.addBatch();
                    }
                    i = 0;
                    for (Signature x : plan.signatures()) {
                        key(g, plan, i++);
                        g.setString(4, x.role() == null ? "" : x.role().name());
                        g.setString(5, x.name());
                        g.setObject(6, x.signedAt() == null ? null : PlanStore.utc(x.signedAt()));
                        g.setString(7, x.method().name());
                        g.addBatch();
                    }
                }
            }
            o.executeBatch();
            l.executeBatch();
            links.executeBatch();
            r.executeBatch();
            g.executeBatch();
        }
    }

    private static void key(PreparedStatement s, Plan plan, int position) throws SQLException {
        s.setObject(1, plan.id());
        s.setInt(2, plan.version());
        s.setInt(3, position);
    }

    private static void integer(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    /** How many plans the store holds (to carry on a part-made store). */
    public int planCount() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM plan")) {
            r.next();
            int n = r.getInt(1);
            c.rollback();
            return n;
        }
    }

    @Override
    public void close() throws SQLException {
        c.rollback();
        c.close();
    }
}
