package org.careplanner.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A small settings file of the data folder ({@code display.properties}, {@code lock.properties}): a few named
 * choices about the window, nothing about any person, readable before the store is unlocked. Read and written whole,
 * never on the JavaFX Application Thread: the composition root reads them on the launcher's thread before the first
 * window is made, and each later choice is written on a writer thread of the screen that offers it (ADR 0038).
 */
public final class SettingsFile {

    /** Bigger than any settings file CarePlanner writes (about 150 bytes) by far: anything larger is not one. */
    static final long LARGEST = 64 * 1024;

    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());

    private final Path file;
    private final String comment;

    /** The file at {@code file}, written with {@code comment} (one line) at its top. */
    public SettingsFile(Path file, String comment) {
        this.file = file;
        this.comment = comment;
    }

    /**
     * The file's entries. None when there is no file yet, and none (with a warning naming only the file and what
     * went wrong) when it cannot be read or is not a settings file: bytes that are not UTF-8 text, a broken
     * {@code \\u} escape, a folder in its place, a file far too large. Each setting then takes its default.
     */
    public Map<String, String> read() {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LARGEST) {
                LOG.log(System.Logger.Level.WARNING, "Settings file {0} is not a settings file; using the defaults",
                        file.getFileName());
                return entries;
            }
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            p.stringPropertyNames().forEach(name -> entries.put(name, p.getProperty(name)));
            return entries;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Settings file {0} not readable, using the defaults: {1}",
                    file.getFileName(), e.getClass().getSimpleName());
            return new TreeMap<>();
        }
    }

    /**
     * Writes the file whole: a new file beside it, moved into its place, so a program stopped midway leaves the old
     * file or the new one, never half of one.
     */
    public void write(Map<String, String> entries) throws IOException {
        Properties p = new Properties();
        p.putAll(entries);
        Path folder = Optional.ofNullable(file.toAbsolutePath().getParent()).orElseThrow();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "settings", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, comment);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file's name (for messages: it holds no personal details). */
    public String name() {
        return String.valueOf(file.getFileName());
    }
}
