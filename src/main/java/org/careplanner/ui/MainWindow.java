package org.careplanner.ui;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.careplanner.ui.home.HomeScreen;
import org.careplanner.ui.home.PlanShelf;
import org.careplanner.ui.plan.PlanEditorScreen;

/** The one main window: the home screen, and the plan editor in its place when a plan is opened. */
public final class MainWindow {

    public static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");

    private final BorderPane root = new BorderPane();
    private final PlanShelf shelf;

    public MainWindow(PlanShelf shelf) {
        this.shelf = shelf;
        root.getStyleClass().add("main-window");
        showHome();
    }

    public void show(Stage stage) {
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("careplanner.css"), "careplanner.css").toExternalForm());
        stage.setTitle(TEXT.getString("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * When the store cannot be opened (in use elsewhere, damaged): say what happened and what to do; closing the
     * message runs {@code onClosed}. Not {@code showAndWait}: called from {@code Platform.startup}'s runnable, a
     * nested event loop there gets no render pulses and the dialog stays blank.
     */
    public static void showCannotOpen(String message, Runnable onClosed) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                message, javafx.scene.control.ButtonType.CLOSE);
        alert.setTitle(TEXT.getString("app.title"));
        alert.setHeaderText(TEXT.getString("store.cannotOpen.title"));
        alert.getDialogPane().setMinWidth(520);
        alert.setOnHidden(e -> onClosed.run());
        alert.show();
    }

    private void showHome() {
        root.setCenter(new HomeScreen(shelf, this::openNewPlan).view());
    }

    private void openNewPlan() {
        root.setCenter(new PlanEditorScreen(this::showHome).view());
    }
}
