package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;

/**
 * The first screen: the broker's plans, searched as they type and filtered by review and status; a new plan,
 * opening one where it was left, and starting a review from one. Every read and write is off the JavaFX thread.
 * Keyboard: focus starts in the search box; Down goes into the list; Enter opens the chosen plan.
 */
public final class HomeScreen {

    /** What to do with a plan read from the store: open it, at the step it was left at if known. */
    @FunctionalInterface
    public interface Opener {
        void open(Plan plan, Optional<String> resumeStep);
    }

    private static final System.Logger LOG = System.getLogger(HomeScreen.class.getName());

    private final VBox view = new VBox(12);
    private final ListView<PlanSummary> plans = new ListView<>();
    private final TextField search = new TextField();
    private final Label busyText = new Label();
    private final HBox busy;
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final PlanLibrary library;
    private final HomeSearch model;
    private final Clock clock;
    private final Opener opener;

    public HomeScreen(PlanLibrary library, Clock clock, Runnable onNewPlan, Opener opener) {
        this.library = library;
        this.clock = clock;
        this.opener = opener;
        this.model = new HomeSearch(library);
        spinner.setPrefSize(24, 24);
        spinner.setAccessibleText(TEXT.getString("home.busy.accessible"));
        busyText.setId("homeBusy");
        busy = new HBox(8, spinner, busyText);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.setVisible(false);
        busy.managedProperty().bind(busy.visibleProperty());
        view.setPadding(new Insets(16, 24, 24, 24));
        view.getStyleClass().add("home-screen");
        view.getChildren().addAll(header(onNewPlan), searchBar(), busy, planList());
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(search::requestFocus);
            }
        });
        model.searchNow();
    }

    public Node view() {
        return view;
    }

    /**
     * Runs {@code then} once on the JavaFX thread when the first list of plans has come back (or failed) and has
     * been laid out for drawing: work that can wait, such as the day's backup and review dates, starts after the
     * broker sees the list, not in competition with it (before, it started as the rows arrived, while the list's
     * first cells were still to be made: ADR 0030).
     */
    public void whenListed(Runnable then) {
        if (!model.searchingProperty().get()) {
            then.run();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    model.searchingProperty().removeListener(this);
                    afterNextLayout(then);
                }
            }
        };
        model.searchingProperty().addListener(once);
    }

    /** Runs {@code then} after the next pulse has laid out the screen (at once when it is not in a window). */
    private void afterNextLayout(Runnable then) {
        javafx.scene.Scene scene = view.getScene();
        if (scene == null) {
            then.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Reads the list again (after an import). */
    public void refresh() {
        model.searchNow();
    }

    private Node header(Runnable onNewPlan) {
        Label title = new Label(TEXT.getString("home.title"));
        title.getStyleClass().add("page-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button newPlan = button("newPlan", "home.newPlan");
        newPlan.setDefaultButton(true);
        newPlan.getStyleClass().add("accent");
        newPlan.setOnAction(e -> onNewPlan.run());
        Button open = button("openPlan", "home.open");
        open.setOnAction(e -> openSelected());
        Button duplicate = button("duplicateForReview", "home.duplicate");
        duplicate.setOnAction(e -> startReviewOfSelected());
        var nothingChosen = plans.getSelectionModel().selectedItemProperty().isNull();
        open.disableProperty().bind(nothingChosen);
        duplicate.disableProperty().bind(nothingChosen);
        HBox header = new HBox(12, title, gap, newPlan, open, duplicate);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("page-header");
        return header;
    }

    private static Button button(String id, String key) {
        Button b = new Button(TEXT.getString(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(TEXT.getString(key + ".accessible"));
        return b;
    }

    private Node searchBar() {
        Label label = new Label(TEXT.getString("home.search"));
        label.setMnemonicParsing(true);
        label.setLabelFor(search);
        org.careplanner.ui.FieldInput.install(search, org.careplanner.ui.FieldInput.Kind.SHORT_TEXT);
        search.setId("search");
        search.setPromptText(TEXT.getString("home.search.prompt"));
        search.setAccessibleText(TEXT.getString("home.search.accessible"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.textProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                intoList();
                e.consume();
            }
        });
        // Enter with something typed opens the chosen (or only) match; in an empty box it starts a new plan.
        search.addEventHandler(ActionEvent.ACTION, e -> {
            if (!search.getText().isBlank() && !plans.getItems().isEmpty()) {
                if (plans.getSelectionModel().isEmpty()) {
                    plans.getSelectionModel().selectFirst();
                }
                openSelected();
                e.consume();
            }
        });
        ToggleGroup window = new ToggleGroup();
        HBox reviews = new HBox(0);
        reviews.getStyleClass().add("segmented");
        for (PlanSearch.ReviewWindow w : PlanSearch.ReviewWindow.values()) {
            String key = "home.filter." + w.name().toLowerCase(Locale.ROOT);
            ToggleButton t = new ToggleButton(TEXT.getString(key));
            t.setId("filter" + w.name());
            t.setAccessibleText(TEXT.getString(key + ".accessible"));
            t.setToggleGroup(window);
            t.setUserData(w);
            t.setSelected(w == PlanSearch.ReviewWindow.ANY);
            reviews.getChildren().add(t);
        }
        window.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one filter is always chosen
            } else {
                model.reviewProperty().set((PlanSearch.ReviewWindow) now.getUserData());
            }
        });
        ComboBox<PlanStatus> status = new ComboBox<>();
        status.setId("statusFilter");
        status.setAccessibleText(TEXT.getString("home.filter.status.accessible"));
        status.getItems().add(null);
        status.getItems().addAll(PlanStatus.values());
        Function<PlanStatus, String> words = s -> s == null ? TEXT.getString("home.filter.anyStatus")
                : TEXT.getString("home.filter.status." + s.name().toLowerCase(Locale.ROOT));
        status.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlanStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : words.apply(item));
            }
        });
        status.setButtonCell(status.getCellFactory().call(null));
        status.getSelectionModel().select(0);
        status.valueProperty().bindBidirectional(model.statusProperty());
        FlowPane bar = new FlowPane(12, 8, label, search, reviews, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("search-bar");
        // Why a paste or keystroke was refused, on its own line under the bar (ui.FieldInput).
        return new VBox(4, bar, org.careplanner.ui.FieldInput.messageOf(search).orElseThrow());
    }

    private Node planList() {
        plans.setId("planList");
        plans.setItems(model.results());
        plans.setCellFactory(list -> {
            PlanSummaryCell cell = new PlanSummaryCell(clock);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    openSelected();
                }
            });
            return cell;
        });
        plans.setAccessibleText(TEXT.getString("home.planList"));
        plans.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !plans.getSelectionModel().isEmpty()) {
                openSelected();
                e.consume();
            }
        });
        Label empty = new Label();
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.failedProperty().get()
                ? TEXT.getString("home.readFailed")
                : model.isNarrowed() ? TEXT.getString("home.noMatch") : TEXT.getString("home.empty"),
                model.failedProperty(), model.results(), model.textProperty(), model.reviewProperty(),
                model.statusProperty()));
        model.failedProperty().addListener((obs, old, failed) ->
                empty.getStyleClass().setAll(failed ? "problem" : "muted"));
        plans.setPlaceholder(empty);
        VBox.setVgrow(plans, Priority.ALWAYS);
        return plans;
    }

    private void intoList() {
        if (plans.getItems().isEmpty()) {
            return;
        }
        if (plans.getSelectionModel().isEmpty()) {
            plans.getSelectionModel().selectFirst();
        }
        plans.getFocusModel().focus(plans.getSelectionModel().getSelectedIndex());
        plans.requestFocus();
    }

    private void openSelected() {
        PlanSummary chosen = plans.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        inBackground("home.opening", chosen, () -> {
            Plan plan = library.latest(chosen.planId()).orElseThrow(() -> new IllegalStateException("No plan"));
            return new Opened(plan, library.resumeStep(chosen.planId()));
        });
    }

    private void startReviewOfSelected() {
        PlanSummary chosen = plans.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        inBackground("home.startingReview", chosen, () -> {
            Plan latest = library.latest(chosen.planId()).orElseThrow(() -> new IllegalStateException("No plan"));
            Plan draft = library.save(ReviewDraft.from(latest, clock));
            // A review goes through the plan with the person from the start.
            String first = org.careplanner.interview.ConversationStep.first().name();
            library.rememberStep(draft.id(), first);
            return new Opened(draft, Optional.of(first));
        });
    }

    private record Opened(Plan plan, Optional<String> step) {
    }

    private interface Work {
        Opened run();
    }

    /** Reads (or writes) off the JavaFX thread with a spinner, then opens what came back. */
    private void inBackground(String key, PlanSummary chosen, Work work) {
        long asked = System.nanoTime();
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() {
                return work.run();
            }
        };
        String person = chosen.personName().isBlank() ? TEXT.getString("home.unnamed") : chosen.personName();
        busyText.setText(java.text.MessageFormat.format(TEXT.getString(key), person));
        busyText.getStyleClass().setAll("label");
        spinner.setVisible(true);
        busy.setVisible(true);
        plans.setDisable(true);
        task.setOnSucceeded(e -> {
            busy.setVisible(false);
            plans.setDisable(false);
            opener.open(task.getValue().plan(), task.getValue().step());
            org.careplanner.store.StartTimes.took("plan opened", asked);
        });
        task.setOnFailed(e -> {
            // The plan's id only: never the person's details.
            LOG.log(System.Logger.Level.WARNING, "Could not open plan " + chosen.planId() + ": "
                    + task.getException().getClass().getSimpleName());
            plans.setDisable(false);
            spinner.setVisible(false);
            busyText.setText(TEXT.getString("home.openFailed"));
            busyText.getStyleClass().setAll("label", "problem");
        });
        // Not a daemon: starting a review writes to the store, and the program waits for a write to finish.
        Thread worker = new Thread(task, "open-plan");
        worker.start();
    }
}
