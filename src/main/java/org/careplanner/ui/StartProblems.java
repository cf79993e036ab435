package org.careplanner.ui;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.careplanner.store.StoreDamagedException;

/** The two problems at start that the broker can do something about, in plain words with their choices. */
public final class StartProblems {

    private StartProblems() {
    }

    /**
     * The store's file is damaged: offers to restore the latest automatic backup (when there is one).
     *
     * @param restore  puts the backup back and opens the store (off the JavaFX thread)
     * @param restored shows the main window for the opened store
     */
    public static <T> StartProblem damaged(Stage stage, Appearance appearance, Optional<Instant> latestBackup,
                                           Callable<T> restore, Consumer<T> restored, Runnable onQuit) {
        String text = TEXT.getString("damaged.text") + "\n\n" + latestBackup
                .map(at -> MessageFormat.format(TEXT.getString("damaged.backup"), StoreDamagedException.describe(at)))
                .orElse(TEXT.getString("damaged.noBackup"));
        List<StartProblem.Choice<?>> choices = latestBackup.isPresent()
                ? List.of(new StartProblem.Choice<>("restoreBackup", TEXT.getString("damaged.restore"), restore, restored))
                : List.of();
        return new StartProblem(stage, appearance, TEXT.getString("damaged.title"), text, choices, onQuit);
    }

    /**
     * The store is open in another CarePlanner window (or another program): offers to switch to that window,
     * which comes to the front, and this start ends.
     *
     * @param aWindowListens whether a CarePlanner window said where it listens; if not, only Quit is offered
     * @param switchTo       asks the other window to come forward (off the JavaFX thread); fails if it did not answer
     */
    public static StartProblem inUse(Stage stage, Appearance appearance, boolean aWindowListens,
                                     Callable<Boolean> switchTo, Runnable onQuit) {
        if (!aWindowListens) {
            return new StartProblem(stage, appearance, TEXT.getString("inUse.title"),
                    TEXT.getString("inUse.otherProgram"), List.of(), onQuit);
        }
        return new StartProblem(stage, appearance, TEXT.getString("inUse.title"), TEXT.getString("inUse.text"),
                List.of(new StartProblem.Choice<>("switchToOpenWindow", TEXT.getString("inUse.switch"), switchTo,
                        shown -> onQuit.run())), onQuit);
    }
}
