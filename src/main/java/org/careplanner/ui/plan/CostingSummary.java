package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.careplanner.domain.Problem;
import org.careplanner.pricing.PlanAssessment;

/**
 * Under the costing table: the plan total, allocation, contingency and what remains, all from the assessment;
 * whether the plan is within budget (words, colour and a sign, so it never rests on colour alone); and the
 * costing's problems, each a link to the line or field where it is put right.
 */
final class CostingSummary {

    private static final String WARNING_SIGN = "M12 2 L23 21 L1 21 Z M11 9 L13 9 L13 15 L11 15 Z M11 17 L13 17 L13 19 L11 19 Z";
    private static final String TICK = "M2 12 L5 9 L10 14 L20 4 L23 7 L10 20 Z";

    private final VBox view = new VBox(10);
    private final Label total = amount("costTotal");
    private final Label allocation = amount("costAllocation");
    private final Label contingency = amount("costContingency");
    private final Label remaining = amount("costRemaining");
    private final Label status = new Label();
    private final SVGPath sign = new SVGPath();
    private final VBox problems = new VBox(4);
    private final Consumer<String> goTo;

    /** @param goTo takes the broker to the field at a problem's path */
    CostingSummary(Costing costing, Consumer<String> goTo) {
        this.goTo = goTo;
        view.setId("costingSummary");
        view.getStyleClass().add("costing-summary");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        // On a narrow form the names and figures wrap onto a second line ("Kept aside for / emergencies", "£150.00
        // (out of / the budget)") rather than being cut: the names take up to about half the width.
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setPercentWidth(-1);
        names.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        names.setHgrow(javafx.scene.layout.Priority.NEVER);
        javafx.scene.layout.ColumnConstraints figures = new javafx.scene.layout.ColumnConstraints();
        figures.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        figures.setMinWidth(90);
        grid.getColumnConstraints().addAll(names, figures);
        grid.addRow(0, name("costing.total", total), total);
        grid.addRow(1, name("costing.allocation", allocation), allocation);
        grid.addRow(2, name("costing.contingency", contingency), contingency);
        grid.addRow(3, name("costing.remaining", remaining), remaining);
        status.setId("budgetStatus");
        status.setWrapText(true);
        status.setGraphic(sign);
        status.setGraphicTextGap(8);
        sign.getStyleClass().add("budget-sign");
        sign.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        problems.setId("costingProblems");
        Label problemsTitle = new Label(TEXT.getString("costing.problems"));
        problemsTitle.getStyleClass().add("section-title");
        problemsTitle.managedProperty().bind(problemsTitle.visibleProperty());
        problemsTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problems.getChildren()));
        view.getChildren().addAll(grid, status, problemsTitle, problems);
        costing.assessmentProperty().addListener((obs, old, a) -> show(a));
        show(costing.assessment());
    }

    private static Label amount(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("money-figure");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label name(String key, Label figure) {
        Label l = new Label(TEXT.getString(key));
        l.setLabelFor(figure);
        l.setWrapText(true);
        l.setMinWidth(90);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Read out as "Total cost a year: £1,234.00", not the figure alone.
        figure.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat(TEXT.getString(key), ": ",
                figure.textProperty()));
        return l;
    }

    private void show(PlanAssessment a) {
        total.setText(a.total().format());
        allocation.setText(a.allocation().format());
        contingency.setText(a.contingency().format() + " " + TEXT.getString(a.contingencyInsideAllocation()
                ? "costing.contingency.inside" : "costing.contingency.outside"));
        remaining.setText(a.remaining().format());
        status.getStyleClass().removeAll("over-budget", "within-budget");
        if (a.isOverspent()) {
            status.setText(MessageFormat.format(TEXT.getString("costing.overBudget"), a.remaining().negate().format()));
            status.getStyleClass().add("over-budget");
            sign.setContent(WARNING_SIGN);
        } else {
            status.setText(MessageFormat.format(TEXT.getString("costing.withinBudget"), a.remaining().format()));
            status.getStyleClass().add("within-budget");
            sign.setContent(TICK);
        }
        status.setAccessibleText(status.getText());
        problems.getChildren().clear();
        for (Problem p : a.problems()) {
            if (isCosting(p.field())) {
                problems.getChildren().add(link(p));
            }
        }
    }

    /** The problems this step can put right: the support lines, the budget and the funding streams. */
    static boolean isCosting(String field) {
        return field.startsWith("supportLines") || field.startsWith("budget") || field.startsWith("fundingStreams");
    }

    private Node link(Problem p) {
        Hyperlink link = new Hyperlink(p.message());
        link.setWrapText(true);
        link.getStyleClass().add(p.isBlocking() ? "problem" : "warning");
        link.setAccessibleText(TEXT.getString(p.isBlocking() ? "costing.blocking" : "costing.warning") + ": "
                + p.message());
        link.setOnAction(e -> goTo.accept(p.field()));
        Label kind = new Label(TEXT.getString(p.isBlocking() ? "costing.blocking" : "costing.warning"));
        kind.getStyleClass().add(p.isBlocking() ? "problem" : "warning");
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(6, kind, link);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    Node view() {
        return view;
    }
}
