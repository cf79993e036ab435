package org.careplanner.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The store's file is damaged: H2 found a record it cannot read (error 90030), or the file holds no CarePlanner
 * store at all although it is not empty (bytes overwritten). Says so in plain words, and names the latest
 * automatic backup, which {@code careplanner restore --latest} (or the window's offer) puts back.
 */
public final class StoreDamagedException extends StoreException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu 'at' HH:mm", Locale.UK);

    private final Path folder;
    private final Optional<Instant> latestBackup;

    StoreDamagedException(Path folder, Optional<Instant> latestBackup, Throwable cause) {
        super(message(folder, latestBackup), cause);
        this.folder = folder;
        this.latestBackup = latestBackup;
    }

    private static String message(Path folder, Optional<Instant> latestBackup) {
        String first = "The plans store in " + folder + " is damaged: part of its file has been overwritten, "
                + "so CarePlanner cannot read it. CarePlanner has not changed it.";
        return latestBackup
                .map(at -> first + " The latest automatic backup is from " + describe(at) + ": restore it with "
                        + "\"careplanner restore --latest\" (the damaged file is kept aside). Work saved after that "
                        + "backup is not in it.")
                .orElse(first + " There is no automatic backup in " + folder.resolve(AutomaticBackups.FOLDER)
                        + ". Restore a backup you made with \"careplanner restore FILE\", or contact support.");
    }

    /** A backup's time as a person reads it, in this computer's time zone ("1 Dec 2026 at 13:05"). */
    public static String describe(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    public Path folder() {
        return folder;
    }

    /** When the newest automatic backup was made, if there is one. */
    public Optional<Instant> latestBackup() {
        return latestBackup;
    }
}
