package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.store.PlanSummary;

/** The first screen: the broker's plans and the way to start a new one. */
public final class HomeScreen {

    private static final System.Logger LOG = System.getLogger(HomeScreen.class.getName());

    private final VBox view = new VBox(16);

    private final ListView<PlanSummary> plans = new ListView<>();

    public HomeScreen(PlanShelf shelf, Runnable onNewPlan) {
        view.setPadding(new Insets(24));
        view.getStyleClass().add("home-screen");
        view.getChildren().addAll(header(onNewPlan), planList());
        load(shelf);
    }

    /** Reads the plans off the JavaFX Application Thread; the list fills in when the read returns. */
    private void load(PlanShelf shelf) {
        Task<List<PlanSummary>> read = new Task<>() {
            @Override
            protected List<PlanSummary> call() {
                return shelf.plans();
            }
        };
        read.setOnSucceeded(e -> plans.getItems().setAll(read.getValue()));
        read.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, "Could not read the list of plans: "
                    + read.getException().getClass().getSimpleName());
            Label failed = new Label(TEXT.getString("home.readFailed"));
            failed.getStyleClass().add("problem");
            failed.setWrapText(true);
            plans.setPlaceholder(failed);
        });
        Thread worker = new Thread(read, "read-plan-list");
        worker.setDaemon(true);
        worker.start();
    }

    public Node view() {
        return view;
    }

    private Node header(Runnable onNewPlan) {
        Label title = new Label(TEXT.getString("home.title"));
        title.getStyleClass().add("page-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button newPlan = new Button(TEXT.getString("home.newPlan"));
        newPlan.setId("newPlan");
        newPlan.setMnemonicParsing(true);
        newPlan.setDefaultButton(true);
        newPlan.getStyleClass().add("accent");
        newPlan.setAccessibleText(TEXT.getString("home.newPlan.accessible"));
        newPlan.setOnAction(e -> onNewPlan.run());
        HBox header = new HBox(12, title, gap, newPlan);
        header.getStyleClass().add("page-header");
        return header;
    }

    private Node planList() {
        plans.setId("planList");
        plans.setCellFactory(list -> new PlanSummaryCell());
        plans.setAccessibleText(TEXT.getString("home.planList"));
        Label empty = new Label(TEXT.getString("home.empty"));
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        plans.setPlaceholder(empty);
        VBox.setVgrow(plans, Priority.ALWAYS);
        return plans;
    }
}
