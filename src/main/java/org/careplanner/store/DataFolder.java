package org.careplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The folder that holds the plans store. Chosen, first match wins:
 * <ol>
 *   <li>the {@code --data-dir DIR} option;</li>
 *   <li>the {@code CAREPLANNER_DATA} environment variable;</li>
 *   <li>the operating system's usual place for an application's data: {@code %APPDATA%\CarePlanner} on
 *   Windows, {@code ~/Library/Application Support/CarePlanner} on macOS, and on Linux and other systems
 *   {@code $XDG_DATA_HOME/careplanner} or {@code ~/.local/share/careplanner}.</li>
 * </ol>
 * The environment and system properties are parameters so the choice can be tested on any machine.
 */
public record DataFolder(Path path) {

    public static final String ENVIRONMENT_VARIABLE = "CAREPLANNER_DATA";

    public DataFolder {
        path = path.toAbsolutePath().normalize();
    }

    /** The folder for this process: its command-line option (may be null), environment and system properties. */
    public static DataFolder forThisProcess(Path option) {
        return resolve(option, System.getenv(), System.getProperties());
    }

    public static DataFolder resolve(Path option, Map<String, String> environment, Properties system) {
        if (option != null) {
            return new DataFolder(option);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataFolder(Path.of(fromEnvironment.strip()));
        }
        return new DataFolder(systemDefault(environment, system));
    }

    private static Path systemDefault(Map<String, String> environment, Properties system) {
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(system.getProperty("user.home", "."));
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("CarePlanner");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CarePlanner");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG base-directory specification says a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("careplanner");
        }
        return home.resolve(".local").resolve("share").resolve("careplanner");
    }

    /** Creates the folder (and its parents) on first use; the store's files live directly inside it. */
    public DataFolder createIfMissing() {
        try {
            Files.createDirectories(path);
            return this;
        } catch (IOException e) {
            throw new StoreException("CarePlanner could not create its data folder " + path
                    + ". Check that the folder can be written to, or choose another with --data-dir.", e);
        }
    }

    /** The database file H2 keeps for this folder. */
    public Path databaseFile() {
        return path.resolve(StoreUrl.DATABASE_NAME + ".mv.db");
    }
}
