package org.careplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
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

    private StoreBackup() {
    }

    /** Writes a consistent backup of the open store to a zip file (replacing any file there). */
    static void backUp(Database database, Path zip) {
        Path target = zip.toAbsolutePath();
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("BACKUP TO ?")) {
                s.setString(1, target.toString());
                s.execute();
            }
            return null;
        });
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
        folder.createIfMissing();
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("There is no backup file at " + zip + ".");
        }
        // Taking the store's lock proves no other program has it open; released again before the swap.
        Database.open(folder.path()).close();
        Path staging = folder.path().resolve("restoring-" + STAMP.format(settings.clock().instant()));
        try {
            Files.createDirectories(staging);
            extractDatabase(zip, staging.resolve(StoreUrl.DATABASE_NAME + ".mv.db"));
            // Open the restored copy as a store (migrating it if it is older) and read every plan, before
            // anything happens to the current store.
            try (LocalStore check = LocalStore.open(new DataFolder(staging), settings)) {
                for (var id : check.plans().planIds()) {
                    check.plans().latest(id);
                }
            }
            Path current = folder.databaseFile();
            Path kept = null;
            if (Files.exists(current)) {
                kept = folder.path().resolve(StoreUrl.DATABASE_NAME + ".before-restore-"
                        + STAMP.format(settings.clock().instant()) + ".mv.db");
                Files.move(current, kept);
            }
            try {
                Files.move(staging.resolve(StoreUrl.DATABASE_NAME + ".mv.db"), current, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (kept != null) {
                    Files.move(kept, current);
                }
                throw e;
            }
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

    private static void extractDatabase(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().equals(StoreUrl.DATABASE_NAME + ".mv.db")) {
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StoreException("It is not a zip file made by \"careplanner backup\".", e);
        }
        throw new StoreException("It holds no CarePlanner store (no " + StoreUrl.DATABASE_NAME + ".mv.db inside).");
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
