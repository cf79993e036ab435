package org.careplanner.store;

import java.nio.file.Path;

/**
 * The one place where the H2 connection URL is built, so the security work can add {@code CIPHER=AES}
 * (with a key derived outside H2: H2's own derivation is weak) here and nowhere else.
 *
 * <ul>
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

    private static final String SETTINGS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";

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

    /** The same store opened read-only: H2 then never writes to the file (used to check a file before opening it). */
    static String forReading(Path folder) {
        return forFolder(folder) + ";ACCESS_MODE_DATA=r";
    }

    /** For a database at {@code baseName} (a path without ".mv.db"), e.g. a restore being checked aside. */
    static String forDatabase(Path baseName) {
        if (baseName.toString().indexOf(';') >= 0) {
            // H2 reads ';' as the start of a setting: such a folder would silently open another file.
            throw new StoreException("CarePlanner cannot keep its store in a folder whose name contains \";\" ("
                    + baseName.getParent() + "). Choose another folder with --data-dir.");
        }
        return "jdbc:h2:" + fileSystem + ":" + baseName.toAbsolutePath() + SETTINGS;
    }

    /** The password for {@link #USER}; with encryption this becomes "filePassword userPassword". */
    static String password() {
        return "";
    }
}
