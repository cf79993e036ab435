package org.careplanner.ui.home;

import static org.careplanner.ui.MainWindow.TEXT;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The first screen: the broker's plans and the way to start a new one. */
public final class HomeScreen {

    private final VBox view = new VBox(16);

    public HomeScreen(Runnable onNewPlan) {
        view.setPadding(new Insets(24));
        view.getStyleClass().add("home-screen");
        view.getChildren().addAll(header(onNewPlan), planList());
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
        ListView<String> plans = new ListView<>();
        plans.setId("planList");
        plans.setAccessibleText(TEXT.getString("home.planList"));
        Label empty = new Label(TEXT.getString("home.empty"));
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        plans.setPlaceholder(empty);
        VBox.setVgrow(plans, Priority.ALWAYS);
        return plans;
    }
}
