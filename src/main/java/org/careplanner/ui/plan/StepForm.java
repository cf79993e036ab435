package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.domain.Problem;
import org.careplanner.ui.FieldInput;

/**
 * One step's form, built field by field: each field is its label, the control bound to the view-model, and a
 * line under it that shows the field's problem as the broker types. The label text, the control's accessible
 * text and the problem's path are all the field's path in the view-model (for example {@code person.nhsNumber}).
 */
final class StepForm implements StepView {

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final List<TextInputControl> controls = new ArrayList<>();
    private final java.util.Map<String, TextInputControl> byPath = new java.util.LinkedHashMap<>();

    StepForm(PlanEditorViewModel plan, String id) {
        this.plan = plan;
        view.setId(id);
        view.getStyleClass().add("step-form");
    }

    StepForm heading(String key) {
        Label heading = new Label(TEXT.getString(key));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        view.getChildren().add(heading);
        return this;
    }

    /** A one-line field, {@code columns} characters wide, taking what a field of {@code kind} takes. */
    StepForm line(String path, int columns, FieldInput.Kind kind) {
        TextField field = FieldInput.install(new TextField(), kind);
        field.setPrefColumnCount(columns);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return add(path, field);
    }

    /** A few lines of the person's own words. */
    StepForm area(String path) {
        TextArea area = FieldInput.install(new TextArea(), FieldInput.Kind.LONG_TEXT);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        // Tab moves to the next field, as in every other control (a text area would type a tab): the text area
        // already moves focus on Ctrl+Tab, so Tab is passed on as that.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return add(path, area);
    }

    private StepForm add(String path, TextInputControl control) {
        String text = TEXT.getString(path);
        control.setId(path.substring(path.lastIndexOf('.') + 1));
        control.setAccessibleText(text);
        control.textProperty().bindBidirectional(plan.fields().get(path));
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setWrapText(true);
        Label problem = new Label();
        problem.setId(control.getId() + "Problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        Runnable show = () -> {
            String message = plan.problemAt(path).map(Problem::message).orElse("");
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
        FieldInput.messageOf(control).ifPresent(box.getChildren()::add);
        box.getChildren().add(problem);
        view.getChildren().add(box);
        controls.add(control);
        byPath.put(path, control);
        return this;
    }

    @Override
    public Node firstField() {
        return controls.get(0);
    }

    /** The field at a path; "person.name" (no name at all) is the first name. */
    @Override
    public Node fieldAt(String path) {
        TextInputControl exact = byPath.get(path);
        if (exact != null) {
            return exact;
        }
        return byPath.entrySet().stream().filter(e -> e.getKey().startsWith(path + ".")).map(e -> (Node) e.getValue())
                .findFirst().orElse(firstField());
    }

    @Override
    public Node view() {
        return view;
    }
}
