package org.careplanner;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.careplanner.ui.MainWindow;

/**
 * The composition root: builds the services once and hands them to the window or the command line.
 * Nothing else in the program creates services.
 */
public final class App {

    private App() {
    }

    /** Starts JavaFX and shows the main window; returns at once, the window keeps the program running. */
    static void openWindow(Path dataDir) {
        Platform.startup(() -> new MainWindow().show(new Stage()));
    }
}
