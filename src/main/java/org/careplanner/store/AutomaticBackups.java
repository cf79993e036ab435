package org.careplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The backups CarePlanner makes by itself, in the data folder's {@code backups} subfolder: one after the app opens
 * (in the background, once the window shows) if the newest is more than a day old, and one when it closes. Each is {@code BACKUP TO} of the store (so it is
 * encrypted when the store is), written under a temporary name and then renamed, so a half-written backup never
 * looks like a backup. Kept for 14 days, the newest of each day; older ones are removed after each new one.
 * The time a backup was made is in its name ({@code careplanner-20261201-130500.zip}, UTC), not in the file's
 * modification time, which copying the folder would change.
 */
public final class AutomaticBackups {

    /** The subfolder of the data folder that holds them. */
    public static final String FOLDER = "backups";
    /** A new backup at opening when the newest is older than this. */
    public static final Duration EVERY = Duration.ofDays(1);
    /** How long a backup is kept. */
    public static final Duration KEPT_FOR = Duration.ofDays(14);

    private static final System.Logger LOG = System.getLogger(AutomaticBackups.class.getName());
    private static final String PREFIX = "careplanner-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** One backup: its file and when it was made. */
    public record Backup(Path file, Instant madeAt) {
    }

    private final Path folder;
    private final Clock clock;

    public AutomaticBackups(DataFolder data, Clock clock) {
        this.folder = data.path().resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Every automatic backup, newest first (files whose names are not a backup's are left alone). */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> madeAt(f).ifPresent(at -> found.add(new Backup(f, at))));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list the automatic backups: " + e.getClass().getSimpleName());
        }
        found.sort(Comparator.comparing(Backup::madeAt).reversed());
        return found;
    }

    /** The newest backup, if any. */
    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** True when no backup was made in the last day (a backup stamped in the future does not count). */
    public boolean due() {
        Instant now = clock.instant();
        return list().stream().map(Backup::madeAt)
                .noneMatch(at -> !at.isAfter(now) && at.isAfter(now.minus(EVERY)));
    }

    /**
     * After opening: a backup if one is due, then pruning. Never fails: a backup that cannot be made is logged. The
     * app calls it on a thread of its own once the main window shows (ADR 0022): the store stays in use meanwhile.
     */
    public Optional<Backup> makeIfDue(LocalStore store) {
        return due() ? make(store) : Optional.empty();
    }

    /**
     * A backup now (at closing), then pruning. Never fails: the app must open and close even when the disk is
     * full; the failure is logged (without any personal detail) and the next opening tries again.
     */
    public synchronized Optional<Backup> make(LocalStore store) {
        // Synchronized: the closing backup waits for one still running from the opening, then makes its own (with
        // the saves made since). Each is written under ".partial" and renamed only when whole, so a program ended
        // part way leaves nothing that looks like a backup (prune removes the part).
        Instant now = clock.instant();
        Path target = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX);
        Path partial = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX + ".partial");
        try {
            Files.createDirectories(folder);
            store.backUpTo(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return Optional.of(new Backup(target, now));
        } catch (IOException | StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "The automatic backup could not be made: "
                    + e.getClass().getSimpleName());
            deleteQuietly(partial);
            return Optional.empty();
        }
    }

    /** Removes backups older than {@link #KEPT_FOR}, and all but the newest of each day (UTC). */
    public void prune() {
        Instant oldest = clock.instant().minus(KEPT_FOR);
        Set<LocalDate> daysKept = new HashSet<>();
        for (Backup b : list()) {
            LocalDate day = b.madeAt().atZone(ZoneOffset.UTC).toLocalDate();
            boolean tooOld = b.madeAt().isBefore(oldest);
            if (tooOld || !daysKept.add(day)) {
                deleteQuietly(b.file());
            }
        }
        // A backup left half-written by a crash is never read as one: remove it too.
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".partial")).forEach(AutomaticBackups::deleteQuietly);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list the automatic backups: " + e.getClass().getSimpleName());
        }
    }

    private static Optional<Instant> madeAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove an old automatic backup: "
                    + e.getClass().getSimpleName());
        }
    }
}
