package org.careplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Brings an established store (one that was opened whole or holds a plan) up to a newer schema so that a failure or
 * a kill at any moment leaves a store that opens with every plan (ADR 0035). H2 commits each DDL statement at once,
 * so a migration cut short leaves a step half done that Flyway can neither undo nor run again; instead:
 * <ol>
 *   <li>Before migrating, with the store file closed (every save was synced, WRITE_DELAY=0), it is copied to a
 *   temporary file, synced, and renamed to {@value #COPY}; then the mark {@value #MARKER} is written and synced.
 *   Not enough free space for the copy: the upgrade is refused and nothing is changed.</li>
 *   <li>Migrated. Done: the mark is removed, then the copy (the automatic backups stay).</li>
 *   <li>Failed by itself: the copy is renamed over the half-updated file (atomically), then the mark is removed:
 *   the store is byte for byte as before, and {@link StoreNotUpgradedException} says so.</li>
 *   <li>Cut short (a kill, a power cut): the next opening finds the mark ({@link #putBackIfCutShort}, the one file
 *   check an up-to-date store's start pays), sets the half-updated file aside (renamed, never deleted), copies the
 *   copy back (temporary file, sync, rename) and migrates again, with mark and copy still there. A kill while it
 *   puts the copy back is put right the same way at the opening after.</li>
 * </ol>
 * Putting back and upgrading are done holding an operating-system lock on {@value #LOCK} (the file stays), so a second
 * CarePlanner started on the folder meanwhile is refused as in use ({@link StoreInUseException}) rather than taking
 * the first one's mark for an upgrade cut short. A mark that cannot be removed after the migration fails the opening:
 * plans saved on top of an upgrade still marked would be set aside at the next start.
 */
final class StoreUpgrade {

    /** Beside the store while an upgrade runs: found at an opening, the upgrade was cut short. */
    static final String MARKER = StoreUrl.DATABASE_NAME + ".upgrading";
    /** The store as it was before the upgrade, while the upgrade runs. */
    static final String COPY = StoreUrl.DATABASE_NAME + ".before-upgrade.mv.db";
    /** Where a copy is written before it is renamed to its name: a file of this name is never whole. */
    static final String PARTIAL = StoreUrl.DATABASE_NAME + ".upgrade-copy.tmp";
    /** Locked by the program putting back or running an upgrade; never deleted (a lock on a file deleted is no lock). */
    static final String LOCK = StoreUrl.DATABASE_NAME + ".upgrade.lock";
    /** How a half-updated file is named when it is set aside (then the time in milliseconds). */
    static final String SET_ASIDE = StoreUrl.DATABASE_NAME + ".interrupted-upgrade-";

    private static final System.Logger LOG = System.getLogger(StoreUpgrade.class.getName());

    /** Free space on the disk that holds a folder, in bytes. Tests put a smaller disk here. */
    static volatile java.util.function.ToLongFunction<Path> usableSpace = StoreUpgrade::usableSpaceOf;

    private StoreUpgrade() {
    }

    /**
     * Puts the store back as it was before an upgrade that was cut short, if one was (its mark is there), so it can
     * be migrated again. Called at every opening, after the passphrase is checked and before the store file is.
     */
    static void putBackIfCutShort(Path folder) {
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        try (FileChannel held = lock(folder)) {
            if (Files.exists(marker)) {
                putBack(folder, marker);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Releasing the upgrade lock failed");
        }
    }

    private static void putBack(Path folder, Path marker) {
        Path copy = folder.resolve(COPY);
        Path store = new DataFolder(folder).databaseFile();
        try {
            if (!Files.exists(copy)) {
                // The copy goes only after the upgrade finished or was put back: only removing the mark was cut short.
                Files.delete(marker);
                syncFolder(folder);
                return;
            }
            if (Files.exists(store) && !sameBytes(store, copy)) {
                Files.move(store, folder.resolve(SET_ASIDE + System.currentTimeMillis() + ".mv.db"),
                        StandardCopyOption.ATOMIC_MOVE);
                syncFolder(folder);
            }
            if (!Files.exists(store)) {
                copyWhole(copy, store, folder.resolve(PARTIAL));
            }
            LOG.log(System.Logger.Level.WARNING, "An upgrade of the store that was cut short was put back; it runs again");
        } catch (IOException e) {
            throw new StoreException("CarePlanner found an update of its store in " + folder + " that did not finish, "
                    + "and could not put the store back as it was before (" + e.getClass().getSimpleName() + "). Your "
                    + "plans are in the file " + copy.getFileName() + " in that folder: do not delete any file from it. "
                    + "Check that the folder can be written to and that the disk has free space, then start again.", e);
        }
    }

    /**
     * Runs {@code migration} on the closed store in {@code folder} as the class comment says: a copy kept first (or the
     * one an earlier, cut-short upgrade kept, which {@link #putBackIfCutShort} has just put back), put back if the
     * migration fails.
     *
     * @throws StoreNotUpgradedException when there is no space for the copy, or the migration failed (the store is
     *                                   then as it was before)
     */
    static void migrate(Path folder, Runnable migration) {
        try (FileChannel held = lock(folder)) {
            migrateHolding(folder, migration);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Releasing the upgrade lock failed");
        }
    }

    /**
     * The lock on {@value #LOCK}, taken at once or not at all: another program holding it (another CarePlanner putting
     * back or running an upgrade of this store) is refused as in use. Closing the channel returned releases it.
     */
    private static FileChannel lock(Path folder) {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("CarePlanner could not update the layout of its store in " + folder + " ("
                    + e.getClass().getSimpleName() + "). Nothing was changed and nothing was lost. Make the folder "
                    + "writable, then start CarePlanner again.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return channel;
            }
        } catch (java.nio.channels.OverlappingFileLockException | IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "The upgrade lock is held: " + e.getClass().getSimpleName());
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the upgrade lock's file failed");
        }
        throw new StoreInUseException(folder, null);
    }

    private static void migrateHolding(Path folder, Runnable migration) {
        Path marker = folder.resolve(MARKER);
        Path copy = folder.resolve(COPY);
        Path store = new DataFolder(folder).databaseFile();
        if (!(Files.exists(marker) && Files.exists(copy))) {
            keepACopy(folder, store, copy, marker);
        }
        try {
            migration.run();
        } catch (StoreInUseException e) {
            // Another program opened the store before Flyway could: it was not touched.
            removeMarkAndCopy(folder, marker, copy);
            throw e;
        } catch (RuntimeException e) {
            putBack(folder, store, copy, marker);
            LOG.log(System.Logger.Level.WARNING, "An upgrade of the store failed; the store was put back as it was");
            throw StoreNotUpgradedException.failed(folder, e instanceof StoreException se ? se
                    : new StoreException("The update failed (" + e.getClass().getSimpleName() + ").", e));
        }
        removeMarkAndCopy(folder, marker, copy);
    }

    private static void keepACopy(Path folder, Path store, Path copy, Path marker) {
        try {
            long size = Files.size(store);
            // The copy, and room for the migration to grow the file (H2 writes changed pages to new space first).
            long needed = size + Math.max(64L << 20, size / 4);
            long free = usableSpace.applyAsLong(folder);
            if (free < needed) {
                throw StoreNotUpgradedException.notEnoughSpace(folder, needed, free);
            }
            copyWhole(store, copy, folder.resolve(PARTIAL));
            Files.writeString(marker, "CarePlanner is updating the layout of the store in this folder; "
                    + COPY + " is the store as it was before. Do not delete either file.\n");
            try (FileChannel c = FileChannel.open(marker, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            syncFolder(folder);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(folder.resolve(PARTIAL));
                Files.deleteIfExists(marker);
                Files.deleteIfExists(copy);
            } catch (IOException again) {
                LOG.log(System.Logger.Level.DEBUG, "Could not remove an unfinished upgrade copy");
            }
            StoreNotWrittenException.Reason reason = notWritten(e);
            String cause = reason == StoreNotWrittenException.Reason.DISK_FULL ? "the disk is full"
                    : reason == StoreNotWrittenException.Reason.READ_ONLY ? "the folder is read-only"
                    : e.getClass().getSimpleName();
            throw new StoreException("CarePlanner could not keep a copy of its store in " + folder + " before updating "
                    + "its layout (" + cause + "). Nothing was changed and nothing was lost. Free some space on the "
                    + "disk, or make the folder writable, then start CarePlanner again.", e);
        }
    }

    /** After a failed migration: the copy renamed over the store (one atomic step), then the mark removed. */
    private static void putBack(Path folder, Path store, Path copy, Path marker) {
        try {
            Files.move(copy, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
            Files.deleteIfExists(marker);
            syncFolder(folder);
        } catch (IOException e) {
            // The mark stays: the next opening puts the copy back (putBackIfCutShort).
            throw new StoreException("This version of CarePlanner could not update the layout of your plans store in "
                    + folder + ", and could not yet put it back as it was (" + e.getClass().getSimpleName() + "). "
                    + "Nothing was lost: start CarePlanner again and it puts the store back. Do not delete any file "
                    + "from the folder.", e);
        }
    }

    /** An upgrade cut short is not to be run again (a backup is put back in its place): its mark, then its copy, go. */
    static void forget(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(MARKER));
        syncFolder(folder);
        Files.deleteIfExists(folder.resolve(COPY));
    }

    /**
     * The mark, then the copy, removed. A mark that cannot be removed fails the opening: if the store were used, what is
     * saved would be set aside at the next start, which takes the mark for an upgrade cut short and puts the copy back
     * (and runs the upgrade again, losing nothing). A copy left without its mark is only space taken.
     */
    private static void removeMarkAndCopy(Path folder, Path marker, Path copy) {
        try {
            Files.deleteIfExists(marker);
            syncFolder(folder);
        } catch (IOException e) {
            throw new StoreException("CarePlanner updated the layout of its store in " + folder + " but could not "
                    + "remove the file " + MARKER + " that marks the update as running (" + e.getClass().getSimpleName()
                    + "). Nothing was lost: start CarePlanner again and it runs the update again. Do not delete any "
                    + "file from the folder.", e);
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The copy kept during an upgrade could not be removed");
        }
    }

    /** {@code from} copied whole to {@code to}: written to {@code partial}, synced, renamed, the folder synced. */
    static void copyWhole(Path from, Path to, Path partial) throws IOException {
        Files.deleteIfExists(partial);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        }
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(to.getParent());
    }

    /** Makes the folder's renames durable; where a folder cannot be opened (Windows), its file system does that. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "This system does not sync a folder: " + e.getClass().getSimpleName());
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        if (Files.size(a) != Files.size(b)) {
            return false;
        }
        try (InputStream x = Files.newInputStream(a); InputStream y = Files.newInputStream(b)) {
            byte[] p = new byte[1 << 16];
            byte[] q = new byte[1 << 16];
            while (true) {
                int n = x.readNBytes(p, 0, p.length);
                int m = y.readNBytes(q, 0, q.length);
                if (n != m || !Arrays.equals(p, 0, n, q, 0, m)) {
                    return false;
                }
                if (n == 0) {
                    return true;
                }
            }
        }
    }

    private static StoreNotWrittenException.Reason notWritten(IOException e) {
        return Database.notWritten(new java.sql.SQLException(e.getMessage(), e));
    }

    private static long usableSpaceOf(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            // Cannot be told: the copy is tried, and a full disk then says so.
            return Long.MAX_VALUE;
        }
    }
}
