package org.careplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
    private final Connection connection;

    private Database(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    /** Opens (creating if new) the H2 file in the folder. */
    static Database open(Path folder) {
        String url = StoreUrl.forFolder(folder);
        try {
            Connection c = DriverManager.getConnection(url, StoreUrl.USER, StoreUrl.password());
            c.setAutoCommit(false);
            return new Database(folder, c);
        } catch (SQLException e) {
            throw translate(folder, e, "open");
        }
    }

    Path folder() {
        return folder;
    }

    /** Runs work in one transaction, commits, and syncs the file to disk before returning. */
    synchronized <T> T write(Work<T> work) {
        try {
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
            checkpointSync();
            return result;
        } catch (SQLException e) {
            throw translate(folder, e, "save");
        }
    }

    synchronized <T> T read(Work<T> work) {
        try {
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw translate(folder, e, "read");
        }
    }

    /** Flushes committed work to the disk device: only after this may the UI say "Saved". */
    private void checkpointSync() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Rollback failed after an error (H2 code {0})", e.getErrorCode());
        }
    }

    @Override
    public synchronized void close() {
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
     * Before opening a store file that already has content: opens it read-only (so a damaged file is never
     * written to) and checks that it holds a CarePlanner store. Overwritten bytes show either as H2's "file
     * corrupted" or, when every record H2 looks for is gone, as an empty database: without this check H2 would
     * open that as a new store, the migrations would fill it, and the broker would see an empty list of plans.
     *
     * @throws StoreDamagedException when the file is damaged
     * @throws StoreInUseException   when another program has it open
     */
    static void checkReadable(Path folder) {
        Path file = new DataFolder(folder).databaseFile();
        try {
            if (!java.nio.file.Files.exists(file) || java.nio.file.Files.size(file) == 0) {
                return;
            }
        } catch (java.io.IOException e) {
            throw new StoreException("CarePlanner cannot read its store file " + file + " ("
                    + e.getClass().getSimpleName() + "). Check that the folder can be read.", e);
        }
        try (Connection c = DriverManager.getConnection(StoreUrl.forReading(folder), StoreUrl.USER, StoreUrl.password());
             Statement s = c.createStatement();
             java.sql.ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                throw damaged(folder, null);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                // Opened read-only, H2 found no store in the file and wanted to start a new one in it.
                throw damaged(folder, e);
            }
            throw translate(folder, e, "open");
        }
    }

    /** H2's errors, as messages a person can act on. SQL text and values never reach the message. */
    static StoreException translate(Path folder, SQLException e, String doing) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreInUseException(folder, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return damaged(folder, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new StoreException("CarePlanner cannot read its store in " + folder + ": the file is damaged or "
                    + "needs a different password. Restore it from a backup (careplanner restore FILE).", e);
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
