package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careplanner.domain.Money;
import org.careplanner.pricing.LineCost;
import org.careplanner.pricing.PaCostBreakdown;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.pricing.RatesInForce;

/**
 * The PA cost calculator, shown in the line editor for a personal assistant's line: hourly rate, hours a week,
 * holiday, pension and the Employment Allowance; and the true cost a year as the pricing package worked it out
 * at the rates in force on the plan's start date (pay, holiday pay, employer's National Insurance, pension, other
 * costs, total). Nothing is calculated here.
 */
final class PaCalculator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK);

    private final VBox view = new VBox(10);
    private final PlanEditorViewModel plan;
    private final Costing costing;
    private final Function<String, String> at;
    private final List<Runnable> unbind = new ArrayList<>();
    private final List<VBox> boxes = new ArrayList<>();
    private final TextField hourlyRate = new TextField();
    private final TextField hours = new TextField();
    private final TextField employer = new TextField();
    private final CheckBox irregular = new CheckBox(TEXT.getString("pa.irregularHours"));
    private final CheckBox pension = new CheckBox(TEXT.getString("pa.pensionEligible"));
    private final CheckBox allowance = new CheckBox(TEXT.getString("pa.claimsAllowance"));
    private final java.util.Map<String, TextField> costs = new java.util.LinkedHashMap<>();
    private final Label weeks = figure("paWeeks");
    private final Label gross = figure("paGross");
    private final Label holiday = figure("paHoliday");
    private final Label ni = figure("paNi");
    private final Label pensionCost = figure("paPension");
    private final Label other = figure("paOther");
    private final Label total = figure("paTotal");
    private final Label rates = new Label();
    private SupportLineRow row;

    PaCalculator(PlanEditorViewModel plan, Costing costing, Function<String, String> at) {
        this.plan = plan;
        this.costing = costing;
        this.at = at;
        view.setId("paCalculator");
        view.getStyleClass().add("pa-calculator");
        Label heading = new Label(TEXT.getString("pa.heading"));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true); // on a narrow form, two lines rather than "…"
        hourlyRate.setId("paHourlyRate");
        MoneyStep.moneyField(hourlyRate);
        hours.setId("paHours");
        hours.setPrefColumnCount(6);
        hours.setMaxWidth(Region.USE_PREF_SIZE);
        org.careplanner.ui.FieldInput.install(hours, org.careplanner.ui.FieldInput.Kind.NUMBER);
        employer.setId("paEmployer");
        employer.setPrefColumnCount(18);
        employer.setMaxWidth(Region.USE_PREF_SIZE);
        org.careplanner.ui.FieldInput.install(employer, org.careplanner.ui.FieldInput.Kind.NAME);
        for (CheckBox c : List.of(irregular, pension, allowance)) {
            c.setAccessibleText(c.getText());
            c.setWrapText(true);
        }
        irregular.setId("paIrregular");
        pension.setId("paPensionEligible");
        allowance.setId("paAllowance");
        FlowPane inputs = new FlowPane(12, 8, box("pa.hourlyRate", hourlyRate, ".pa.hourlyRate"),
                box("pa.hoursPerWeek", hours, ".pa.hoursPerWeek"), box("pa.employer", employer, ".pa.employer"));
        FlowPane others = new FlowPane(12, 8);
        for (String name : List.of("employersLiabilityInsurance", "payrollService", "dbsCheck", "recruitment",
                "training")) {
            TextField field = new TextField();
            field.setId("pa" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
            MoneyStep.moneyField(field);
            costs.put(name, field);
            others.getChildren().add(box("pa.cost." + name, field, ".pa." + name));
        }
        GridPane breakdown = new GridPane();
        breakdown.setId("paBreakdown");
        breakdown.setHgap(16);
        breakdown.setVgap(4);
        breakdown.getStyleClass().add("pa-breakdown");
        int r = 0;
        for (Object[] line : new Object[][] {{"pa.weeks", weeks}, {"pa.gross", gross}, {"pa.holiday", holiday},
            {"pa.ni", ni}, {"pa.pension", pensionCost}, {"pa.other", other}, {"pa.total", total}}) {
            Label value = (Label) line[1];
            Label name = new Label(TEXT.getString((String) line[0]));
            name.setLabelFor(value);
            value.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat(name.getText(), ": ",
                    value.textProperty()));
            breakdown.addRow(r++, name, value);
        }
        total.getStyleClass().add("money-total");
        rates.setId("paRates");
        rates.setWrapText(true);
        rates.getStyleClass().add("muted");
        Label othersTitle = new Label(TEXT.getString("pa.cost.heading"));
        othersTitle.setWrapText(true);
        othersTitle.setWrapText(true);
        view.getChildren().addAll(heading, inputs, new VBox(6, irregular, pension, allowance), othersTitle, others,
                breakdown, rates);
        view.setVisible(false);
        view.managedProperty().bind(view.visibleProperty());
        costing.assessmentProperty().addListener((obs, old, a) -> show());
    }

    private static Label figure(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("money-figure");
        return l;
    }

    private VBox box(String key, Control control, String suffix) {
        VBox box = FieldBox.of(key, control, plan, () -> at.apply(suffix));
        boxes.add(box);
        return box;
    }

    /** Shows a PA line's fields, bound to it; null hides the calculator. */
    void edit(SupportLineRow line) {
        unbind.forEach(Runnable::run);
        unbind.clear();
        row = line;
        view.setVisible(line != null);
        if (line == null) {
            return;
        }
        bind(hourlyRate.textProperty(), line.hourlyRate);
        bind(hours.textProperty(), line.hoursPerWeek);
        bind(employer.textProperty(), line.employer);
        bind(irregular.selectedProperty(), line.irregularHours);
        bind(pension.selectedProperty(), line.pensionEligible);
        bind(allowance.selectedProperty(), line.claimsAllowance);
        line.paCosts().forEach((name, text) -> bind(costs.get(name).textProperty(), text));
        boxes.forEach(FieldBox::refresh);
        show();
    }

    private <T> void bind(Property<T> field, Property<T> value) {
        field.setValue(value.getValue());
        field.bindBidirectional(value);
        unbind.add(() -> field.unbindBidirectional(value));
    }

    private void show() {
        if (row == null) {
            return;
        }
        PlanAssessment a = costing.assessment();
        BigDecimal weeksPerYear = plan.snapshot().budget().weeksPerYear();
        weeks.setText(weeksPerYear.stripTrailingZeros().toPlainString());
        PaCostBreakdown pa = a.lines().stream().filter(l -> l.lineId().equals(row.id)).findFirst()
                .flatMap(LineCost::paBreakdown).orElse(null);
        if (pa == null) {
            for (Label l : List.of(gross, holiday, ni, pensionCost, other, total)) {
                l.setText("\u2014");
            }
        } else {
            gross.setText(pa.grossPay().format());
            holiday.setText(pa.holidayPay().format());
            ni.setText(pa.niAfterAllowance().format());
            pensionCost.setText(pa.pension().format());
            Money others = pa.insurance().plus(pa.payroll()).plus(pa.oneOffs());
            other.setText(others.format());
            total.setText(pa.total().format());
        }
        rates.setText(a.ratesInForce().map(this::ratesText).orElse(TEXT.getString("pa.rates.none")));
    }

    private String ratesText(RatesInForce r) {
        return MessageFormat.format(TEXT.getString("pa.rates"), DAY.format(r.on()),
                percent(r.taxYear().employerNiRate()), r.taxYear().secondaryThreshold().format(),
                r.holiday().weeksPerYear().stripTrailingZeros().toPlainString(),
                percent(r.taxYear().employerPensionRate()), r.taxYear().pensionLowerLimit().format(),
                r.livingWage().hourlyRate().format());
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    void focus(String suffix) {
        if (suffix.startsWith(".pa.hoursPerWeek")) {
            hours.requestFocus();
        } else if (costs.containsKey(suffix.replace(".pa.", ""))) {
            costs.get(suffix.replace(".pa.", "")).requestFocus();
        } else if (suffix.startsWith(".pa.employer")) {
            employer.requestFocus();
        } else {
            hourlyRate.requestFocus();
        }
    }

    Node view() {
        return view;
    }
}
