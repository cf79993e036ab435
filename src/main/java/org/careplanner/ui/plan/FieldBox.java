package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careplanner.domain.Problem;

/**
 * A field of the costing forms: its label, the control, and a line under it showing the field's problem as the
 * broker types (as {@link StepForm} does for text fields). The path can change (a table's selected line), so it
 * is asked for each time.
 */
final class FieldBox {

    private FieldBox() {
    }

    /** The control gets the label's text as its accessible name; its problem is looked up at {@code path}. */
    static VBox of(String key, Control control, PlanEditorViewModel plan, Supplier<String> path) {
        String text = TEXT.getString(key);
        control.setAccessibleText(text);
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setWrapText(true);
        Label problem = new Label();
        problem.setId(control.getId() + "Problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        Runnable show = () -> {
            String at = path.get();
            String message = at == null ? "" : plan.problemAt(at).map(Problem::message).orElse("");
            problem.setText(message);
            problem.setVisible(!message.isEmpty());
            control.setAccessibleHelp(message.isEmpty() ? null : message);
            control.getStyleClass().remove("has-problem");
            if (!message.isEmpty()) {
                control.getStyleClass().add("has-problem");
            }
        };
        plan.problems().addListener((ListChangeListener<Problem>) c -> show.run());
        show.run();
        VBox box = new VBox(4, label, control);
        if (control instanceof javafx.scene.control.TextInputControl field) {
            org.careplanner.ui.FieldInput.messageOf(field).ifPresent(box.getChildren()::add);
        }
        box.getChildren().add(problem);
        box.setUserData(show);
        return box;
    }

    /** Shows the problem again, after the path changed (another line selected). */
    static void refresh(VBox box) {
        if (box.getUserData() instanceof Runnable show) {
            show.run();
        }
    }
}
