package org.careplanner;

import java.time.Clock;
import org.careplanner.cli.CarePlannerCommand;
import org.careplanner.store.StoreSettings;
import picocli.CommandLine;

/**
 * The program's entry point. With no command it opens the window; with a command
 * ({@code careplanner price plan.json}) it runs that command without a window and exits with its code.
 *
 * <p>Deliberately not a JavaFX {@code Application}: with every jar on the class path (java -jar, the
 * installed app) JavaFX starts through {@code Platform.startup} instead.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * When the arguments ask only for the window (none, or just {@code --data-dir DIR}): the folder given, if any.
     * Anything else (a command, {@code --help}, an option misspelt) goes through the command line's parser.
     */
    static java.util.Optional<java.util.Optional<java.nio.file.Path>> windowOnly(String[] args) {
        if (args.length == 0) {
            return java.util.Optional.of(java.util.Optional.empty());
        }
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].isEmpty() && !args[1].startsWith("-")) {
            return java.util.Optional.of(java.util.Optional.of(java.nio.file.Path.of(args[1])));
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return java.util.Optional.of(java.util.Optional.of(java.nio.file.Path.of(
                    args[0].substring("--data-dir=".length()))));
        }
        return java.util.Optional.empty();
    }

    public static void main(String[] args) {
        org.careplanner.store.StartTimes.mark("main");
        StoreSettings settings = App.storeSettings(Clock.systemDefaultZone());
        CarePlannerCommand root = new CarePlannerCommand(dataDir -> App.openWindow(dataDir, settings), settings);
        org.careplanner.store.StartTimes.mark("settings built");
        java.util.Optional<java.util.Optional<java.nio.file.Path>> windowOnly = windowOnly(args);
        if (windowOnly.isPresent()) {
            // No command: the window, without loading the command line's parser (picocli, 200 classes) first.
            App.openWindow(windowOnly.get().orElse(null), settings);
            return;
        }
        int code = CarePlannerCommand.commandLine(root).execute(args);
        if (!root.openedWindow()) {
            System.exit(code);
        }
    }
}
