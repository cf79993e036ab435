package org.careplanner.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The local store: one H2 file in the data folder, opened once per program run and closed on exit.
 * Opening creates the folder and the file on first use and brings the schema up to date.
 *
 * <pre>{@code
 * try (LocalStore store = LocalStore.open(DataFolder.forThisProcess(dataDirOption), StoreSettings.defaults())) {
 *     store.plans().saveVersion(plan);
 * }
 * }</pre>
 *
 * @throws StoreInUseException from {@link #open} when another process has this store open
 */
public final class LocalStore implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;
    private final PlanStore plans;
    private final ServiceCatalogue catalogue;
    private final AuditLog audit;
    private final PlanTransfer transfer;
    private final PlanDocuments documents;
    private final AutomaticBackups backups;

    private LocalStore(DataFolder folder, Database database, StoreSettings settings) {
        this.folder = folder;
        this.database = database;
        this.documents = settings.documents();
        this.audit = new AuditLog(database, settings.clock(), settings.actor());
        this.plans = new PlanStore(database, settings, audit);
        this.catalogue = new ServiceCatalogue(database, audit);
        this.transfer = new PlanTransfer(plans, settings.planChecks(), settings.lineCosts());
        this.backups = new AutomaticBackups(folder, settings.clock());
    }

    public static LocalStore open(DataFolder folder, StoreSettings settings) {
        Objects.requireNonNull(settings, "settings");
        folder.createIfMissing();
        // Migrations first, on Flyway's own connection, which closes the database again when done. Opening ours
        // first would be tidier, but H2 2.4.240 binds a CHECK constraint's IN list to the session that created
        // it, so every insert failed with "database has been closed" once Flyway's session had gone.
        // A second process fails in either step with H2 error 90020, translated to StoreInUseException.
        Database.checkReadable(folder.path());
        Migrations.apply(folder.path());
        Database database = Database.open(folder.path());
        try {
            LocalStore store = new LocalStore(folder, database, settings);
            store.audit.startChainIfNeeded();
            return store;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public DataFolder folder() {
        return folder;
    }

    public PlanStore plans() {
        return plans;
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Plans in and out as plan files and costing CSV. */
    public PlanTransfer transfer() {
        return transfer;
    }

    /** The backups made by the app itself, in the data folder's backups subfolder. */
    public AutomaticBackups automaticBackups() {
        return backups;
    }

    /** A consistent backup of the store, made while it is open, as a zip file. */
    public void backUpTo(Path zip) {
        StoreBackup.backUp(database, zip);
    }

    /**
     * Checks the whole store: every table read through, the audit log's hash chain, the database's guards, and
     * every plan version against its stored and signing hashes. Slow on a large store: not on the FX thread.
     */
    public CheckReport check() {
        return database.read(new StoreCheck(documents)::run);
    }

    /** Every table read through, with a digest of all that is stored (for the check and for tests). */
    StoreContents.Scan contents() {
        return database.read(StoreContents::scan);
    }

    @Override
    public void close() {
        database.close();
    }
}
