package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careplanner.ui.Appearance;

/**
 * A small window over the main one while long work runs: what is happening, a progress bar and a Cancel button.
 * Cancel asks the work to stop at its next check (the work is never interrupted: H2 closes the store when a
 * thread is interrupted during disk I/O); the window closes when the work has really ended, and the outcome is
 * handed to {@code onDone} in plain words.
 */
public final class ProgressDialog {

    /** A piece of long work that checks {@code cancelled} as it goes and returns what it did, in plain words. */
    @FunctionalInterface
    public interface Work {
        String run(java.util.function.BooleanSupplier cancelled) throws Exception;
    }

    private final Stage stage = new Stage();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Button cancel = new Button(TEXT.getString("progress.cancel"));
    private final Label message = new Label();

    private ProgressDialog(Window owner, Appearance appearance, String heading) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(heading);
        Label title = new Label(heading);
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        message.setId("progressMessage");
        message.setWrapText(true);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("progressBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(heading);
        cancel.setId("cancelWork");
        cancel.setCancelButton(true);
        cancel.setMnemonicParsing(true);
        cancel.setAccessibleText(TEXT.getString("progress.cancel.accessible"));
        cancel.setOnAction(e -> requestCancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, title, message, bar, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(460);
        root.getStyleClass().add("progress-dialog");
        Scene scene = new Scene(root);
        appearance.style(scene);
        stage.setScene(scene);
        // Closing the small window is the same as Cancel: the work still ends before the result is shown.
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestCancel();
        });
    }

    private void requestCancel() {
        cancelRequested.set(true);
        cancel.setDisable(true);
        message.setText(TEXT.getString("progress.stopping"));
    }

    /**
     * Runs {@code work} in a background {@link Task}, showing the dialog until it ends; then {@code onDone} gets
     * the work's own words, "cancelled" words if it stopped on a cancel, or {@code failedWords} if it failed.
     *
     * @return what asks the work to stop, as Cancel does (when the main window closes)
     */
    public static Runnable run(Window owner, Appearance appearance, String heading, String working, Work work,
                                   String cancelledWords, String failedWords, Consumer<String> onDone) {
        ProgressDialog dialog = new ProgressDialog(owner, appearance, heading);
        dialog.message.setText(working);
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                try {
                    return work.run(dialog.cancelRequested::get);
                } catch (java.util.concurrent.CancellationException e) {
                    return cancelledWords;
                }
            }
        };
        task.setOnSucceeded(e -> {
            org.careplanner.ui.lock.IdleLock.close(dialog.stage);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            org.careplanner.ui.lock.IdleLock.close(dialog.stage);
            System.getLogger(ProgressDialog.class.getName()).log(System.Logger.Level.WARNING,
                    "Long work failed: " + task.getException().getClass().getSimpleName());
            onDone.accept(failedWords);
        });
        dialog.stage.show();
        // Not a daemon: the program waits for work that writes to the store or a file to finish.
        Thread worker = new Thread(task, "long-work");
        worker.start();
        return () -> {
            if (task.isRunning()) {
                dialog.requestCancel();
            }
        };
    }
}
