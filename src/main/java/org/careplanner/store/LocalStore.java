package org.careplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careplanner.security.PassphraseRule;
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
    private final StoreSettings settings;
    private final PlanStore plans;
    private final ServiceCatalogue catalogue;
    private final AuditLog audit;
    /** Made on first use (an import or export), not on opening: its codecs load Jackson, about 400 classes (ADR 0030). */
    private volatile PlanTransfer transfer;
    private final PlanDocuments documents;
    private final AutomaticBackups backups;

    private LocalStore(DataFolder folder, Database database, StoreSettings settings) {
        this.folder = folder;
        this.database = database;
        this.settings = settings;
        this.documents = settings.documents();
        this.audit = new AuditLog(database, settings.clock(), settings.actor());
        this.plans = new PlanStore(database, settings, audit);
        this.catalogue = new ServiceCatalogue(database, audit);
        this.backups = new AutomaticBackups(folder, settings.clock());
    }

    public static LocalStore open(DataFolder folder, StoreSettings settings) {
        Objects.requireNonNull(settings, "settings");
        folder.createIfMissing();
        // Migrations first (only when the store's schema is older than this program's: ADR 0021), on Flyway's own
        // connection, which closes the database again when done. Opening ours
        // first would be tidier, but H2 2.4.240 binds a CHECK constraint's IN list to the session that created
        // it, so every insert failed with "database has been closed" once Flyway's session had gone.
        // A second process fails in either step with H2 error 90020, translated to StoreInUseException.
        // A passphrase change a crash interrupted is finished or undone first; then the passphrase is checked
        // against the salt file's check value: a wrong one throws WrongPassphraseException before H2 sees the file.
        long t = System.nanoTime();
        StoreEncryption.finishInterruptedChange(folder.path());
        StoreKey key = StoreEncryption.unlock(folder.path(), settings.passphrase());
        t = StartTimes.took("key derivation", t);
        // An upgrade of the store cut short by a kill or power cut is put back first (ADR 0035): one file check.
        StoreUpgrade.putBackIfCutShort(folder.path());
        // Opened once and checked on the same connection before H2 may write to the file (ADR 0027).
        Database.Checked checked = Database.openChecked(folder.path(), key);
        t = StartTimes.took("store opened and checked", t);
        Database database;
        if (checked.database().isPresent()) {
            database = checked.database().get();
        } else {
            migrate(folder.path(), key, checked);
            t = StartTimes.took("migrations", t);
            database = Database.open(folder.path(), key);
            t = StartTimes.took("store opened", t);
        }
        try {
            LocalStore store = new LocalStore(folder, database, settings);
            store.audit.startChainIfNeeded();
            Database.markEstablished(folder.path());
            StartTimes.took("audit chain", t);
            return store;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Brings the closed store's schema up to date when it needs it ({@link Migrations#applyIfNeeded}). An established
     * store (the folder marked as opened whole, or a person or plan in it) is migrated so that a failure or a kill
     * leaves it as it was before ({@link StoreUpgrade}, ADR 0035). A first opening killed during its migrations can
     * leave a step half done (H2 commits each table as it is made), which Flyway cannot run again: no plan was ever
     * saved in that store, so it is set aside, never deleted, and a new one made (ADR 0034).
     */
    private static void migrate(Path folder, StoreKey key, Database.Checked checked) {
        java.util.Optional<Migrations.Applied> applied = checked.applied();
        applied.ifPresent(a -> Migrations.refuseNewer(folder, a));
        if (applied.isPresent() && Migrations.isCurrent(applied.get())) {
            // Up to date, shut after the check only because H2 wanted to write to it then.
            return;
        }
        if (applied.isPresent() && (Files.exists(folder.resolve(Database.ESTABLISHED))
                || checked.heldAPlan().orElseGet(() -> !Database.neverHeldAPlan(folder, key)))) {
            StoreUpgrade.migrate(folder, () -> Migrations.apply(folder, key));
            return;
        }
        try {
            Migrations.apply(folder, key);
        } catch (StoreException e) {
            if (e instanceof StoreInUseException || !Database.neverHeldAPlan(folder, key) || !Database.setAside(folder)) {
                throw e;
            }
            Migrations.apply(folder, key);
        }
    }

    /**
     * Work done while the passphrase window waits for typing, so the opening after it is shorter (ADR 0021, 0027,
     * 0030): while no passphrase is given, H2's page decryption, opening and row reading practised on a store in
     * memory with made-up plans whose home list is read as the real one is ({@link PracticeStore}; first: the store
     * is opened and listed right after the key is derived; given at once, only H2's engine is loaded), then the plan
     * file codec's classes (for the first plan opened: the store itself makes it on first use), then, only while no passphrase has been given, the key derivation's code compiled by a throwaway
     * derivation (a made-up passphrase and salt, in small pieces; the store's own key still takes every iteration).
     * Once {@code passphraseGiven} says so, the throwaway stops: the real derivation and the main window being
     * built need the machine's cores more. Touches no file of any store. Never fails: a warm-up that cannot run
     * only leaves the opening as slow as before.
     */
    public static void warmUp(java.util.function.BooleanSupplier passphraseGiven) {
        try {
            // While no passphrase is given: H2's decryption, then a practice store of made-up plans in memory,
            // encrypted, opened twice and its home list read (ADR 0030). Given at once: H2's engine only.
            PracticeStore.practise(java.time.LocalDate.now(), passphraseGiven);
            // The plan file codec's classes (Jackson, about 400), which the first plan opened needs (not the opening:
            // PlanTransfer is made on first use).
            new org.careplanner.exchange.PlanFile();
            for (int piece = 0; piece < 10 && !passphraseGiven.getAsBoolean(); piece++) {
                byte[] throwaway = org.careplanner.security.KeyDerivation.derive("warm-up".toCharArray(),
                        new byte[org.careplanner.security.KeyDerivation.SALT_BYTES], 10_000);
                org.careplanner.security.KeyDerivation.wipe(throwaway);
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            System.getLogger(LocalStore.class.getName()).log(System.Logger.Level.DEBUG, "Warm-up not done: "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * Makes the store's plan document codec and runs its writing and reading once on a made-up plan
     * ({@link PracticePlan}), so the first plan the broker opens is read at once (ADR 0038). For a thread of low
     * priority once the home list is on screen; touches no file. Never fails: a warm-up that cannot run only leaves
     * the first opening as slow as before.
     */
    public void warmPlanDocuments() {
        try {
            PracticePlan.readBackThrough(documents);
        } catch (RuntimeException e) {
            System.getLogger(LocalStore.class.getName()).log(System.Logger.Level.DEBUG, "Plan documents not warmed: "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether the folder holds a store with a passphrase: if not, the first start asks the person to choose one
     * (with a store from before encryption, the one chosen encrypts it).
     */
    public static boolean hasPassphrase(DataFolder folder) {
        return Files.isDirectory(folder.path()) && StoreEncryption.hasPassphrase(folder.path());
    }

    /** Whether this is the store's passphrase (the salt file's check value; the store file is not read). */
    public boolean isPassphrase(char[] passphrase) {
        try {
            StoreSalt.readFrom(folder.path()).unlock(passphrase).wipe();
            return true;
        } catch (WrongPassphraseException e) {
            return false;
        }
    }

    /**
     * Re-encrypts the store under a new passphrase (see {@link StoreEncryption}): a copy is re-encrypted and read
     * back before it replaces the store, so a failure or crash midway leaves the old store whole. Saves wait
     * meanwhile. Never on the JavaFX thread: it takes as long as copying the file twice, plus two key derivations.
     *
     * @throws WrongPassphraseException when {@code current} is not the store's passphrase (nothing is changed)
     * @throws StoreException when the new one is too weak, or the change failed (then nothing was changed)
     */
    public void changePassphrase(char[] current, char[] next) {
        changePassphrase(current, next, StoreEncryption.StepWatcher.NONE);
    }

    void changePassphrase(char[] current, char[] next, StoreEncryption.StepWatcher watcher) {
        PassphraseRule.problemWith(next).ifPresent(problem -> {
            throw new StoreException(problem);
        });
        StoreKey oldKey = StoreSalt.readFrom(folder.path()).unlock(current);
        StoreException[] failure = new StoreException[1];
        database.reopenAfter(() -> {
            try {
                return StoreEncryption.reencrypt(folder.path(), oldKey, next,
                        settings.passphrase().newStoreIterations(), watcher);
            } catch (StoreException e) {
                failure[0] = e;
                // Put right already: whichever passphrase now matches the salt file opens it again.
                StoreSalt salt = StoreSalt.readFrom(folder.path());
                try {
                    return salt.unlock(current);
                } catch (WrongPassphraseException stillNew) {
                    return salt.unlock(next);
                }
            }
        });
        oldKey.wipe();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    public DataFolder folder() {
        return folder;
    }

    /** The store's one connection, for tests in this package that must go through it (LeakTest). */
    Database database() {
        return database;
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
        PlanTransfer made = transfer;
        if (made == null) {
            synchronized (this) {
                made = transfer;
                if (made == null) {
                    made = new PlanTransfer(plans, settings.planChecks(), settings.lineCosts());
                    transfer = made;
                }
            }
        }
        return made;
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
