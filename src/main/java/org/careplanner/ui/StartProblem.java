package org.careplanner.ui;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window shown instead of the main one when the plans store cannot be opened: a damaged file (offering to
 * restore the latest automatic backup), or the store open in another CarePlanner window (offering to switch to
 * it). It says what happened in plain words and offers what the broker can do; each choice's work runs off the
 * JavaFX thread, with the buttons disabled and "Working…" shown meanwhile. Quit is always there.
 */
public final class StartProblem {

    /** One thing the broker can do: its button, the work (off the JavaFX thread) and what follows on success. */
    public record Choice<T>(String id, String label, Callable<T> work, Consumer<T> then) {
    }

    private final Stage stage;
    private final Label message = new Label();
    private final Label working = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final List<Button> buttons = new ArrayList<>();

    /**
     * @param heading what happened, in a few words ("Your plans store is damaged")
     * @param text    what it means and what each choice does
     * @param choices the actions offered, the first the default; Quit is added last
     * @param onQuit  run when the broker quits (or closes the window)
     */
    public StartProblem(Stage stage, Appearance appearance, String heading, String text, List<Choice<?>> choices,
                        Runnable onQuit) {
        this.stage = stage;
        stage.setTitle(TEXT.getString("app.title"));
        Label title = new Label(heading);
        title.setId("startProblemTitle");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        message.setId("startProblemMessage");
        message.setText(text);
        message.setWrapText(true);
        // A wrapped label is otherwise laid out one line short, and its last words are cut to "…".
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        working.setId("startProblemWorking");
        working.setWrapText(true);
        spinner.setVisible(false);
        spinner.setPrefSize(24, 24);
        spinner.setAccessibleText(TEXT.getString("startProblem.working"));
        for (Choice<?> choice : choices) {
            buttons.add(button(choice));
        }
        Button quit = new Button(TEXT.getString("startProblem.quit"));
        quit.setId("quit");
        quit.setCancelButton(true);
        quit.setOnAction(e -> {
            stage.hide();
            onQuit.run();
        });
        buttons.add(quit);
        buttons.get(0).setDefaultButton(true);
        if (buttons.size() > 1) {
            buttons.get(0).getStyleClass().add("accent");
        }
        HBox row = new HBox(12, spinner, working);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(12);
        actions.getChildren().addAll(buttons);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(16, title, message, row, actions);
        root.setPadding(new Insets(24));
        root.setPrefWidth(620);
        root.getStyleClass().add("start-problem");
        Scene scene = new Scene(root);
        appearance.style(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> onQuit.run());
    }

    public void show() {
        stage.show();
        buttons.get(0).requestFocus();
    }

    private <T> Button button(Choice<T> choice) {
        Button b = new Button(choice.label());
        b.setId(choice.id());
        b.setMnemonicParsing(true);
        b.setOnAction(e -> run(choice));
        return b;
    }

    private <T> void run(Choice<T> choice) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return choice.work().call();
            }
        };
        buttons.forEach(b -> b.setDisable(true));
        spinner.setVisible(true);
        working.setText(TEXT.getString("startProblem.working"));
        task.setOnSucceeded(e -> {
            stage.hide();
            choice.then().accept(task.getValue());
        });
        task.setOnFailed(e -> {
            spinner.setVisible(false);
            // The work's own message is written for the person (a StoreException); anything else is unexpected.
            Throwable t = task.getException();
            working.setText(t instanceof org.careplanner.store.StoreException ? t.getMessage()
                    : TEXT.getString("startProblem.failed"));
            working.getStyleClass().add("problem-text");
            buttons.forEach(b -> b.setDisable(false));
        });
        Thread thread = new Thread(task, "start-problem");
        thread.setDaemon(false);
        thread.start();
    }
}
