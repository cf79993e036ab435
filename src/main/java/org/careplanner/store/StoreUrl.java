package org.careplanner.store;

import java.nio.file.Path;

/**
 * The one place where the H2 connection URL is built.
 *
 * <ul>
 *   <li>{@code CIPHER=AES}: the file is encrypted. H2 is given a 256-bit key derived outside it from the
 *   passphrase ({@link StoreSalt}, docs/decisions/0009-*), never the passphrase: H2's own derivation is weak.</li>
 *   <li>{@code WRITE_DELAY=0}: with H2's default 500 ms, killing the program lost saves it had already
 *   reported as done (30 of 30 runs, shared toolchain notes).</li>
 *   <li>{@code TRACE_LEVEL_FILE=0}: the trace file would hold SQL text, which can contain personal data.</li>
 *   <li>A FILE database, never in-memory, and never {@code SHUTDOWN COMPACT} (a compaction bug lost data
 *   in H2 versions before 2.4.240).</li>
 * </ul>
 */
public final class StoreUrl {

    /** The file name H2 uses, without its ".mv.db" suffix. */
    public static final String DATABASE_NAME = "careplanner";

    /** The database user. The store is a single-user local file; protection comes from file encryption. */
    public static final String USER = "careplanner";

    private static final String SETTINGS = ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";

    /**
     * H2's file system: "file", the disk. Tests of a full or read-only disk put a fault-injecting one registered
     * with H2 here (root, as CI runs, ignores file permissions, so a read-only folder cannot be made for real).
     */
    static volatile String fileSystem = "file";

    private StoreUrl() {
    }

    public static String forFolder(Path folder) {
        return forDatabase(folder.toAbsolutePath().resolve(DATABASE_NAME));
    }

    /** For a database at {@code baseName} (a path without ".mv.db"), e.g. a restore being checked aside. */
    static String forDatabase(Path baseName) {
        if (baseName.toString().indexOf(';') >= 0) {
            // H2 reads ';' as the start of a setting: such a folder would silently open another file.
            throw new StoreException("CarePlanner cannot keep its store in a folder whose name contains \";\" ("
                    + baseName.getParent() + "). Choose another folder with --data-dir.");
        }
        // Through GuardedFiles, which can hold back writes to a store file while it is checked (ADR 0027).
        GuardedFiles.register();
        return "jdbc:h2:" + GuardedFiles.SCHEME + ":" + fileSystem + ":" + baseName.toAbsolutePath() + SETTINGS;
    }

    /**
     * For the practice store ({@link PracticeStore}): {@code folder} is in one of H2's in-memory file systems
     * (e.g. "memFS:/name"), never on disk; the same settings and the same guarded file system as a store's.
     */
    static String inMemory(String folder) {
        if (!folder.startsWith("memFS:/")) {
            throw new IllegalArgumentException("not in memory: " + folder);
        }
        GuardedFiles.register();
        return "jdbc:h2:" + GuardedFiles.SCHEME + ":" + folder + "/" + DATABASE_NAME + SETTINGS;
    }

    /** A store from before encryption, opened only to encrypt it ({@link StoreEncryption}). */
    static String forUnencryptedDatabase(Path baseName) {
        return forDatabase(baseName).replace(";CIPHER=AES", "");
    }

    /** The password field for {@link #USER} of an encrypted store: "filePassword userPassword" (user's empty). */
    static String password(StoreKey key) {
        return key.connectionPasswordText();
    }
}
