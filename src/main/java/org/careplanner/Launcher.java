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

    public static void main(String[] args) {
        org.careplanner.store.StartTimes.mark("main");
        StoreSettings settings = App.storeSettings(Clock.systemDefaultZone());
        CarePlannerCommand root = new CarePlannerCommand(dataDir -> App.openWindow(dataDir, settings), settings);
        org.careplanner.store.StartTimes.mark("settings built");
        int code = CarePlannerCommand.commandLine(root).execute(args);
        if (!root.openedWindow()) {
            System.exit(code);
        }
    }
}
