package org.careplanner.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Risk;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SupportLine;

/**
 * The plans and every version of them. Each version is kept whole as its JSON document (the record), with
 * copies of its outcomes, support lines, risks and signatures in child tables for search and finance.
 *
 * <p>Signed is final: a version that was signed or approved is sealed. Saving a changed plan whose
 * version is sealed stores the change as the next draft version ({@link Plan#nextDraftVersion}); the
 * database's own trigger ({@link SealedVersionGuard}) refuses any other change to a sealed version.
 *
 * <p>Every write is one transaction, committed and synced to disk before the method returns: when
 * {@link #saveVersion} returns, the UI may say "Saved". Call it off the JavaFX thread, and never cancel the
 * call by interrupting its thread ({@code Task.cancel(true)}, {@code Future.cancel(true)}): H2 closes the
 * database when a thread is interrupted during disk I/O. Cancel with {@code cancel(false)} or a flag.
 */
public final class PlanStore {

    static final String ENTITY = "plan";

    private final Database database;
    private final Clock clock;
    private final NextReviewDate nextReviewDate;
    private final PlanDocuments documents;
    private final AuditLog audit;

    PlanStore(Database database, StoreSettings settings, AuditLog audit) {
        this.database = database;
        this.clock = settings.clock();
        this.nextReviewDate = settings.nextReviewDate();
        this.documents = settings.documents();
        this.audit = audit;
    }

    /**
     * Saves a plan version and returns it as stored. A new plan, or the next version, is added; an unsealed
     * current version is replaced; a change to a sealed version is stored as the next draft version instead.
     * Saving a sealed version unchanged does nothing; a sealed version may only move on in its lifecycle
     * (e.g. SIGNED to APPROVED) without changing its content.
     *
     * @throws VersionConflictException when the plan's version is neither its latest nor the one after
     * @throws StoreException           when the status move is not one the plan lifecycle allows
     */
    public Plan saveVersion(Plan plan) {
        return database.write(c -> {
            Optional<Head> head = head(c, plan.id());
            if (head.isEmpty()) {
                insertPlan(c, plan);
                return plan;
            }
            int current = head.get().currentVersion;
            if (plan.version() == current + 1) {
                insertVersion(c, plan, head.get());
                return plan;
            }
            if (plan.version() != current) {
                throw new VersionConflictException(plan.id(), plan.version(), current);
            }
            StoredVersion stored = storedVersion(c, plan.id(), current).orElseThrow();
            if (!stored.sealed) {
                replaceDraft(c, plan, stored, head.get());
                return plan;
            }
            Plan sealed = stored.plan(documents);
            if (sealed.equals(plan)) {
                return sealed;
            }
            if (sealed.withStatus(plan.status()).equals(plan) && sealed.status().canMoveTo(plan.status())
                    && plan.status().isLocked()) {
                moveSealedStatus(c, plan, sealed.status(), head.get());
                return plan;
            }
            Plan draft = plan.nextDraftVersion(clock.instant());
            insertVersion(c, draft, head.get());
            return draft;
        });
    }

    /**
     * Stores a plan version as signed and seals it, in one transaction (the signing package hashes it first).
     * The version must be new (a new plan, or the one after the latest) or the latest and not yet sealed, which it
     * replaces. Signing is agreeing: a draft moves straight to signed here, a step {@link #saveVersion} refuses.
     *
     * @throws IllegalArgumentException when the plan is not marked signed with a hash
     * @throws SealedVersionException   when this version is already signed or approved
     * @throws VersionConflictException when the version is neither the latest nor the one after
     */
    public Plan sign(Plan signed) {
        if (signed.status() != PlanStatus.SIGNED || signed.signedHash().isBlank() || signed.signatures().isEmpty()) {
            throw new IllegalArgumentException("Only a plan marked signed, with its signatures and hash, is stored "
                    + "by sign()");
        }
        return database.write(c -> {
            Optional<Head> head = head(c, signed.id());
            if (head.isEmpty()) {
                insertPlan(c, signed);
            } else if (signed.version() == head.get().currentVersion + 1) {
                insertVersion(c, signed, head.get());
            } else if (signed.version() != head.get().currentVersion) {
                throw new VersionConflictException(signed.id(), signed.version(), head.get().currentVersion);
            } else {
                StoredVersion stored = storedVersion(c, signed.id(), signed.version()).orElseThrow();
                if (stored.sealed) {
                    throw new SealedVersionException("Version " + signed.version() + " of this plan is already "
                            + "signed and never changes. Edit the plan to start a new version, then sign that.");
                }
                deleteChildren(c, signed.id(), signed.version());
                writeVersionRow(c, signed, false);
                writeChildren(c, signed);
                sealIfLocked(c, signed);
                updateHead(c, signed, head.get());
            }
            audit.record(c, "plan.signed", ENTITY, signed.id().toString(), signed.version(),
                    "signatures=" + signed.signatures().size());
            return signed;
        });
    }

    /**
     * Adds plan versions read from a file, all in one transaction: a plan the store lacks is added; a version
     * newer than the stored latest is added after it; a version the store already has is never overwritten
     * (identical: nothing to do; different: the stored one is kept and the result says so).
     */
    public List<ImportedVersion> importVersions(List<Plan> plans) {
        return importVersions(plans, () -> false);
    }

    /**
     * As {@link #importVersions(List)}, asking {@code cancelled} before each version and once more before the
     * commit: when it answers true, the transaction is rolled back (nothing of the file is stored) and a
     * {@link java.util.concurrent.CancellationException} is thrown. Never interrupt the thread instead.
     */
    public List<ImportedVersion> importVersions(List<Plan> plans, java.util.function.BooleanSupplier cancelled) {
        List<Plan> ordered = plans.stream()
                .sorted(java.util.Comparator.comparing(Plan::id).thenComparingInt(Plan::version)).toList();
        return importEach(write -> ordered.forEach(write), cancelled);
    }

    /** Versions handed to a write one at a time ({@link #importEach}), each plan's oldest first. */
    @FunctionalInterface
    public interface Versions {
        void each(java.util.function.Consumer<Plan> write);
    }

    /**
     * As {@link #importVersions(List, java.util.function.BooleanSupplier)}, with the versions handed over one at a
     * time as they are read from a file, never held together (docs/decisions/0033): each plan's versions must come
     * oldest first. All in one transaction: anything thrown while the versions are handed over (a file found changed
     * on the second reading, a cancel) rolls it back, and nothing of them is stored. The report is in the order the
     * versions came.
     */
    public List<ImportedVersion> importEach(Versions versions, java.util.function.BooleanSupplier cancelled) {
        return database.write(c -> {
            java.util.Map<UUID, Integer> before = new java.util.HashMap<>();
            List<ImportedVersion> out = new ArrayList<>();
            try {
                versions.each(plan -> {
                    stopIf(cancelled);
                    try {
                        out.add(importVersion(c, plan, before));
                    } catch (SQLException e) {
                        throw new WriteFailed(e);
                    }
                });
            } catch (WriteFailed e) {
                throw e.sql;
            }
            stopIf(cancelled);
            return out;
        });
    }

    /** Carries a write's SQLException out of {@link Versions#each}, to be thrown as itself. */
    private static final class WriteFailed extends RuntimeException {
        final SQLException sql;

        WriteFailed(SQLException sql) {
            super(null, null, false, false);
            this.sql = sql;
        }
    }

    private ImportedVersion importVersion(Connection c, Plan plan, java.util.Map<UUID, Integer> before)
            throws SQLException {
        Optional<Head> head = head(c, plan.id());
        int storedBefore = before.computeIfAbsent(plan.id(), id -> head.map(Head::currentVersion).orElse(0));
        ImportedVersion.Result result;
        if (head.isEmpty()) {
            insertPlan(c, plan);
            result = ImportedVersion.Result.ADDED_NEW_PLAN;
        } else if (plan.version() > head.get().currentVersion) {
            insertVersion(c, plan, head.get());
            result = storedBefore == 0 ? ImportedVersion.Result.ADDED_NEW_PLAN
                    : ImportedVersion.Result.ADDED_NEWER_VERSION;
        } else {
            Optional<StoredVersion> stored = storedVersion(c, plan.id(), plan.version());
            result = stored.isPresent() && stored.get().plan(documents).equals(plan)
                    ? ImportedVersion.Result.ALREADY_STORED : ImportedVersion.Result.NOT_IMPORTED;
        }
        audit.record(c, "plan.imported", ENTITY, plan.id().toString(), plan.version(), "result=" + result);
        return new ImportedVersion(plan.id(), plan.version(), result, storedBefore);
    }

    private static void stopIf(java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("Import cancelled: nothing was stored");
        }
    }

    /**
     * Records the conversation step the broker is on in a plan, so reopening it resumes there. Kept on the plan's
     * row, outside its versions (so a sealed version is untouched); a plan not stored yet is left as it is.
     */
    public void rememberStep(UUID planId, String step) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE plan SET resume_step = ? WHERE id = ?")) {
                s.setString(1, step);
                s.setObject(2, planId);
                return s.executeUpdate();
            }
        });
    }

    /** The step recorded by {@link #rememberStep}, if any. */
    public Optional<String> resumeStep(UUID planId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT resume_step FROM plan WHERE id = ?")) {
                s.setObject(1, planId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The plan's latest version. */
    public Optional<Plan> latest(UUID planId) {
        return database.read(c -> {
            Optional<Head> head = head(c, planId);
            if (head.isEmpty()) {
                return Optional.empty();
            }
            return storedVersion(c, planId, head.get().currentVersion).map(v -> v.plan(documents));
        });
    }

    /** One version of a plan, exactly as it was saved (with its current lifecycle status). */
    public Optional<Plan> version(UUID planId, int version) {
        return database.read(c -> storedVersion(c, planId, version).map(v -> v.plan(documents)));
    }

    /** Every version of a plan, oldest first; empty when there is no such plan. */
    public List<VersionInfo> history(UUID planId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT version, status, sealed, saved_at, content_hash "
                    + "FROM plan_version WHERE plan_id = ? ORDER BY version")) {
                s.setObject(1, planId);
                List<VersionInfo> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new VersionInfo(planId, r.getInt(1), PlanStatus.valueOf(r.getString(2)),
                                r.getBoolean(3), r.getObject(4, OffsetDateTime.class).toInstant(), r.getString(5)));
                    }
                }
                return out;
            }
        });
    }

    /** Plans whose latest version matches, most recently saved first. */
    public List<PlanSummary> search(PlanSearch query) {
        LocalDate today = LocalDate.now(clock);
        return database.read(c -> PlanQueries.search(c, query, today));
    }

    /** The home screen's list: every plan's latest version, most recently saved first. */
    public List<PlanSummary> homeList() {
        return search(PlanSearch.everything());
    }

    /** How many plans {@link #refreshReviewDates} reads at a time (and, at most, rewrites in one transaction). */
    static final int REFRESH_BATCH = 100;

    /** The audit action that marks a day's review dates as brought up to date (detail "day=YYYY-MM-DD changed=N"). */
    static final String REVIEW_DATES_CHECKED = "plan.review-dates.checked";

    /**
     * Brings every plan's next review date up to date for today; for when the app starts, since a rule that depends
     * on today (a plan without a start date counts from today) goes stale between saves. Once a day: the day of the
     * last complete pass is kept in the store (an audit event, {@value #REVIEW_DATES_CHECKED}), and a later call on
     * the same day reads nothing else and returns 0, since a save in between stored its plan's date for today itself
     * (ADR 0028). A rule changed in a new release is applied from the next day on (and at once to each plan saved).
     *
     * <p>The pass reads the plans by id, {@value #REFRESH_BATCH} latest versions at a time (each read holds the store
     * for one batch only, so a save or an open waits for one batch at most), keeps only the dates that changed, and
     * writes those, if any, in one transaction per batch: a batch with nothing changed writes nothing. Each plan's
     * date stands alone, so a pass ended midway loses nothing; the day is marked only when the pass is complete.
     *
     * @return how many plans' dates changed
     */
    public int refreshReviewDates() {
        LocalDate today = LocalDate.now(clock);
        if (database.read(PlanStore::lastReviewDatesCheck).filter(today::equals).isPresent()) {
            return 0;
        }
        int changed = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<NewReviewDate> batch = new ArrayList<>();
            after = database.read(c -> reviewDatesToChange(c, from, batch));
            if (!batch.isEmpty()) {
                changed += database.write(c -> writeReviewDates(c, batch));
            }
            if (after == null) {
                break;
            }
        }
        int total = changed;
        database.write(c -> {
            audit.record(c, REVIEW_DATES_CHECKED, ENTITY, "*", null, "day=" + today + " changed=" + total);
            return total;
        });
        return changed;
    }

    /** A plan's next review date as the rule now gives it, and what its row held when it was read. */
    private record NewReviewDate(UUID planId, int version, OffsetDateTime updatedAt, LocalDate was, LocalDate due) {
    }

    /** The day of the last complete {@link #refreshReviewDates} pass, if any. */
    private static Optional<LocalDate> lastReviewDatesCheck(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT detail FROM audit_event WHERE entity_type = ? "
                + "AND entity_id = '*' AND action = ? ORDER BY id DESC LIMIT 1")) {
            s.setString(1, ENTITY);
            s.setString(2, REVIEW_DATES_CHECKED);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String detail = r.getString(1);
                int at = detail.indexOf("day=");
                if (at < 0) {
                    return Optional.empty();
                }
                int end = detail.indexOf(' ', at);
                try {
                    return Optional.of(LocalDate.parse(detail.substring(at + 4, end < 0 ? detail.length() : end)));
                } catch (java.time.format.DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * Reads the next {@value #REFRESH_BATCH} plans after {@code after} (from the first when null), in id order, with
     * their latest versions' documents, and adds to {@code changes} those whose date the rule now gives otherwise.
     * Only one document is made into a plan at a time. Returns the last id read, or null when there are no more.
     */
    private UUID reviewDatesToChange(Connection c, UUID after, List<NewReviewDate> changes) throws SQLException {
        String sql = "SELECT p.id, p.current_version, p.updated_at, p.next_review_due, v.status, v.document "
                + "FROM plan p JOIN plan_version v ON v.plan_id = p.id AND v.version = p.current_version "
                + (after == null ? "" : "WHERE p.id > ? ") + "ORDER BY p.id LIMIT " + REFRESH_BATCH;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (after != null) {
                s.setObject(1, after);
            }
            UUID last = null;
            int read = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    read++;
                    last = r.getObject(1, UUID.class);
                    LocalDate was = r.getObject(4, LocalDate.class);
                    Plan latest = new StoredVersion(PlanStatus.valueOf(r.getString(5)), false, r.getString(6))
                            .plan(documents);
                    LocalDate due = nextReviewDate.of(latest);
                    if (!java.util.Objects.equals(was, due)) {
                        changes.add(new NewReviewDate(last, r.getInt(2), r.getObject(3, OffsetDateTime.class), was,
                                due));
                    }
                }
            }
            return read < REFRESH_BATCH ? null : last;
        }
    }

    /**
     * Writes new review dates, each only if its plan is still as it was read (a save in between stored the date
     * for its own version, with today's rule).
     */
    private int writeReviewDates(Connection c, List<NewReviewDate> dates) throws SQLException {
        int changed = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE plan SET next_review_due = ? WHERE id = ? "
                + "AND current_version = ? AND updated_at = ? AND next_review_due IS NOT DISTINCT FROM ?")) {
            for (NewReviewDate d : dates) {
                update.setObject(1, d.due());
                update.setObject(2, d.planId());
                update.setInt(3, d.version());
                update.setObject(4, d.updatedAt());
                update.setObject(5, d.was());
                changed += update.executeUpdate();
            }
        }
        if (changed > 0) {
            audit.record(c, "plan.review-dates.refreshed", ENTITY, "*", null, "changed=" + changed);
        }
        return changed;
    }

    /**
     * The latest versions of up to {@code limit} plans after {@code after} (from the first when null), in plan id order
     * (the order of {@link #planIds()}), read in one query: for going through the whole store a batch at a time
     * (an export) without holding it all.
     */
    List<Plan> latestAfter(UUID after, int limit) {
        String sql = "SELECT v.status, v.document FROM plan p JOIN plan_version v ON v.plan_id = p.id "
                + "AND v.version = p.current_version " + (after == null ? "" : "WHERE p.id > ? ") + "ORDER BY p.id LIMIT ?";
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (after != null) {
                    s.setObject(i++, after);
                }
                s.setInt(i, limit);
                List<Plan> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredVersion(PlanStatus.valueOf(r.getString(1)), false, r.getString(2))
                                .plan(documents));
                    }
                }
                return out;
            }
        });
    }

    /** The ids of every plan, in a stable order (for export). */
    public List<UUID> planIds() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM plan ORDER BY id")) {
                List<UUID> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getObject(1, UUID.class));
                    }
                }
                return out;
            }
        });
    }

    // --- writing ------------------------------------------------------------------------------------------

    private void insertPlan(Connection c, Plan plan) throws SQLException {
        UUID personId = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person (id, given_name, family_name, "
                + "preferred_name, date_of_birth, nhs_number, name_folded) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, personId);
            bindPerson(s, 2, plan);
            s.executeUpdate();
        }
        NameWords.write(c, personId, foldedName(plan));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan (id, person_id, current_version, status, "
                + "created_at, updated_at, next_review_due) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Instant now = clock.instant();
            s.setObject(1, plan.id());
            s.setObject(2, personId);
            s.setInt(3, plan.version());
            s.setString(4, plan.status().name());
            s.setObject(5, utc(now));
            s.setObject(6, utc(now));
            s.setObject(7, nextReviewDate.of(plan));
            s.executeUpdate();
        }
        writeVersionRow(c, plan, true);
        writeChildren(c, plan);
        sealIfLocked(c, plan);
        audit.record(c, "plan.created", ENTITY, plan.id().toString(), plan.version(), "status=" + plan.status());
    }

    private void insertVersion(Connection c, Plan plan, Head head) throws SQLException {
        writeVersionRow(c, plan, true);
        writeChildren(c, plan);
        sealIfLocked(c, plan);
        updateHead(c, plan, head);
        audit.record(c, "plan.version.added", ENTITY, plan.id().toString(), plan.version(), "status=" + plan.status());
    }

    private void replaceDraft(Connection c, Plan plan, StoredVersion stored, Head head) throws SQLException {
        if (plan.status() != stored.status && !stored.status.canMoveTo(plan.status())) {
            throw new StoreException("A plan cannot go from " + words(stored.status) + " straight to "
                    + words(plan.status()) + ". Nothing was saved.");
        }
        deleteChildren(c, plan.id(), plan.version());
        writeVersionRow(c, plan, false);
        writeChildren(c, plan);
        sealIfLocked(c, plan);
        updateHead(c, plan, head);
        audit.record(c, plan.status() == stored.status ? "plan.version.saved" : "plan.status.changed", ENTITY,
                plan.id().toString(), plan.version(), "status=" + plan.status());
    }

    private void moveSealedStatus(Connection c, Plan plan, PlanStatus from, Head head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE plan_version SET status = ? "
                + "WHERE plan_id = ? AND version = ? AND status = ?")) {
            s.setString(1, plan.status().name());
            s.setObject(2, plan.id());
            s.setInt(3, plan.version());
            s.setString(4, from.name());
            s.executeUpdate();
        }
        updateHead(c, plan, head);
        audit.record(c, "plan.status.changed", ENTITY, plan.id().toString(), plan.version(),
                "status=" + from + "->" + plan.status());
    }

    private void writeVersionRow(Connection c, Plan plan, boolean insert) throws SQLException {
        String document = documents.write(plan);
        String sql = insert
                ? "INSERT INTO plan_version (status, created_at, updated_at, saved_at, document, document_format, "
                        + "content_hash, plan_id, version, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)"
                // Never a sealed version: the WHERE clause is the repository's guard, the trigger the database's.
                : "UPDATE plan_version SET status = ?, created_at = ?, updated_at = ?, saved_at = ?, document = ?, "
                        + "document_format = ?, content_hash = ? WHERE plan_id = ? AND version = ? AND sealed = FALSE";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, plan.status().name());
            s.setObject(2, utcOrNull(plan.createdAt()));
            s.setObject(3, utcOrNull(plan.updatedAt()));
            s.setObject(4, utc(clock.instant()));
            s.setString(5, document);
            s.setInt(6, documents.formatVersion());
            s.setString(7, sha256(documents.canonical(plan)));
            s.setObject(8, plan.id());
            s.setInt(9, plan.version());
            if (s.executeUpdate() != 1) {
                throw new SealedVersionException("Version " + plan.version() + " of plan " + plan.id()
                        + " is signed or approved and never changes. Save the change as a new version.");
            }
        }
    }

    private static void sealIfLocked(Connection c, Plan plan) throws SQLException {
        if (!plan.status().isLocked()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE plan_version SET sealed = TRUE WHERE plan_id = ? AND version = ?")) {
            s.setObject(1, plan.id());
            s.setInt(2, plan.version());
            s.executeUpdate();
        }
    }

    private void updateHead(Connection c, Plan plan, Head head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE person SET given_name = ?, family_name = ?, "
                + "preferred_name = ?, date_of_birth = ?, nhs_number = ?, name_folded = ? WHERE id = ?")) {
            bindPerson(s, 1, plan);
            s.setObject(7, head.personId);
            s.executeUpdate();
        }
        NameWords.write(c, head.personId, foldedName(plan));
        try (PreparedStatement s = c.prepareStatement("UPDATE plan SET current_version = ?, status = ?, "
                + "updated_at = ?, next_review_due = ? WHERE id = ?")) {
            s.setInt(1, Math.max(plan.version(), head.currentVersion));
            s.setString(2, plan.status().name());
            s.setObject(3, utc(clock.instant()));
            s.setObject(4, nextReviewDate.of(plan));
            s.setObject(5, plan.id());
            s.executeUpdate();
        }
    }

    private static void bindPerson(PreparedStatement s, int first, Plan plan) throws SQLException {
        var p = plan.person();
        s.setString(first, p.givenName());
        s.setString(first + 1, p.familyName());
        s.setString(first + 2, p.preferredName());
        s.setObject(first + 3, p.dateOfBirth());
        s.setString(first + 4, p.nhsNumber() == null ? null : p.nhsNumber().digits());
        s.setString(first + 5, foldedName(plan));
    }

    private static String foldedName(Plan plan) {
        var p = plan.person();
        return NameFolding.fold(p.givenName() + " " + p.familyName() + " " + p.preferredName());
    }

    private static void deleteChildren(Connection c, UUID planId, int version) throws SQLException {
        for (String table : List.of("support_line_outcome", "support_line", "outcome", "risk", "signature")) {
            // Table names come from the fixed list above, never from input.
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE plan_id = ? AND version = ?")) {
                s.setObject(1, planId);
                s.setInt(2, version);
                s.executeUpdate();
            }
        }
    }

    private static void writeChildren(Connection c, Plan plan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outcome (plan_id, version, position, outcome_id, "
                + "in_persons_words, target_date, importance, confidence, stage_of_change) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Outcome o : plan.outcomes()) {
                bindKey(s, plan, i++);
                s.setString(4, o.id());
                s.setString(5, o.inPersonsWords());
                s.setObject(6, o.targetDate());
                setInteger(s, 7, o.importance());
                setInteger(s, 8, o.confidence());
                s.setString(9, o.stageOfChange() == null ? null : o.stageOfChange().name());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO support_line (plan_id, version, position, line_id, "
                + "description, provider, category, catalogue_code, unit_price_pence, unit, quantity, frequency, "
                + "funding_stream_id, personal_assistant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement links = c.prepareStatement("INSERT INTO support_line_outcome (plan_id, version, "
                     + "line_position, outcome_id) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (SupportLine l : plan.supportLines()) {
                bindKey(s, plan, i);
                s.setString(4, l.id());
                s.setString(5, l.description());
                s.setString(6, l.provider() == null ? null : l.provider().name());
                s.setString(7, l.category());
                s.setString(8, l.catalogueCode());
                s.setLong(9, l.unitPrice().pence());
                s.setString(10, l.unit());
                s.setBigDecimal(11, l.quantity());
                s.setString(12, l.frequency().name());
                s.setString(13, l.fundingStreamId());
                s.setBoolean(14, l.isPersonalAssistant());
                s.addBatch();
                for (String outcomeId : l.outcomeIds().stream().distinct().toList()) {
                    bindKey(links, plan, i);
                    links.setString(4, outcomeId);
                    links.addBatch();
                }
                i++;
            }
            s.executeBatch();
            links.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO risk (plan_id, version, position, risk_id, "
                + "description) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Risk r : plan.risks()) {
                bindKey(s, plan, i++);
                s.setString(4, r.id());
                s.setString(5, r.description());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO signature (plan_id, version, position, signer_role, "
                + "signer_name, signed_at, method) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Signature g : plan.signatures()) {
                bindKey(s, plan, i++);
                s.setString(4, g.role() == null ? "" : g.role().name());
                s.setString(5, g.name());
                s.setObject(6, utcOrNull(g.signedAt()));
                s.setString(7, g.method().name());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement s, Plan plan, int position) throws SQLException {
        s.setObject(1, plan.id());
        s.setInt(2, plan.version());
        s.setInt(3, position);
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    // --- reading ------------------------------------------------------------------------------------------

    private record Head(UUID personId, int currentVersion) {
    }

    private record StoredVersion(PlanStatus status, boolean sealed, String document) {
        /** The document's plan, with the version's lifecycle status (which may have moved on since it was sealed). */
        Plan plan(PlanDocuments documents) {
            Plan p = documents.read(document);
            return p.status() == status ? p : p.withStatus(status);
        }
    }

    private static Optional<Head> head(Connection c, UUID planId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT person_id, current_version FROM plan WHERE id = ?")) {
            s.setObject(1, planId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Head(r.getObject(1, UUID.class), r.getInt(2))) : Optional.empty();
            }
        }
    }

    private static Optional<StoredVersion> storedVersion(Connection c, UUID planId, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT status, sealed, document FROM plan_version WHERE plan_id = ? AND version = ?")) {
            s.setObject(1, planId);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new StoredVersion(PlanStatus.valueOf(r.getString(1)), r.getBoolean(2),
                                r.getString(3)))
                        : Optional.empty();
            }
        }
    }

    // --- values -------------------------------------------------------------------------------------------

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OffsetDateTime utcOrNull(Instant instant) {
        return instant == null ? null : utc(instant);
    }

    static String sha256(String document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String words(PlanStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
