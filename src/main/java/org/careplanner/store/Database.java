package org.careplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * The one open connection to the store's H2 file, and the only way to use it: {@link #write} runs work in
 * one transaction and makes it durable ({@code CHECKPOINT SYNC}) before returning; {@link #read} runs a query.
 * Calls are serialised: a desktop store has one user, and a single connection keeps the file locked
 * against other processes for as long as the store is open.
 *
 * <p>Never cancel work here by interrupting the calling thread: H2 closes the database when a thread is
 * interrupted during disk I/O. Cancel by a flag checked between calls instead.
 */
final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path folder;
    /** Null after a save that H2 could not write closed the database: the next call opens it again. */
    private Connection connection;
    /** Held while the store is open (H2 holds it too), to open the file again after a failed write. */
    private volatile StoreKey key;
    /** Set once the store is closed: a backup asked for after that is refused rather than opening the file again. */
    private volatile boolean closed;
    /**
     * Held while a backup runs: one backup at a time (H2 turns the file's space reuse off during one and back to
     * what it found after, so two at once could leave it off), and a passphrase change waits for it.
     */
    private final java.util.concurrent.locks.ReentrantLock backupRunning = new java.util.concurrent.locks.ReentrantLock();

    private Database(Path folder, StoreKey key, Connection connection) {
        this.folder = folder;
        this.key = key;
        this.connection = connection;
    }

    /** Opens (creating if new) the encrypted H2 file in the folder with its unlocked key. */
    static Database open(Path folder, StoreKey key) {
        return new Database(folder, key, connect(folder, key));
    }

    private static Connection connect(Path folder, StoreKey key) {
        String url = StoreUrl.forFolder(folder);
        try {
            Connection c = DriverManager.getConnection(url, credentials(key));
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw translate(folder, e, "open");
        }
    }

    /**
     * The user and password for a connection to the store, made anew for each connection: H2 takes the password as
     * char[] (so it is not left in a String) and wipes it once used (ADR 0034).
     */
    private static java.util.Properties credentials(StoreKey key) {
        java.util.Properties info = new java.util.Properties();
        info.put("user", StoreUrl.USER);
        info.put("password", key.connectionPassword());
        return info;
    }

    /**
     * Closes the file, runs {@code whileClosed} (which replaces it, e.g. re-encrypted), and opens it again with the
     * key it returns. No other work runs meanwhile: every use of the connection is synchronized on this object.
     * If {@code whileClosed} fails, the store stays closed and the failure is thrown.
     */
    synchronized void reopenAfter(java.util.function.Supplier<StoreKey> whileClosed) {
        // A backup running on its own connection would keep the file open under the change: wait for it.
        backupRunning.lock();
        try {
            reopen(whileClosed);
        } finally {
            backupRunning.unlock();
        }
    }

    private void reopen(java.util.function.Supplier<StoreKey> whileClosed) {
        close();
        closed = false;
        StoreKey newKey = whileClosed.get();
        key.wipe();
        key = newKey;
        connection = connect(folder, key);
    }

    /** The connection, opened again if a failed write closed the database. */
    private Connection connection() {
        if (connection == null) {
            connection = connect(folder, key);
            LOG.log(System.Logger.Level.INFO, "The store was opened again after a save that could not be written");
        }
        return connection;
    }

    /**
     * After a save H2 could not write (a full disk), H2 closes the whole database; every later call would fail
     * with "database closed". Drop the connection so the next call opens the file again: what was committed
     * before is on disk, whole.
     */
    private void forgetConnectionIfClosed(SQLException e) {
        if (notWritten(e) != null || e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException closing) {
                LOG.log(System.Logger.Level.DEBUG, "Closing the store after a failed write failed too");
            }
            connection = null;
        }
    }

    Path folder() {
        return folder;
    }

    /**
     * H2's {@code BACKUP TO} the file {@code target} (in H2's file-system notation; see {@link StoreBackup}), on a
     * connection of its own that is closed again after, so saves and reads on the store's connection go on while
     * the file is copied (37 s for a 600 MB store): H2 copies a consistent state of the file, writing what is
     * saved meanwhile to new space, not over what it copies. The backup holds none of this object's lock.
     */
    void backUp(String target) {
        backupRunning.lock();
        try {
            if (closed) {
                throw new StoreException("The store in " + folder + " was closed before its backup could be made.");
            }
            try (Connection c = connect(folder, key);
                 java.sql.PreparedStatement s = c.prepareStatement("BACKUP TO ?")) {
                s.setString(1, target);
                s.execute();
                c.commit();
            } catch (SQLException e) {
                throw translate(folder, e, "back up");
            }
        } finally {
            backupRunning.unlock();
        }
    }

    /** Runs work in one transaction, commits, and syncs the file to disk before returning. */
    synchronized <T> T write(Work<T> work) {
        Connection c = connection();
        try {
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
            checkpointSync();
            return result;
        } catch (SQLException e) {
            forgetConnectionIfClosed(e);
            throw translate(folder, e, "save");
        }
    }

    synchronized <T> T read(Work<T> work) {
        Connection c = connection();
        try {
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            forgetConnectionIfClosed(e);
            throw translate(folder, e, "read");
        }
    }

    /** Flushes committed work to the disk device: only after this may the UI say "Saved". */
    private void checkpointSync() throws SQLException {
        try (Statement s = connection().createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private void rollbackQuietly() {
        try {
            connection().rollback();
        } catch (SQLException | StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Rollback failed after an error: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection == null) {
            return;
        }
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            throw translate(folder, e, "close");
        }
    }

    /** The store's file is damaged: the message names the latest automatic backup, if there is one. */
    static StoreDamagedException damaged(Path folder, Throwable cause) {
        LOG.log(System.Logger.Level.DEBUG, "The store's file is damaged");
        var latest = new AutomaticBackups(new DataFolder(folder), java.time.Clock.systemUTC()).latest()
                .map(AutomaticBackups.Backup::madeAt);
        return new StoreDamagedException(folder, latest, cause);
    }

    /**
     * What {@link #openChecked} found: the schema versions the store records (empty for no store yet), and the store
     * opened on its one connection when it can be used as it is (its schema current); empty when it must first be
     * made or migrated, then opened with {@link #open}; and, for a store to be migrated, whether it holds a person or
     * a plan (read in the same check; empty when not read, or it could not be).
     */
    record Checked(java.util.Optional<Migrations.Applied> applied, java.util.Optional<Database> database,
                   java.util.Optional<Boolean> heldAPlan) {

        Checked(java.util.Optional<Migrations.Applied> applied, java.util.Optional<Database> database) {
            this(applied, database, java.util.Optional.empty());
        }
    }

    /**
     * Opens the store file once (ADR 0027; before, a read-only open checked it and a second open used it) and checks
     * on that connection, before H2 may write a byte to the file, that it holds a CarePlanner store: while the
     * check runs, every write to the file is refused ({@link GuardedFiles}). Overwritten bytes show either as H2's
     * "file corrupted" or, when every record H2 looks for is gone, as a file with no store in it, which H2 would
     * start afresh (its writes refused here): without this check the migrations would fill it and the broker would
     * see an empty list of plans. In the same read, the versions of the schema's migrations recorded in the store,
     * so an up-to-date store is used without Flyway (ADR 0021) and a newer one is refused before anything is
     * written. A file that is not used (no store, a newer one) is shut without writing.
     *
     * @throws StoreDamagedException when the file is damaged
     * @throws StoreInUseException   when another program has it open
     * @throws StoreException        when it is from a newer CarePlanner
     */
    static Checked openChecked(Path folder, StoreKey key) {
        return check(folder, key, true);
    }

    /**
     * Only checks the file as {@link #openChecked} does (a newer store is not refused here), and shuts it again
     * without writing: the schema versions the store records, or empty when there is no store yet.
     */
    static java.util.Optional<Migrations.Applied> checkReadable(Path folder, StoreKey key) {
        return check(folder, key, false).applied();
    }

    private static Checked check(Path folder, StoreKey key, boolean use) {
        return check(folder, key, use, true);
    }

    private static Checked check(Path folder, StoreKey key, boolean use, boolean mayReopen) {
        Path file = new DataFolder(folder).databaseFile();
        try {
            if (!java.nio.file.Files.exists(file) || java.nio.file.Files.size(file) == 0) {
                return new Checked(java.util.Optional.empty(), java.util.Optional.empty());
            }
        } catch (java.io.IOException e) {
            throw new StoreException("CarePlanner cannot read its store file " + file + " ("
                    + e.getClass().getSimpleName() + "). Check that the folder can be read.", e);
        }
        SQLException noStore = null;
        boolean holdsStore = false;
        Migrations.Applied applied = null;
        Optional<Boolean> heldAPlan = Optional.empty();
        Connection c = null;
        GuardedFiles.hold(file);
        try {
            c = DriverManager.getConnection(StoreUrl.forFolder(folder), credentials(key));
            try (Statement s = c.createStatement();
                 java.sql.ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                         + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
                tables.next();
                holdsStore = tables.getInt(1) > 0;
            }
            if (holdsStore) {
                applied = Migrations.Applied.readFrom(c);
                if (use) {
                    Migrations.refuseNewer(folder, applied);
                    if (!Migrations.isCurrent(applied)) {
                        heldAPlan = heldAPlanIfReadable(c);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (c == null && e instanceof SQLException sql && GuardedFiles.refused(file)) {
                // H2 found no store in the file and wanted to start a new one in it: refused, nothing written.
                noStore = sql;
                closeWhatARefusedOpeningLeft(folder, key, file);
            } else {
                shutWithoutWriting(c);
                GuardedFiles.release(file);
                throw e instanceof SQLException sql ? translate(folder, sql, "open") : (RuntimeException) e;
            }
        }
        boolean writeRefused = GuardedFiles.refused(file);
        if (holdsStore) {
            Optional<Migrations.Applied> history = Optional.of(applied);
            if (use && Migrations.isCurrent(applied) && !writeRefused) {
                GuardedFiles.release(file);
                try {
                    c.setAutoCommit(false);
                    return new Checked(history, Optional.of(new Database(folder, key, c)));
                } catch (SQLException e) {
                    closeQuietly(c);
                    throw translate(folder, e, "open");
                }
            }
            // Not used as it is: to be migrated on Flyway's own connection first (see LocalStore.open), only
            // checked, or H2 tried to write during the check (to roll back a transaction a kill left in the file):
            // shut, then opened again if needed, when H2 may write.
            shutWithoutWriting(c);
            if (writeRefused) {
                closeWhatARefusedOpeningLeft(folder, key, file);
            }
            GuardedFiles.release(file);
            return new Checked(history, Optional.empty(), heldAPlan);
        }
        shutWithoutWriting(c);
        GuardedFiles.release(file);
        if (Files.exists(folder.resolve(ESTABLISHED))) {
            // This folder's store was made and opened whole before. H2 refused to open it without writing: either
            // its records are gone (damaged), or a kill left a transaction too large to roll back without writing
            // (an import of many plans, ADR 0040). The second is told from the first only by letting H2 write:
            // with a copy of the file kept, put back byte for byte if the store is not whole after it.
            if (noStore != null && mayReopen) {
                Optional<Path> kept = reopenedWithACopyKept(folder, key, file);
                if (kept.isPresent()) {
                    try {
                        Checked again = check(folder, key, use, false);
                        deleteQuietly(kept.get());
                        return again;
                    } catch (RuntimeException e) {
                        putBack(kept.get(), file);
                        throw e;
                    }
                }
            }
            throw damaged(folder, noStore);
        }
        // The store's very first opening was cut short (the program killed while the file was being made): no
        // plan was ever saved in it. Its bytes are set aside, never deleted, and a new store is made.
        if (!setAside(folder)) {
            throw damaged(folder, noStore);
        }
        return new Checked(java.util.Optional.empty(), java.util.Optional.empty());
    }

    /**
     * Sets aside (renames, never deletes) the file of a store whose very first opening was cut short, so a new one is
     * made in its place. Only for a folder whose store was never opened whole and holds no plan.
     *
     * @return whether it was moved
     */
    /**
     * For an established store H2 would not open without writing (see {@link #check}): the file copied aside whole,
     * then opened with writes allowed, so H2 can roll back what a kill left unfinished, and closed. The copy's path
     * when the store then holds its schema history; otherwise the copy is put back over the file (byte for byte as
     * it was) and empty. Never deletes anything it cannot put back.
     */
    private static Optional<Path> reopenedWithACopyKept(Path folder, StoreKey key, Path file) {
        Path copy = folder.resolve("careplanner.before-reopening-" + System.currentTimeMillis() + ".mv.db");
        try {
            StoreUpgrade.copyWhole(file, copy, folder.resolve("careplanner.reopening-copy.tmp"));
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not copy a store file before letting H2 write to it: "
                    + e.getClass().getSimpleName());
            try {
                Files.deleteIfExists(copy);
            } catch (java.io.IOException again) {
                LOG.log(System.Logger.Level.DEBUG, "Could not remove an unfinished copy");
            }
            return Optional.empty();
        }
        boolean holdsStore = false;
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), credentials(key));
             Statement s = c.createStatement();
             java.sql.ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            tables.next();
            holdsStore = tables.getInt(1) > 0;
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "A store file would not open with writes allowed either: "
                    + e.getClass().getSimpleName() + (e instanceof SQLException sql ? " " + sql.getErrorCode() : ""));
        }
        if (!holdsStore) {
            putBack(copy, file);
            return Optional.empty();
        }
        LOG.log(System.Logger.Level.INFO, "A store left with an unfinished transaction was opened with a copy kept");
        return Optional.of(copy);
    }

    /** The copy renamed over the store file (one step); if that fails, the copy stays where it is, and says so. */
    private static void putBack(Path copy, Path file) {
        try {
            Files.move(copy, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.ERROR, "The store file as it was is kept as " + copy.getFileName()
                    + ", and could not be put back: " + e.getClass().getSimpleName());
        }
    }

    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not remove the copy kept while reopening");
        }
    }

    static boolean setAside(Path folder) {
        Path file = new DataFolder(folder).databaseFile();
        Path aside = folder.resolve("careplanner.interrupted-" + System.currentTimeMillis() + ".mv.db");
        try {
            Files.move(file, aside);
        } catch (java.io.IOException e) {
            return false;
        }
        LOG.log(System.Logger.Level.INFO, "A store whose first opening was cut short was set aside");
        return true;
    }

    /**
     * Whether the folder's store was never opened whole and holds no person or plan, so that a first opening cut
     * short may be set aside and made again. Opens the file (H2 may write to it: it holds a store). When that
     * cannot be told, false: such a store is never set aside.
     */
    static boolean neverHeldAPlan(Path folder, StoreKey key) {
        if (Files.exists(folder.resolve(ESTABLISHED))) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), credentials(key))) {
            return !holdsAPlan(c);
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not tell whether a store holds plans: " + e.getClass().getSimpleName());
            return false;
        }
    }

    /** {@link #holdsAPlan}, or empty when it cannot be read (e.g. H2 wanted to write first: refused in the check). */
    private static Optional<Boolean> heldAPlanIfReadable(Connection c) {
        try {
            return Optional.of(holdsAPlan(c));
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not tell in the check whether a store holds plans");
            return Optional.empty();
        }
    }

    /** Whether the store on {@code c} holds a row in {@code person} or {@code plan}. Only reads. */
    private static boolean holdsAPlan(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.sql.ResultSet tables = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('PERSON', 'PLAN')")) {
                while (tables.next()) {
                    names.add(tables.getString(1));
                }
            }
            for (String name : names) {
                try (java.sql.ResultSet any = s.executeQuery("SELECT EXISTS(SELECT 1 FROM " + name + ")")) {
                    if (any.next() && any.getBoolean(1)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * When H2 opens a file and a write it needs is refused, it keeps that database open in this program with the
     * failure pending, and hands both to the next connection to the same file, which fails with it (H2 error 50000,
     * seen in the crash test as a store that would not migrate) and only then closes it. Take that pending failure
     * here, while writes are still refused, so the next opening reads the file afresh: each attempt either takes the
     * failure (no write tried: H2 closes that database), or opens the file again and is refused again, or connects
     * to a database still open, which is shut without writing.
     */
    private static void closeWhatARefusedOpeningLeft(Path folder, StoreKey key, Path file) {
        for (int attempt = 0; attempt < 3; attempt++) {
            GuardedFiles.hold(file);
            Connection d;
            try {
                d = DriverManager.getConnection(StoreUrl.forFolder(folder), credentials(key));
            } catch (SQLException e) {
                if (!GuardedFiles.refused(file)) {
                    return;
                }
                continue;
            }
            shutWithoutWriting(d);
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "A store file H2 could not open without writing is still open");
    }

    /**
     * Closes H2's database on {@code c} without writing to its file (a file with no store, a newer one, or only
     * checked): {@code SHUTDOWN IMMEDIATELY} closes the files as they are, as a crash would (H2's format is safe
     * for that), where a plain close would write to them.
     */
    private static void shutWithoutWriting(Connection c) {
        if (c == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            boolean alone;
            try (java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                r.next();
                alone = r.getInt(1) <= 1;
            }
            // Another connection of this program has the database open: closing ours writes nothing then.
            if (alone) {
                s.execute("SHUTDOWN IMMEDIATELY");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Shutting a store file without writing: " + e.getClass().getSimpleName());
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing a store connection failed: " + e.getClass().getSimpleName());
        }
    }

    /** Beside the store once it has been made and opened whole: from then on, a file with no store is damaged. */
    static final String ESTABLISHED = "careplanner.established";

    /** Records that the folder's store was made and opened whole (best effort: a read-only folder keeps none). */
    static void markEstablished(Path folder) {
        Path marker = folder.resolve(ESTABLISHED);
        if (Files.exists(marker)) {
            return;
        }
        try {
            Files.writeString(marker, "CarePlanner's store in this folder was made and opened whole.\n");
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not record that the store was made whole");
        }
    }

    /** Why H2 could not write, when it is a full disk or a read-only folder; null for anything else. */
    static StoreNotWrittenException.Reason notWritten(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return StoreNotWrittenException.Reason.READ_ONLY;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.AccessDeniedException) {
                return StoreNotWrittenException.Reason.READ_ONLY;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof java.io.IOException && (message.contains("no space left")
                    || message.contains("not enough space") || message.contains("disk full"))) {
                return StoreNotWrittenException.Reason.DISK_FULL;
            }
            if (t instanceof java.io.IOException && (message.contains("read-only file system")
                    || message.contains("access is denied") || message.contains("permission denied"))) {
                return StoreNotWrittenException.Reason.READ_ONLY;
            }
        }
        return null;
    }

    /** H2's errors, as messages a person can act on. SQL text and values never reach the message. */
    static StoreException translate(Path folder, SQLException e, String doing) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreInUseException(folder, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            // The passphrase was already checked against the salt file's check value, so an encryption error is
            // damage (or a database file that does not belong with this salt file), not a wrong passphrase.
            return damaged(folder, e);
        }
        StoreNotWrittenException.Reason notWritten = notWritten(e);
        if (notWritten != null) {
            LOG.log(System.Logger.Level.WARNING, "Store could not {0}: {1}", doing, notWritten);
            return new StoreNotWrittenException(folder, notWritten, e);
        }
        if (SealedVersionGuard.REFUSED_STATE.equals(e.getSQLState())
                && String.valueOf(e.getMessage()).contains(SealedVersionGuard.REFUSED_MESSAGE)) {
            return new SealedVersionException("The store refused to change a signed or approved plan version: "
                    + "a signed version never changes. Save the change as a new version.", e);
        }
        if (AuditGuard.REFUSED_STATE.equals(e.getSQLState())
                && String.valueOf(e.getMessage()).contains(AuditGuard.REFUSED_MESSAGE)) {
            return new StoreException("The store refused to change or delete a row of its audit log: the audit log "
                    + "is only ever added to.", e);
        }
        LOG.log(System.Logger.Level.ERROR, "Store could not {0}: H2 error {1}, SQL state {2}", doing,
                e.getErrorCode(), e.getSQLState());
        return new StoreException("CarePlanner could not " + doing + " its store in " + folder + " (database error "
                + e.getErrorCode() + "). Your earlier saved work is safe. If this keeps happening, make a backup "
                + "and contact support.", e);
    }
}
