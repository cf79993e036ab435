package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Step 6, "Staying safe, and what to do if things go wrong": each significant risk and what to do about it, the
 * back-up cover if usual help cannot come, and the money kept aside for emergencies (shown here, changed in
 * step 7 where the rest of the budget is).
 */
final class RisksStep implements StepView {

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final RisksSection risks;
    private final RowsStep<RisksSection.RiskRow> rows;
    private final Button add = FormControls.button("addRisk", "risks.add");
    private final TextArea backup;

    /** @param goTo takes the broker to the field at a path in another step */
    RisksStep(PlanEditorViewModel plan, Consumer<String> goTo) {
        this.plan = plan;
        this.risks = plan.section(RisksSection.class);
        view.setId("risksStep");
        view.getStyleClass().add("step-form");
        rows = new RowsStep<>(risks, this::row, FormControls.note(TEXT.getString("risks.none"), "muted"));
        add.setOnAction(e -> {
            risks.add();
            Node first = rows.firstFieldOf(risks.rows().size() - 1);
            Platform.runLater(first::requestFocus);
        });
        backup = FormControls.area("backupCover", risks.backupCoverProperty(), 3);
        view.getChildren().addAll(FormControls.heading("risks.heading"),
                FormControls.note(TEXT.getString("risks.explain"), "muted"), rows.view(), add,
                FormControls.heading("risks.backup.heading"),
                FieldBox.of("risks.backup", backup, plan, () -> "backupCover"),
                FormControls.heading("risks.contingency.heading"), contingency(goTo));
    }

    static RisksStep form(PlanEditorViewModel plan, Consumer<String> goTo) {
        return new RisksStep(plan, goTo);
    }

    /** The money kept aside, as step 7 has it, and a link there to change it. */
    private Node contingency(Consumer<String> goTo) {
        MoneySection money = plan.section(MoneySection.class);
        Label amount = new Label();
        amount.setId("contingencyShown");
        amount.setWrapText(true);
        amount.textProperty().bind(Bindings.createStringBinding(() -> {
            String typed = money.contingencyProperty().get().strip();
            return typed.isEmpty() ? TEXT.getString("risks.contingency.none")
                    : MessageFormat.format(TEXT.getString(money.contingencyInsideProperty().get()
                            ? "risks.contingency.inside" : "risks.contingency.outside"),
                            MoneyInput.money(typed).map(org.careplanner.domain.Money::format).orElse(typed));
        }, money.contingencyProperty(), money.contingencyInsideProperty()));
        amount.setAccessibleText(amount.getText());
        amount.accessibleTextProperty().bind(amount.textProperty());
        Hyperlink change = new Hyperlink(TEXT.getString("risks.contingency.change"));
        change.setId("goToContingency");
        change.setMnemonicParsing(true);
        change.setAccessibleText(TEXT.getString("risks.contingency.change.accessible"));
        change.setOnAction(e -> goTo.accept("budget.contingency"));
        return new VBox(4, amount, change);
    }

    private Node row(RisksSection.RiskRow risk, int i, Map<String, Node> fields) {
        String at = "risks[" + i + "]";
        int n = i + 1;
        TextArea description = FormControls.area("riskDescription" + i, risk.description, 2);
        TextArea consequences = FormControls.area("riskConsequences" + i, risk.consequences, 2);
        TextArea mitigation = FormControls.area("riskMitigation" + i, risk.mitigation, 2);
        TextArea procedure = FormControls.area("riskProcedure" + i, risk.procedure, 2);
        TextField whoToCall = FormControls.line("riskWhoToCall" + i, risk.whoToCall, 30, org.careplanner.ui.FieldInput.Kind.SHORT_TEXT);
        Button remove = new Button(TEXT.getString("risks.remove"));
        remove.setId("removeRisk" + i);
        remove.setAccessibleText(MessageFormat.format(TEXT.getString("risks.remove.accessible"), n));
        remove.setOnAction(e -> {
            risks.rows().remove(risk);
            Platform.runLater((risks.rows().isEmpty() ? add
                    : rows.firstFieldOf(Math.min(i, risks.rows().size() - 1)))::requestFocus);
        });
        VBox box = new VBox(8, FormControls.note(MessageFormat.format(TEXT.getString("risks.numbered"), n),
                "row-title"));
        String[][] parts = {{"description", "risks.description"}, {"consequences", "risks.consequences"},
            {"mitigation", "risks.mitigation"}, {"procedure", "risks.procedure"}, {"whoToCall", "risks.whoToCall"}};
        Control[] controls = {description, consequences, mitigation, procedure, whoToCall};
        for (int k = 0; k < parts.length; k++) {
            String path = at + "." + parts[k][0];
            fields.put(path, controls[k]);
            box.getChildren().add(FieldBox.of(parts[k][1], controls[k], plan, () -> path));
            controls[k].setAccessibleText(MessageFormat.format(TEXT.getString("risks.inNumbered"),
                    controls[k].getAccessibleText(), n));
        }
        box.getChildren().add(remove);
        box.getStyleClass().add("list-row");
        return box;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return risks.rows().isEmpty() ? add : rows.firstFieldOf(0);
    }

    @Override
    public Node fieldAt(String path) {
        if (path.startsWith("backupCover")) {
            return backup;
        }
        Node at = rows.fieldAt(path);
        return at == null ? firstField() : at;
    }
}
