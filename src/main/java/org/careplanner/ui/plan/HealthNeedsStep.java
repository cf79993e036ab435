package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careplanner.domain.WellbeingOutcome;

/**
 * Step 3, "Your health and wellbeing": the needs the plan will focus on, in the person's words, each optionally
 * tied to one of the Care Act wellbeing outcomes (for the social-care part of a budget).
 */
final class HealthNeedsStep implements StepView {

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final HealthNeedsSection needs;
    private final RowsStep<HealthNeedsSection.NeedRow> rows;
    private final Button add = FormControls.button("addNeed", "needs.add");

    HealthNeedsStep(PlanEditorViewModel plan) {
        this.plan = plan;
        this.needs = plan.section(HealthNeedsSection.class);
        view.setId("healthNeedsStep");
        view.getStyleClass().add("step-form");
        rows = new RowsStep<>(needs, this::row, FormControls.note(TEXT.getString("needs.none"), "muted"));
        add.setOnAction(e -> {
            needs.add();
            Node first = rows.firstFieldOf(needs.rows().size() - 1);
            Platform.runLater(first::requestFocus);
        });
        view.getChildren().addAll(FormControls.heading("needs.heading"),
                FormControls.note(TEXT.getString("needs.explain"), "muted"), rows.view(), add);
    }

    static HealthNeedsStep form(PlanEditorViewModel plan) {
        return new HealthNeedsStep(plan);
    }

    private Node row(HealthNeedsSection.NeedRow need, int i, Map<String, Node> fields) {
        String at = "healthNeeds[" + i + "]";
        TextArea description = FormControls.area("needDescription" + i, need.description, 2);
        ComboBox<WellbeingOutcome> wellbeing = FormControls.optionalChoice("needWellbeing" + i,
                WellbeingOutcome.values(), "wellbeing.", "wellbeing.none", need.wellbeing);
        Button remove = new Button(TEXT.getString("needs.remove"));
        remove.setId("removeNeed" + i);
        remove.setAccessibleText(MessageFormat.format(TEXT.getString("needs.remove.accessible"), i + 1));
        remove.setOnAction(e -> {
            needs.rows().remove(need);
            Platform.runLater((needs.rows().isEmpty() ? add : rows.firstFieldOf(Math.min(i, needs.rows().size() - 1)))
                    ::requestFocus);
        });
        fields.put(at + ".description", description);
        fields.put(at + ".wellbeingOutcome", wellbeing);
        VBox text = FieldBox.of("needs.description", description, plan, () -> at + ".description");
        description.setAccessibleText(MessageFormat.format(TEXT.getString("needs.description.numbered"), i + 1));
        HBox choice = new HBox(12, FieldBox.of("needs.wellbeing", wellbeing, plan, () -> at + ".wellbeingOutcome"),
                remove);
        choice.setAlignment(Pos.BOTTOM_LEFT);
        VBox box = new VBox(8, FormControls.note(MessageFormat.format(TEXT.getString("needs.numbered"), i + 1),
                "row-title"), text, choice);
        box.getStyleClass().add("list-row");
        return box;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return needs.rows().isEmpty() ? add : rows.firstFieldOf(0);
    }

    @Override
    public Node fieldAt(String path) {
        Node at = rows.fieldAt(path);
        return at == null ? firstField() : at;
    }
}
