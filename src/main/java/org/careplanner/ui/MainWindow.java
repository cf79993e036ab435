package org.careplanner.ui;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.careplanner.ui.home.HomeScreen;
import org.careplanner.ui.home.PlanShelf;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.ui.plan.Autosave;
import org.careplanner.ui.plan.CatalogueSource;
import org.careplanner.ui.plan.ConversationScreen;
import org.careplanner.ui.plan.PlanEditorViewModel;
import org.careplanner.ui.plan.PlanSaver;

/** The one main window: the home screen, and the conversation screen in its place when a plan is opened. */
public final class MainWindow {

    public static final ResourceBundle TEXT = ResourceBundle.getBundle("org.careplanner.ui.messages");

    private final BorderPane root = new BorderPane();
    private final PlanShelf shelf;
    private final Optional<PlanSaver> saver;
    private final Clock clock;
    private final BrokerPrompts prompts = BrokerPrompts.english();
    /** What to do before the window closes: save a plan that is open with changes waiting. */
    private Runnable beforeClosing = () -> { };
    /** The services the support step offers (App gives the store's catalogue). */
    private CatalogueSource catalogue = CatalogueSource.NONE;

    /** A window with no store to save to (screen tests): plans are edited but not saved. */
    public MainWindow(PlanShelf shelf) {
        this(shelf, Optional.empty(), Clock.systemDefaultZone());
    }

    /**
     * @param saver where plans are saved as the broker types, off the JavaFX Application Thread; empty: nowhere
     * @param clock the time of a new plan and "today" for dates of birth
     */
    public MainWindow(PlanShelf shelf, Optional<PlanSaver> saver, Clock clock) {
        this.shelf = shelf;
        this.saver = saver;
        this.clock = clock;
        root.getStyleClass().add("main-window");
        showHome();
    }

    /** Offers these services in the support step of every plan opened after this call; returns this window. */
    public MainWindow withCatalogue(CatalogueSource services) {
        this.catalogue = services;
        return this;
    }

    public void show(Stage stage) {
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("careplanner.css"), "careplanner.css").toExternalForm());
        stage.setTitle(TEXT.getString("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> beforeClosing.run());
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
        beforeClosing = () -> { };
        // The list is read after any save of the plan just left, so that plan is on it.
        PlanShelf afterSaves = () -> {
            try {
                Autosave.waitForSavesHandedOver();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return shelf.plans();
        };
        root.setCenter(new HomeScreen(afterSaves, this::openNewPlan).view());
    }

    private void openNewPlan() {
        Plan draft = Plan.newDraft(UUID.randomUUID(), Person.named("", ""), clock.instant());
        ConversationScreen conversation = new ConversationScreen(new PlanEditorViewModel(draft, clock), saver, prompts,
                this::showHome, catalogue);
        beforeClosing = conversation::leave;
        root.setCenter(conversation.view());
    }
}
