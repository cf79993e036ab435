package org.careplanner.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.h2.store.fs.FileUtils;

/**
 * A throwaway store of made-up plans, kept in H2's in-memory file system and encrypted as a real store is, opened
 * twice and its home list read, so that the real store's opening and first home list run code already loaded and
 * compiled (ADR 0030). In a fresh JVM that first list took about 1 s against 41–64 ms warm: most of it H2
 * decrypting pages (its AES runs interpreted at first) and reading rows, not the disk.
 *
 * <p>Never a file on disk and never anything of a real store: its database lives in {@code memFS:} under a name of
 * its own, with a random key, and is deleted before {@link #practise} returns. Its tables are the store's own,
 * made by the store's migration scripts; its list is read by the very code the home screen's list is read by
 * ({@link PlanQueries#search} of {@link PlanSearch#everything()}).
 */
final class PracticeStore {

    /** Where the practice database lives: H2's in-memory file system, never the disk. */
    static final String FOLDER = "memFS:/careplanner-practice";

    /** How many made-up plans: enough rows read back for the row reading and the list's mapping to be compiled. */
    static final int PLANS = 150;

    /**
     * How much is written to and read back from an encrypted file in memory first, in pieces of a store page's size:
     * H2's decryption (AES in XTS mode, in Java) runs at every page the opening and the list read, and ran
     * interpreted for most of the first list (ADR 0030).
     */
    static final int CIPHER_BYTES = 2 << 20;

    /**
     * The store's migration scripts that make the tables the home list reads (person, plan), as they stand in a store
     * (run by H2 here, by Flyway in a store; they are never edited once released).
     */
    static final List<String> SCRIPTS = List.of("V1__plans_people_catalogue_audit.sql", "V4__plan_resume_step.sql");

    private PracticeStore() {
    }

    /**
     * Makes the practice store, reads its home list as the home screen does, and deletes it; returns that list
     * (the made-up plans, most recently saved first). One at a time. H2's decryption is practised first and its
     * engine loaded; then, at each step, once {@code enough} says so (a passphrase was given: the real derivation
     * and the window being built need the cores more), it stops, deletes what it made and returns an empty list.
     */
    static synchronized List<PlanSummary> practise(LocalDate today, BooleanSupplier enough) throws SQLException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        StoreKey key = StoreKey.of(random);
        long t = System.nanoTime();
        try {
            decryptPages(random);
            java.util.Arrays.fill(random, (byte) 0);
            t = StartTimes.took("practice pages decrypted", t);
            try (Connection c = connect(key)) {
                t = StartTimes.took("practice store made", t);
                if (enough.getAsBoolean()) {
                    shutAsACrashWould(c);
                    return List.of();
                }
                fill(c, today);
                t = StartTimes.took("practice store filled", t);
                shutAsACrashWould(c);
            }
            if (enough.getAsBoolean()) {
                return List.of();
            }
            // Opened again from its encrypted pages, as the real store is: the read path, not the cache.
            List<PlanSummary> listed;
            try (Connection c = connect(key)) {
                c.setAutoCommit(false);
                PlanQueries.search(c, PlanSearch.everything(), today);
                listed = PlanQueries.search(c, PlanSearch.everything(), today);
                c.commit();
                shutAsACrashWould(c);
            }
            StartTimes.took("practice store opened and listed", t);
            return listed;
        } finally {
            java.util.Arrays.fill(random, (byte) 0);
            key.wipe();
            FileUtils.deleteRecursive(FOLDER, false);
        }
    }

    /** {@link #CIPHER_BYTES} through H2's encrypted file (as a store's file is read), in a file in memory. */
    private static void decryptPages(byte[] key) throws SQLException {
        String name = FOLDER + "/cipher";
        try (java.nio.channels.FileChannel file = new org.h2.store.fs.encrypt.FileEncrypt(name, key.clone(),
                org.h2.store.fs.FilePath.get(name).open("rw"))) {
            java.nio.ByteBuffer page = java.nio.ByteBuffer.allocate(4096);
            for (long at = 0; at < CIPHER_BYTES; at += page.capacity()) {
                page.clear();
                file.write(page, at);
            }
            for (long at = 0; at < CIPHER_BYTES; at += page.capacity()) {
                page.clear();
                file.read(page, at);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("Practice file not written", e);
        }
    }

    /**
     * Shut without the compaction a plain close does (most of the practice's time when tried): what was made is in
     * the file already (the fill ends with a checkpoint), and the file is deleted at the end anyway.
     */
    private static void shutAsACrashWould(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        }
    }

    /** A connection as the store's own (H2 wipes the password it is given: a fresh copy each time). */
    private static Connection connect(StoreKey key) throws SQLException {
        Properties info = new Properties();
        info.put("user", StoreUrl.USER);
        info.put("password", key.connectionPassword());
        return DriverManager.getConnection(StoreUrl.inMemory(FOLDER), info);
    }

    /** The store's tables, made by its own migration scripts, and the made-up plans, written once. */
    private static void fill(Connection c, LocalDate today) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Written once at the end (CHECKPOINT), not at each of the scripts' statements: only the reading is practised.
            s.execute("SET WRITE_DELAY 60000");
            for (String script : SCRIPTS) {
                String from = Migrations.LOCATION.replace("classpath:", "classpath:/") + "/" + script;
                s.execute("RUNSCRIPT FROM '" + from + "' CHARSET 'UTF-8'");
            }
        }
        addMadeUpPlans(c, today);
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    /**
     * {@link #PLANS} made-up people, each with a plan, saved over the day before {@code today}: no one real
     * ("Practice 0", "Practice 1"…), NHS numbers not valid ones, in one transaction, committed.
     */
    static void addMadeUpPlans(Connection c, LocalDate today) throws SQLException {
        c.setAutoCommit(false);
        OffsetDateTime saved = today.minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, given_name, family_name, "
                + "preferred_name, nhs_number, name_folded) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement plan = c.prepareStatement("INSERT INTO plan (id, person_id, current_version, status, "
                     + "created_at, updated_at, next_review_due) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < PLANS; i++) {
                UUID personId = new UUID(0x5EED, i);
                person.setObject(1, personId);
                person.setString(2, "Practice");
                person.setString(3, Integer.toString(i));
                person.setString(4, "");
                person.setString(5, i % 3 == 0 ? null : String.format("9%09d", i));
                person.setString(6, "practice " + i);
                person.addBatch();
                plan.setObject(1, new UUID(0x91A, i));
                plan.setObject(2, personId);
                plan.setInt(3, 1 + i % 4);
                plan.setString(4, i % 2 == 0 ? "DRAFT" : "SIGNED");
                plan.setObject(5, saved);
                plan.setObject(6, saved.plusMinutes(2 * i));
                plan.setObject(7, i % 5 == 0 ? null : today.plusDays(i % 400 - 30));
                plan.addBatch();
            }
            person.executeBatch();
            plan.executeBatch();
        }
        c.commit();
    }
}
