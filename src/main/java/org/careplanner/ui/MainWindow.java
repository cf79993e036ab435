package org.careplanner.ui;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.careplanner.ui.home.HomeScreen;
import org.careplanner.ui.plan.PlanEditorScreen;

/** The one main window: the home screen, and the plan editor in its place when a plan is opened. */
public final class MainWindow {

    public static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");

    private final BorderPane root = new BorderPane();

    public MainWindow() {
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

    private void showHome() {
        root.setCenter(new HomeScreen(this::openNewPlan).view());
    }

    private void openNewPlan() {
        root.setCenter(new PlanEditorScreen(this::showHome).view());
    }
}
