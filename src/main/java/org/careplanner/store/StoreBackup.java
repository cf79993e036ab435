package org.careplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backing up and restoring the whole store. A backup is H2's {@code BACKUP TO}: a zip of the database file,
 * consistent even while the store is in use, and still encrypted when the store is. A restore checks the
 * backup opens as a CarePlanner store before it touches the current one, and keeps the current file aside.
 */
public final class StoreBackup {

    private static final System.Logger LOG = System.getLogger(StoreBackup.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * The H2 file-system prefix the backup is written through: none, the disk. A test puts a registered one here
     * that holds the backup part way, to save while it runs (as {@link StoreUrl#fileSystem} does for the store).
     */
    static volatile String backupFileSystem = "";

    private StoreBackup() {
    }

    /**
     * Writes a consistent backup of the open store to a zip file (replacing any file there): the encrypted
     * database file, and its salt file, without which it cannot be opened (it holds no secret).
     */
    static void backUp(Database database, Path zip) {
        Path target = zip.toAbsolutePath();
        // On a connection of its own: saves go on meanwhile (ADR 0022).
        database.backUp(backupFileSystem + target);
        try (var zipFs = java.nio.file.FileSystems.newFileSystem(target)) {
            Files.copy(StoreSalt.fileIn(database.folder()), zipFs.getPath(StoreSalt.FILE_NAME),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("The backup " + target + " could not be finished (" + e.getClass().getSimpleName()
                    + "). Check the disk has space, and make the backup again.", e);
        }
    }

    /**
     * Replaces the store in {@code folder} with the one in a backup zip. Refuses while any program has the store
     * open. The current database file is kept beside it, renamed "careplanner.before-restore-STAMP.mv.db".
     *
     * @return the kept copy of the store that was replaced, or null when the folder had no store yet
     * @throws StoreInUseException when the store is open in another window or program
     * @throws StoreException      when the file is not a CarePlanner backup or does not open
     */
    public static Path restore(DataFolder folder, Path zip, StoreSettings settings) {
        return restore(folder, zip, settings, "before-restore");
    }

    /** What {@link #restoreLatest} did: the backup put back, and where the damaged (or replaced) file was kept. */
    public record Restored(AutomaticBackups.Backup backup, Path kept) {
    }

    /**
     * Puts back the newest automatic backup that opens, for a store whose file is damaged. The damaged file is
     * kept beside it as "careplanner.damaged-STAMP.mv.db" (it may still hold work saved after the backup, for
     * support to recover). A newest backup that does not open (e.g. cut short by a full disk) is skipped.
     *
     * @throws StoreException when there is no automatic backup, or none of them opens
     */
    public static Restored restoreLatest(DataFolder folder, StoreSettings settings) {
        List<AutomaticBackups.Backup> backups = new AutomaticBackups(folder, settings.clock()).list();
        if (backups.isEmpty()) {
            throw new StoreException("There is no automatic backup in " + folder.path().resolve(AutomaticBackups.FOLDER)
                    + ". Restore a backup you made with \"careplanner restore FILE\", or contact support.");
        }
        StoreException last = null;
        for (AutomaticBackups.Backup b : backups) {
            try {
                return new Restored(b, restore(folder, b.file(), settings, "damaged"));
            } catch (StoreInUseException e) {
                throw e;
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "An automatic backup could not be restored; trying an older one");
                last = e;
            }
        }
        throw new StoreException("None of the automatic backups in " + folder.path().resolve(AutomaticBackups.FOLDER)
                + " could be opened. The current store is unchanged. Contact support.", last);
    }

    private static Path restore(DataFolder folder, Path zip, StoreSettings settings, String keptAs) {
        folder.createIfMissing();
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("There is no backup file at " + zip + ".");
        }
        // No other program may have the store open. Checked with the file lock H2 itself takes, not by opening the
        // store: a damaged file does not open, and opening it could write to it (and needs its passphrase).
        ensureNotInUse(folder);
        StoreEncryption.finishInterruptedChange(folder.path());
        // An upgrade cut short: the store as it was before it is put back first, so that is the file kept aside.
        StoreUpgrade.putBackIfCutShort(folder.path());
        Path staging = folder.path().resolve("restoring-" + STAMP.format(settings.clock().instant()));
        try {
            Files.createDirectories(staging);
            extractDatabase(zip, staging.resolve(StoreUrl.DATABASE_NAME + ".mv.db"), staging);
            // Open the restored copy as a store (migrating it if it is older) and read every plan, before
            // anything happens to the current store.
            try (LocalStore check = LocalStore.open(new DataFolder(staging), settings)) {
                for (var id : check.plans().planIds()) {
                    check.plans().latest(id);
                }
            }
            Path current = folder.databaseFile();
            Path kept = null;
            String keptName = StoreUrl.DATABASE_NAME + "." + keptAs + "-" + STAMP.format(settings.clock().instant());
            if (Files.exists(current)) {
                kept = folder.path().resolve(keptName + ".mv.db");
                Files.copy(current, kept);
                if (StoreSalt.existsIn(folder.path())) {
                    Files.copy(StoreSalt.fileIn(folder.path()), folder.path().resolve(keptName + ".salt"));
                }
            }
            // The restored file and its salt file go in together by the passphrase change's renames, so a crash
            // midway is put right at the next open (StoreEncryption.finishInterruptedChange).
            // The backup replaces the store an upgrade cut short would have run again on (kept aside just above).
            StoreUpgrade.forget(folder.path());
            Path swap = folder.path().resolve(StoreEncryption.STAGING);
            StoreEncryption.deleteTree(swap);
            Files.createDirectories(swap);
            Files.move(staging.resolve(StoreUrl.DATABASE_NAME + ".mv.db"), swap.resolve(StoreUrl.DATABASE_NAME + ".mv.db"));
            Files.move(StoreSalt.fileIn(staging), StoreSalt.fileIn(swap));
            StoreEncryption.swapIn(folder.path(), StoreEncryption.StepWatcher.NONE);
            LOG.log(System.Logger.Level.DEBUG, "Store restored from a backup; previous file kept aside");
            return kept;
        } catch (IOException e) {
            throw new StoreException("The backup could not be restored (" + e.getClass().getSimpleName()
                    + "). The current store is unchanged.", e);
        } catch (StoreInUseException e) {
            throw e;
        } catch (StoreException e) {
            throw new StoreException("The file " + zip + " is not a CarePlanner backup that can be opened: "
                    + e.getMessage() + " The current store is unchanged.", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void ensureNotInUse(DataFolder folder) {
        Path file = folder.databaseFile();
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = null;
            for (int attempt = 0; attempt < 10 && lock == null; attempt++) {
                try {
                    lock = channel.tryLock();
                    if (lock == null) {
                        // Another program holds H2's lock on the file.
                        throw new StoreInUseException(folder.path(), null);
                    }
                } catch (OverlappingFileLockException e) {
                    // Held in this program. H2 2.4.240 does not close the file when a read-only open of a damaged
                    // file fails (Database.checkReadable); the file is closed once that object is collected.
                    System.gc();
                    pause();
                }
            }
            if (lock == null) {
                throw new StoreInUseException(folder.path(), null);
            }
            lock.release();
        } catch (IOException e) {
            throw new StoreException("CarePlanner cannot open its store file " + file + " ("
                    + e.getClass().getSimpleName() + "). Check that the folder can be written to.", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The database file, and its salt file when the backup has one (a backup from before encryption has not). */
    private static void extractDatabase(Path zip, Path target, Path folder) throws IOException {
        boolean found = false;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().equals(StoreUrl.DATABASE_NAME + ".mv.db")) {
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                } else if (e.getName().equals(StoreSalt.FILE_NAME)) {
                    Files.copy(z, StoreSalt.fileIn(folder), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StoreException("It is not a zip file made by \"careplanner backup\".", e);
        }
        if (!found) {
            throw new StoreException("It holds no CarePlanner store (no " + StoreUrl.DATABASE_NAME + ".mv.db inside).");
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not remove a temporary restore file");
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove the temporary restore folder");
        }
    }
}
