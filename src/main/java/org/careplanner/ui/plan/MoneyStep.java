package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.ManagementOption;

/** Step 7, "How the money is managed": the allocation, start date, contingency and funding streams. */
final class MoneyStep implements StepView {

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final MoneySection money;
    private final VBox streamRows = new VBox(10);
    private final TextField allocation = new TextField();
    private final TextField startDate = new TextField();
    private final TextField reserve = new TextField();
    private final ToggleGroup stageGroup = new ToggleGroup();

    MoneyStep(PlanEditorViewModel plan) {
        this.plan = plan;
        this.money = plan.section(MoneySection.class);
        view.setId("moneyStep");
        view.getStyleClass().add("step-form");
        Label explain = new Label(TEXT.getString("money.streams.explain"));
        explain.setWrapText(true);
        view.getChildren().addAll(heading("money.heading.allocation"), allocationRow(), stage(), startDate(), contingency(),
                heading("money.heading.streams"), explain, streamRows, addStreamButton());
        money.streams().addListener((ListChangeListener<MoneySection.StreamRow>) c -> {
            if (isStructural(c)) {
                showStreams();
            }
        });
        showStreams();
    }

    static MoneyStep form(PlanEditorViewModel plan) {
        return new MoneyStep(plan);
    }

    private static Label heading(String key) {
        Label heading = new Label(TEXT.getString(key));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        return heading;
    }

    private Node allocationRow() {
        allocation.setId("allocation");
        moneyField(allocation);
        allocation.textProperty().bindBidirectional(money.allocationProperty());
        ComboBox<AllocationPeriod> period = new ComboBox<>(FXCollections.observableArrayList(AllocationPeriod.values()));
        period.setId("allocationPeriod");
        period.setConverter(named("money.period."));
        period.valueProperty().bindBidirectional(money.periodProperty());
        HBox row = new HBox(12, FieldBox.of("budget.allocation", allocation, plan, () -> "budget.allocation"),
                FieldBox.of("money.allocationPeriod", period, plan, () -> "budget.allocationPeriod"));
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /**
     * Whether the budget is still an indicative figure or agreed by the NHS or council: two choices in one group
     * (Tab reaches the chosen one, the arrow keys move between them). Shown, not changed, on a signed version,
     * with a note saying how to record a change.
     */
    private Node stage() {
        Label legend = new Label(TEXT.getString("money.stage"));
        legend.setWrapText(true);
        ToggleGroup group = stageGroup;
        VBox choices = new VBox(6);
        for (AllocationStage s : AllocationStage.values()) {
            RadioButton choice = new RadioButton(TEXT.getString("money.stage." + s.name()));
            choice.setId("allocationStage" + (s == AllocationStage.AGREED ? "Agreed" : "Indicative"));
            choice.setUserData(s);
            choice.setToggleGroup(group);
            choice.setWrapText(true);
            choice.setAccessibleText(TEXT.getString("money.stage.accessible." + s.name()));
            choice.disableProperty().bind(plan.versionLockedProperty());
            choices.getChildren().add(choice);
        }
        Runnable showStage = () -> group.getToggles().forEach(t ->
                t.setSelected(t.getUserData() == money.stageProperty().get()));
        money.stageProperty().addListener((obs, old, now) -> showStage.run());
        showStage.run();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                money.stageProperty().set((AllocationStage) now.getUserData());
            }
        });
        Label locked = new Label(TEXT.getString("money.stage.locked"));
        locked.setId("allocationStageLocked");
        locked.setWrapText(true);
        locked.getStyleClass().add("muted");
        locked.visibleProperty().bind(plan.versionLockedProperty());
        locked.managedProperty().bind(locked.visibleProperty());
        VBox box = new VBox(6, legend, choices, locked);
        box.setId("allocationStage");
        box.getStyleClass().add("allocation-stage");
        box.setAccessibleText(TEXT.getString("money.stage"));
        return box;
    }

    private Node startDate() {
        TextField date = startDate;
        date.setId("startDate");
        date.setPrefColumnCount(10);
        date.setMaxWidth(Region.USE_PREF_SIZE);
        org.careplanner.ui.FieldInput.install(date, org.careplanner.ui.FieldInput.Kind.DATE);
        date.textProperty().bindBidirectional(money.startDateProperty());
        return FieldBox.of("budget.startDate", date, plan, () -> "budget.startDate");
    }

    private Node contingency() {
        reserve.setId("contingency");
        moneyField(reserve);
        reserve.textProperty().bindBidirectional(money.contingencyProperty());
        CheckBox inside = new CheckBox(TEXT.getString("budget.contingencyInside"));
        inside.setId("contingencyInside");
        inside.setAccessibleText(TEXT.getString("budget.contingencyInside"));
        inside.setWrapText(true);
        inside.selectedProperty().bindBidirectional(money.contingencyInsideProperty());
        return new VBox(8, FieldBox.of("budget.contingency", reserve, plan, () -> "budget.contingency"), inside);
    }

    private Node addStreamButton() {
        Button add = new Button(TEXT.getString("money.addStream"));
        add.setId("addStream");
        add.setMnemonicParsing(true);
        add.setAccessibleText(TEXT.getString("money.addStream.accessible"));
        add.setOnAction(e -> {
            money.addStream("", Commissioner.NHS, ManagementOption.NOTIONAL);
            Node last = streamRows.getChildren().get(streamRows.getChildren().size() - 1);
            last.lookup(".stream-name").requestFocus();
        });
        return add;
    }

    private void showStreams() {
        streamRows.getChildren().clear();
        for (int i = 0; i < money.streams().size(); i++) {
            streamRows.getChildren().add(streamRow(money.streams().get(i), i));
        }
        if (money.streams().isEmpty()) {
            Label none = new Label(TEXT.getString("money.streams.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            streamRows.getChildren().add(none);
        }
    }

    private Node streamRow(MoneySection.StreamRow stream, int index) {
        String at = "fundingStreams[" + index + "]";
        TextField name = new TextField();
        name.setId("streamName" + index);
        name.getStyleClass().add("stream-name");
        name.setPrefColumnCount(18);
        org.careplanner.ui.FieldInput.install(name, org.careplanner.ui.FieldInput.Kind.NAME);
        name.textProperty().bindBidirectional(stream.name);
        ComboBox<Commissioner> who = new ComboBox<>(FXCollections.observableArrayList(Commissioner.values()));
        who.setId("streamCommissioner" + index);
        who.setConverter(named("money.commissioner."));
        who.valueProperty().bindBidirectional(stream.commissioner);
        ComboBox<ManagementOption> how = new ComboBox<>(FXCollections.observableArrayList(ManagementOption.values()));
        how.setId("streamManagement" + index);
        how.setConverter(named("management."));
        how.valueProperty().bindBidirectional(stream.management);
        TextField amount = new TextField();
        amount.setId("streamAmount" + index);
        moneyField(amount);
        amount.textProperty().bindBidirectional(stream.amount);
        Button remove = new Button(TEXT.getString("money.removeStream"));
        remove.setId("removeStream" + index);
        remove.setAccessibleText(TEXT.getString("money.removeStream.accessible") + " " + stream);
        remove.setOnAction(e -> money.streams().remove(stream));
        FlowPane row = new FlowPane(12, 8, FieldBox.of("money.stream.name", name, plan, () -> at + ".name"),
                FieldBox.of("money.stream.commissioner", who, plan, () -> at + ".commissioner"),
                FieldBox.of("money.stream.management", how, plan, () -> at + ".management"),
                FieldBox.of("money.stream.amount", amount, plan, () -> at + ".annualAllocation"), remove);
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.getStyleClass().add("stream-row");
        return row;
    }

    /** Whether a list change added, removed or moved items (not just an edit inside one). */
    static boolean isStructural(ListChangeListener.Change<?> c) {
        boolean structural = false;
        while (c.next()) {
            structural |= !c.wasUpdated();
        }
        c.reset();
        return structural;
    }

    static void moneyField(TextField field) {
        field.setPrefColumnCount(10);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        org.careplanner.ui.FieldInput.install(field, org.careplanner.ui.FieldInput.Kind.MONEY);
        field.setPromptText(TEXT.getString("money.example"));
    }

    /** Shows an enum value by its text in messages.properties, under {@code prefix} + the value's name. */
    static <E extends Enum<E>> StringConverter<E> named(String prefix) {
        Function<E, String> text = e -> e == null ? "" : TEXT.getString(prefix + e.name());
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return text.apply(value);
            }

            @Override
            public E fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return allocation;
    }

    /** The budget's fields by path; a funding stream's problem goes to that stream's name. */
    @Override
    public Node fieldAt(String path) {
        if (path.startsWith("budget.contingency")) {
            return reserve;
        }
        if (path.startsWith("budget.startDate")) {
            return startDate;
        }
        if (path.startsWith("budget.allocationStage")) {
            return stageGroup.getSelectedToggle() instanceof Node chosen ? chosen
                    : view.lookup("#allocationStageIndicative");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("fundingStreams\\[(\\d+)].*").matcher(path);
        if (m.matches()) {
            Node row = view.lookup("#streamName" + m.group(1));
            if (row != null) {
                return row;
            }
        }
        if (path.startsWith("fundingStreams")) {
            return view.lookup("#addStream");
        }
        return allocation;
    }
}
