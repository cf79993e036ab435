package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Quote;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ChangeTalkCues;
import org.careplanner.interview.ChangeTalkReadBack;
import org.careplanner.interview.ConversationStep;

/**
 * Step 9, "Summary and agreement": the person's own reasons and commitments, gathered from the quotes tagged as
 * change talk on every step, as a read-back for the broker to say aloud; what must be put right before the plan
 * is agreed and what to check, each a link to its field; and anything the person disagrees with.
 */
final class SummaryStep implements StepView {

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final BrokerPrompts prompts;
    private final Costing costing;
    private final Consumer<String> goTo;
    private final Label readBack = new Label();
    private final VBox said = new VBox(6);
    private final Label agreement = new Label();
    private final Hyperlink budgetStage = new Hyperlink();
    private final VBox problems = new VBox(4);
    private final TextArea disagreement;

    /** @param goTo takes the broker to the field at a problem's path */
    SummaryStep(PlanEditorViewModel plan, BrokerPrompts prompts, Consumer<String> goTo) {
        this.plan = plan;
        this.prompts = prompts;
        this.goTo = goTo;
        this.costing = new Costing(plan);
        view.setId("summaryStep");
        view.getStyleClass().add("step-form");
        readBack.setId("readBack");
        readBack.setWrapText(true);
        readBack.getStyleClass().add("read-back");
        said.setId("reasonsAndCommitments");
        agreement.setId("agreementStatus");
        agreement.setWrapText(true);
        budgetStage.setId("summaryBudgetStage");
        budgetStage.setWrapText(true);
        budgetStage.setOnAction(e -> goTo.accept("budget.allocationStage"));
        problems.setId("summaryProblems");
        disagreement = FormControls.area("disagreement", plan.section(SummarySection.class).disagreementProperty(), 3);
        view.getChildren().addAll(FormControls.heading("summary.heading.readBack"),
                FormControls.note(TEXT.getString("summary.readBack.explain"), "muted"), readBack, said,
                FormControls.heading("summary.heading.agreement"), agreement, budgetStage, problems,
                FormControls.heading("summary.heading.disagreement"),
                FieldBox.of("summary.disagreement", disagreement, plan, () -> "disagreement"));
        // Gathered afresh each time the step is opened, and as anything changes while it is open.
        plan.currentStepProperty().addListener((obs, old, step) -> refreshIfShown());
        plan.progressProperty().addListener((obs, old, now) -> refreshIfShown());
        // A quote typed or tagged here leaves the progress as it was, so the read-back follows the quotes too.
        plan.section(QuotesSection.class).onChange(this::refreshIfShown);
        refresh();
    }

    static SummaryStep form(PlanEditorViewModel plan, BrokerPrompts prompts, Consumer<String> goTo) {
        return new SummaryStep(plan, prompts, goTo);
    }

    private void refreshIfShown() {
        if (plan.currentStepProperty().get() == ConversationStep.SUMMARY) {
            refresh();
        }
    }

    private void refresh() {
        Plan now = plan.snapshot();
        String text = prompts.readBack().text(now.quotes());
        readBack.setText(text.isEmpty() ? TEXT.getString("summary.readBack.none") : text);
        readBack.setAccessibleText(readBack.getText());
        said.getChildren().clear();
        for (Quote q : ChangeTalkReadBack.reasonsAndCommitments(now.quotes())) {
            String step = ConversationStep.byId(q.section()).map(s -> prompts.text(s.titleKey())).orElse("");
            Label line = FormControls.note(MessageFormat.format(TEXT.getString("summary.quote"),
                    prompts.text(ChangeTalkCues.labelKey(q.changeTalk())), q.text(), step), "summary-quote");
            line.setAccessibleText(line.getText());
            said.getChildren().add(line);
        }
        showProblems(now);
        // Signing agrees the plan, not the amount: say which the budget is, so nobody signs thinking otherwise.
        budgetStage.setText(TEXT.getString("summary.stage." + now.budget().allocationStage().name()));
        budgetStage.setAccessibleText(budgetStage.getText());
        budgetStage.getStyleClass().remove("warning");
        if (now.budget().allocationStage() != org.careplanner.domain.AllocationStage.AGREED) {
            budgetStage.getStyleClass().add("warning");
        }
    }

    private void showProblems(Plan now) {
        costing.update();
        LinkedHashSet<Problem> all = new LinkedHashSet<>(plan.problems());
        all.addAll(costing.assessment().problems());
        List<Problem> sorted = new ArrayList<>(all);
        // Must-fix first, then checks; each group in the order of the steps where they are put right.
        sorted.sort(Comparator.comparing((Problem p) -> !p.isBlocking())
                .thenComparing(p -> stepFor(p.field()).ordinal()));
        long blocking = sorted.stream().filter(Problem::isBlocking).count();
        long warnings = sorted.size() - blocking;
        agreement.setText(blocking == 0
                ? MessageFormat.format(TEXT.getString("summary.ready"), warnings)
                : MessageFormat.format(TEXT.getString("summary.notReady"), blocking, warnings));
        agreement.getStyleClass().removeAll("problem", "within-budget");
        agreement.getStyleClass().add(blocking == 0 ? "within-budget" : "problem");
        agreement.setAccessibleText(agreement.getText());
        problems.getChildren().clear();
        for (Problem p : sorted) {
            problems.getChildren().add(link(p));
        }
    }

    private Node link(Problem p) {
        ConversationStep step = stepFor(p.field());
        String kind = TEXT.getString(p.isBlocking() ? "costing.blocking" : "costing.warning");
        Hyperlink link = new Hyperlink(MessageFormat.format(TEXT.getString("summary.problem"),
                prompts.text(step.titleKey()), p.message()));
        link.setWrapText(true);
        link.getStyleClass().add(p.isBlocking() ? "problem" : "warning");
        link.setAccessibleText(kind + ": " + link.getText());
        link.setOnAction(e -> goTo.accept(p.field()));
        Label label = new Label(kind);
        label.getStyleClass().add(p.isBlocking() ? "problem" : "warning");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, label, link);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    /**
     * The step where a field is put right. Budget and funding stream fields are all edited in step 7, "How the
     * money is managed", though steps 5, 6 and 8 talk about them.
     */
    static ConversationStep stepFor(String path) {
        return path.startsWith("budget") || path.startsWith("fundingStreams")
                ? ConversationStep.MONEY_MANAGEMENT : ConversationStep.forField(path);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return problems.getChildren().isEmpty() ? disagreement
                : ((HBox) problems.getChildren().get(0)).getChildren().get(1);
    }

    @Override
    public Node fieldAt(String path) {
        return disagreement;
    }
}
