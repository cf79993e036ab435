package org.careplanner.ui.lock;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * How long CarePlanner waits without use before it locks: 5 minutes unless chosen otherwise (1, 5, 15 or 30),
 * remembered in {@code lock.properties} in the data folder. Not personal; a file that cannot be read gives 5.
 */
public record LockSettings(int idleMinutes) {

    public static final String FILE_NAME = "lock.properties";
    public static final List<Integer> CHOICES = List.of(1, 5, 15, 30);
    public static final LockSettings DEFAULT = new LockSettings(5);
    private static final System.Logger LOG = System.getLogger(LockSettings.class.getName());

    public LockSettings {
        if (!CHOICES.contains(idleMinutes)) {
            idleMinutes = 5;
        }
    }

    public Duration idleTime() {
        return Duration.ofMinutes(idleMinutes);
    }

    public static LockSettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
            return new LockSettings(Integer.parseInt(p.getProperty("idleMinutes", "5").strip()));
        } catch (IOException | NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Lock settings not readable; locking after 5 minutes");
            return DEFAULT;
        }
    }

    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("idleMinutes", Integer.toString(idleMinutes));
        try (Writer w = Files.newBufferedWriter(file)) {
            p.store(w, "CarePlanner: lock the window after this many minutes without use (1, 5, 15 or 30)");
        }
    }
}
