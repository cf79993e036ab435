package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The plan editor. For now it opens a new plan at its first section, "About the person"; the guided
 * conversation and the costing table grow here.
 */
public final class PlanEditorScreen {

    private final VBox view = new VBox(16);

    public PlanEditorScreen(Runnable onBack) {
        view.setId("planEditor");
        view.setPadding(new Insets(24));
        view.getStyleClass().add("plan-editor");
        Button back = new Button(TEXT.getString("editor.back"));
        back.setId("backToPlans");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        Label title = new Label(TEXT.getString("editor.newPlanTitle"));
        title.getStyleClass().add("page-title");
        Label section = new Label(TEXT.getString("editor.section.person"));
        section.getStyleClass().add("section-title");
        GridPane form = personForm();
        view.getChildren().addAll(new HBox(12, back, title), section, form);
        // Keyboard focus starts in the first field of the form, not on "Back".
        TextField first = (TextField) form.getChildren().get(1);
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(first::requestFocus);
            }
        });
    }

    public Node view() {
        return view;
    }

    private GridPane personForm() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        addField(form, 0, "givenName", "editor.person.givenName");
        addField(form, 1, "familyName", "editor.person.familyName");
        addField(form, 2, "preferredName", "editor.person.preferredName");
        return form;
    }

    private static void addField(GridPane form, int row, String id, String key) {
        Label label = new Label(TEXT.getString(key));
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        field.setAccessibleText(TEXT.getString(key));
        label.setLabelFor(field);
        form.addRow(row, label, field);
    }
}
