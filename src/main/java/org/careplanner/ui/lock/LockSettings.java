package org.careplanner.ui.lock;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How long CarePlanner waits without use before it locks: 5 minutes unless chosen otherwise (1, 5, 15 or 30),
 * remembered in {@code lock.properties} in the data folder (read and written by the composition root, off the JavaFX
 * thread: ADR 0038). Not personal; a file that cannot be read gives 5.
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

    /**
     * The settings from the entries of {@code lock.properties} (read by the composition root off the JavaFX thread);
     * a number missing, not a number or not one of the choices gives 5 minutes.
     */
    public static LockSettings from(Map<String, String> entries) {
        try {
            return new LockSettings(Integer.parseInt(entries.getOrDefault("idleMinutes", "5").strip()));
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Lock settings not understood; locking after 5 minutes");
            return DEFAULT;
        }
    }

    /** The entries {@code lock.properties} keeps for these settings. */
    public Map<String, String> entries() {
        return Map.of("idleMinutes", Integer.toString(idleMinutes));
    }
}
