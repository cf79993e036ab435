package org.careplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.careplanner.security.KeyDerivation;
import org.careplanner.security.PassphraseRule;
import org.h2.tools.ChangeFileEncryption;

/**
 * Unlocking a store, and re-encrypting it under a new passphrase without ever risking the old one.
 *
 * <p>A change works on a copy: the closed database file is copied into {@code passphrase-change/}, re-encrypted
 * there with H2's ChangeFileEncryption, given its new salt file, opened and read through table by table (every
 * row count must match the original). Only then is the swap made, by renames within the data folder:
 * <ol>
 *   <li>the old file is moved aside to {@code careplanner.before-passphrase-change.mv.db};</li>
 *   <li>the new file is moved into place;</li>
 *   <li>the new salt file replaces the old one; the old file is deleted.</li>
 * </ol>
 * A crash at any point is put right the next time the store is opened ({@link #finishInterruptedChange}):
 * before step 2 the change is undone (the old passphrase opens the store as before); after step 2 it is
 * finished (the new passphrase opens it).
 */
final class StoreEncryption {

    static final String STAGING = "passphrase-change";
    static final String KEPT_ASIDE = StoreUrl.DATABASE_NAME + ".before-passphrase-change.mv.db";
    private static final String DB_FILE = StoreUrl.DATABASE_NAME + ".mv.db";
    private static final String H2_ENCRYPTED_HEADER = "H2encrypt";
    private static final System.Logger LOG = System.getLogger(StoreEncryption.class.getName());

    /** The points of a change where a test may stop it as a crash would. */
    enum Step { COPY_CHECKED, OLD_FILE_MOVED_ASIDE, NEW_FILE_MOVED_IN }

    @FunctionalInterface
    interface StepWatcher {
        StepWatcher NONE = step -> { };

        void reached(Step step);
    }

    private StoreEncryption() {
    }

    /**
     * The key for the store in {@code folder}. An existing store's passphrase is checked against its salt file
     * (a wrong one throws {@link WrongPassphraseException} and the database file is not touched). A new store,
     * or one from before encryption, is given this passphrase, which must meet {@link PassphraseRule}.
     */
    static StoreKey unlock(Path folder, StorePassphrase passphrase) {
        char[] chars = passphrase.chars();
        try {
            if (StoreSalt.existsIn(folder)) {
                return StoreSalt.readFrom(folder).unlock(chars);
            }
            Path db = folder.resolve(DB_FILE);
            if (Files.exists(db) && isEncrypted(db)) {
                throw new StoreException("The store in " + folder + " is encrypted but its key file ("
                        + StoreSalt.FILE_NAME + ") is missing, so it cannot be opened. Put the file back, or restore "
                        + "the data folder from a backup (careplanner restore FILE).");
            }
            PassphraseRule.problemWith(chars).ifPresent(problem -> {
                throw new StoreException(problem);
            });
            if (Files.exists(db)) {
                LOG.log(System.Logger.Level.INFO, "Encrypting a store made before encryption");
                return reencrypt(folder, null, chars, passphrase.newStoreIterations(), StepWatcher.NONE);
            }
            StoreSalt.KeyHolder holder = new StoreSalt.KeyHolder();
            StoreSalt.create(chars, passphrase.newStoreIterations(), holder).writeTo(folder);
            return holder.key;
        } catch (IOException e) {
            throw new StoreException("CarePlanner could not write its key file in " + folder
                    + ". Check that the folder can be written to.", e);
        } finally {
            KeyDerivation.wipe(chars);
        }
    }

    /** Whether a store (its salt file) exists in the folder, after putting right any interrupted change. */
    static boolean hasPassphrase(Path folder) {
        finishInterruptedChange(folder);
        return StoreSalt.existsIn(folder) || Files.exists(folder.resolve(DB_FILE)) && isEncrypted(folder.resolve(DB_FILE));
    }

    private static boolean isEncrypted(Path db) {
        try (InputStream in = Files.newInputStream(db)) {
            byte[] head = in.readNBytes(H2_ENCRYPTED_HEADER.length());
            return new String(head, StandardCharsets.ISO_8859_1).equals(H2_ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Re-encrypts the CLOSED store file from {@code oldKey} (null: a store from before encryption) to a new salt
     * for {@code newPassphrase}, as described above; returns the new key. On a failure the change is undone and a
     * {@link StoreException} says so; the old passphrase still opens the store.
     */
    static StoreKey reencrypt(Path folder, StoreKey oldKey, char[] newPassphrase, int iterations, StepWatcher watcher) {
        Path staging = folder.resolve(STAGING);
        Path db = folder.resolve(DB_FILE);
        Step[] reached = new Step[1];
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            Map<String, Long> rowsBefore = rowCounts(db, oldKey);
            Files.copy(db, staging.resolve(DB_FILE));
            StoreSalt.KeyHolder holder = new StoreSalt.KeyHolder();
            StoreSalt salt = StoreSalt.create(newPassphrase, iterations, holder);
            ChangeFileEncryption.execute(staging.toString(), StoreUrl.DATABASE_NAME, "AES",
                    oldKey == null ? null : oldKey.filePassword(), holder.key.filePassword(), true);
            Map<String, Long> rowsAfter = rowCounts(staging.resolve(DB_FILE), holder.key);
            if (!rowsAfter.equals(rowsBefore)) {
                throw new StoreException("The re-encrypted copy did not read back the same as the store.");
            }
            salt.writeTo(staging);
            swapIn(folder, step -> {
                reached[0] = step;
                watcher.reached(step);
            });
            return holder.key;
        } catch (IOException | SQLException | StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Passphrase change stopped after step {0} ({1}); putting it right",
                    reached[0], e.getClass().getSimpleName());
            finishInterruptedChange(folder);
            throw new StoreException("The passphrase could not be changed (" + e.getClass().getSimpleName()
                    + "). " + (reached[0] == Step.NEW_FILE_MOVED_IN ? "The change was finished: the new passphrase opens the store."
                    : "Nothing was changed: the old passphrase still opens the store."), e);
        }
    }

    /**
     * Puts the database file and salt file waiting in {@code passphrase-change/} in place of the store's, by the
     * renames of the class comment; the replaced database file is deleted. The store must be closed.
     * Also used to put back a restored backup, which holds its own salt file.
     */
    static void swapIn(Path folder, StepWatcher watcher) throws IOException {
        Path staging = folder.resolve(STAGING);
        Path db = folder.resolve(DB_FILE);
        watcher.reached(Step.COPY_CHECKED);
        if (Files.exists(db)) {
            Files.move(db, folder.resolve(KEPT_ASIDE), StandardCopyOption.ATOMIC_MOVE);
        }
        watcher.reached(Step.OLD_FILE_MOVED_ASIDE);
        Files.move(staging.resolve(DB_FILE), db, StandardCopyOption.ATOMIC_MOVE);
        watcher.reached(Step.NEW_FILE_MOVED_IN);
        Files.move(staging.resolve(StoreSalt.FILE_NAME), StoreSalt.fileIn(folder),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(folder.resolve(KEPT_ASIDE));
        deleteTree(staging);
    }

    /** Puts right a change that a crash or power cut interrupted: see the class comment. Safe to call at any time. */
    static void finishInterruptedChange(Path folder) {
        Path staging = folder.resolve(STAGING);
        Path db = folder.resolve(DB_FILE);
        Path aside = folder.resolve(KEPT_ASIDE);
        try {
            if (Files.isDirectory(staging)) {
                Path stagedDb = staging.resolve(DB_FILE);
                Path stagedSalt = staging.resolve(StoreSalt.FILE_NAME);
                if (Files.exists(stagedDb)) {
                    // The new file never reached its place: undo.
                    if (!Files.exists(db) && Files.exists(aside)) {
                        Files.move(aside, db, StandardCopyOption.ATOMIC_MOVE);
                    }
                } else if (Files.exists(stagedSalt) && !Files.exists(aside) && !Files.exists(db)) {
                    // Nothing to finish with.
                    LOG.log(System.Logger.Level.WARNING, "An interrupted passphrase change left no store file");
                } else if (Files.exists(stagedSalt) && Files.exists(db)) {
                    // The new file is in place: give it its salt file.
                    Files.move(stagedSalt, StoreSalt.fileIn(folder), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
                deleteTree(staging);
            }
            if (Files.exists(aside)) {
                if (Files.exists(db)) {
                    Files.delete(aside);
                } else {
                    Files.move(aside, db, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StoreException("CarePlanner found a passphrase change that did not finish in " + folder
                    + " and could not put it right (" + e.getClass().getSimpleName() + "). Check the folder can be "
                    + "written to and start again; do not delete files from it.", e);
        }
    }

    /** Every table read through, row by row (a count alone would not decrypt the pages), as table → rows. */
    private static Map<String, Long> rowCounts(Path dbFile, StoreKey key) throws SQLException {
        String base = dbFile.toString().substring(0, dbFile.toString().length() - ".mv.db".length());
        Properties info = new Properties();
        info.put("user", StoreUrl.USER);
        String url;
        if (key == null) {
            url = StoreUrl.forUnencryptedDatabase(Path.of(base));
            info.put("password", "");
        } else {
            url = StoreUrl.forDatabase(Path.of(base));
            info.put("password", key.connectionPassword());
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", info)) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                long n = 0;
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT * FROM PUBLIC.\"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            r.getObject(i);
                        }
                        n++;
                    }
                }
                counts.put(table, n);
            }
        }
        return counts;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
