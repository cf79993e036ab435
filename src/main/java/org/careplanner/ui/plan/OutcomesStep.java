package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careplanner.domain.StageOfChange;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.RulerPrompts;
import org.careplanner.interview.StageGuidance;

/**
 * Step 4, "What you want to achieve": each outcome in the person's own words, how they will know it is getting
 * better, by when, the importance and confidence rulers with the follow-up questions for the score given ("Why a 6
 * and not a 3?", "What would take you to a 7?"), and the stage of change with what it means for the broker.
 */
final class OutcomesStep implements StepView {

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final BrokerPrompts prompts;
    private final RulerPrompts rulers;
    private final OutcomesSection outcomes;
    private final RowsStep<OutcomesSection.OutcomeRow> rows;
    private final Button add = FormControls.button("addOutcome", "outcomes.add");

    OutcomesStep(PlanEditorViewModel plan, BrokerPrompts prompts) {
        this.plan = plan;
        this.prompts = prompts;
        this.rulers = prompts.rulers();
        this.outcomes = plan.section(OutcomesSection.class);
        view.setId("outcomesStep");
        view.getStyleClass().add("step-form");
        rows = new RowsStep<>(outcomes, this::row, FormControls.note(TEXT.getString("outcomes.none"), "muted"));
        add.setOnAction(e -> {
            outcomes.add();
            Node first = rows.firstFieldOf(outcomes.rows().size() - 1);
            Platform.runLater(first::requestFocus);
        });
        view.getChildren().addAll(FormControls.heading("outcomes.heading"),
                FormControls.note(TEXT.getString("outcomes.explain"), "muted"), rows.view(), add);
    }

    static OutcomesStep form(PlanEditorViewModel plan, BrokerPrompts prompts) {
        return new OutcomesStep(plan, prompts);
    }

    private Node row(OutcomesSection.OutcomeRow outcome, int i, Map<String, Node> fields) {
        String at = "outcomes[" + i + "]";
        int n = i + 1;
        TextArea words = FormControls.area("outcomeWords" + i, outcome.words, 2);
        TextArea progress = FormControls.area("outcomeProgress" + i, outcome.progress, 2);
        TextField target = FormControls.line("outcomeTarget" + i, outcome.targetDate, 10, org.careplanner.ui.FieldInput.Kind.DATE);
        TextField importance = FormControls.score("outcomeImportance" + i, outcome.importance);
        TextField confidence = FormControls.score("outcomeConfidence" + i, outcome.confidence);
        ComboBox<StageOfChange> stage = FormControls.optionalChoice("outcomeStage" + i, StageOfChange.values(),
                "stage.", "stage.none", outcome.stage);
        Button remove = new Button(TEXT.getString("outcomes.remove"));
        remove.setId("removeOutcome" + i);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setAccessibleText(MessageFormat.format(TEXT.getString("outcomes.remove.accessible"), n));
        remove.setOnAction(e -> {
            outcomes.rows().remove(outcome);
            Platform.runLater((outcomes.rows().isEmpty() ? add
                    : rows.firstFieldOf(Math.min(i, outcomes.rows().size() - 1)))::requestFocus);
        });
        fields.put(at + ".inPersonsWords", words);
        fields.put(at + ".howProgressWillBeSeen", progress);
        fields.put(at + ".targetDate", target);
        fields.put(at + ".importance", importance);
        fields.put(at + ".confidence", confidence);
        fields.put(at + ".stageOfChange", stage);

        VBox wordsBox = FieldBox.of("outcomes.words", words, plan, () -> at + ".inPersonsWords");
        VBox progressBox = FieldBox.of("outcomes.progress", progress, plan, () -> at + ".howProgressWillBeSeen");
        VBox targetBox = FieldBox.of("outcomes.targetDate", target, plan, () -> at + ".targetDate");
        VBox importanceBox = ruler("outcomes.importance", rulers.importanceQuestion(), importance, outcome.importance,
                at + ".importance", "outcomeImportanceFollowUps" + i);
        VBox confidenceBox = ruler("outcomes.confidence", rulers.confidenceQuestion(), confidence,
                outcome.confidence, at + ".confidence", "outcomeConfidenceFollowUps" + i);
        VBox stageBox = FieldBox.of("outcomes.stage", stage, plan, () -> at + ".stageOfChange");
        Label guidance = new Label();
        guidance.setId("outcomeStageGuidance" + i);
        guidance.setWrapText(true);
        guidance.getStyleClass().add("prompt-inline");
        guidance.textProperty().bind(Bindings.createStringBinding(() -> outcome.stage.get() == null ? ""
                : prompts.text(StageGuidance.of(outcome.stage.get()).guidanceKey()), outcome.stage));
        showAsPrompt(guidance, Bindings.isNotEmpty(guidance.textProperty()));
        stageBox.getChildren().add(guidance);
        // Each control is named with the outcome's number, so a screen reader says which outcome it is in.
        for (Node c : new Node[] {words, progress, target, importance, confidence, stage}) {
            javafx.scene.control.Control control = (javafx.scene.control.Control) c;
            control.setAccessibleText(MessageFormat.format(TEXT.getString("outcomes.inNumbered"),
                    control.getAccessibleText(), n));
        }
        FlowPane scores = new FlowPane(24, 8, importanceBox, confidenceBox);
        HBox last = new HBox(12, targetBox, stageBox, remove);
        last.setAlignment(Pos.BOTTOM_LEFT);
        stageBox.setMaxWidth(360);
        VBox box = new VBox(8, FormControls.note(MessageFormat.format(TEXT.getString("outcomes.numbered"), n),
                "row-title"), wordsBox, progressBox, scores, last);
        box.getStyleClass().add("list-row");
        return box;
    }

    /** A ruler: the score, the question to ask, and the follow-up questions for the score given. */
    private VBox ruler(String key, String question, TextField field, StringProperty score, String path,
                       String followUpsId) {
        VBox box = FieldBox.of(key, field, plan, () -> path);
        Label ask = new Label(MessageFormat.format(TEXT.getString("outcomes.ruler.ask"), question));
        ask.setWrapText(true);
        ask.getStyleClass().add("prompt-inline");
        showAsPrompt(ask, Bindings.createBooleanBinding(() -> true));
        Label followUps = new Label();
        followUps.setId(followUpsId);
        followUps.setWrapText(true);
        followUps.getStyleClass().add("prompt-inline");
        followUps.textProperty().bind(Bindings.createStringBinding(() -> OutcomesSection.OutcomeRow
                .score(score.get()).map(s -> MessageFormat.format(TEXT.getString("outcomes.ruler.followUps"),
                        String.join(" ", rulers.followUps(s)))).orElse(""), score));
        showAsPrompt(followUps, Bindings.isNotEmpty(followUps.textProperty()));
        box.getChildren().addAll(ask, followUps);
        box.setMaxWidth(330);
        return box;
    }

    /** A prompt beside a field: shown when it has something to say and the broker has not hidden the prompts. */
    private void showAsPrompt(Label label, javafx.beans.value.ObservableBooleanValue hasText) {
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(Bindings.and(hasText, plan.promptsHiddenProperty().not()));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return outcomes.rows().isEmpty() ? add : rows.firstFieldOf(0);
    }

    @Override
    public Node fieldAt(String path) {
        Node at = rows.fieldAt(path);
        return at == null ? firstField() : at;
    }
}
