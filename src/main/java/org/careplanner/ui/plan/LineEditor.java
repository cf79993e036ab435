package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.SupportProvider;
import org.careplanner.ui.FieldInput;

/**
 * The selected support line's fields, under the table: what it is, who provides it, price, quantity, how often,
 * which funding stream pays (and so how it is managed), and which of the person's outcomes it serves. A personal
 * assistant's line shows the PA cost calculator instead of price and quantity.
 */
final class LineEditor {

    private final VBox view = new VBox(10);
    private final PlanEditorViewModel plan;
    private final SupportSection support;
    private final MoneySection money;
    private final List<Runnable> unbind = new ArrayList<>();
    private final List<VBox> boxes = new ArrayList<>();
    private final TextField description = text("lineDescription", FieldInput.Kind.SHORT_TEXT, 24);
    private final ComboBox<SupportProvider> provider = new ComboBox<>(
            FXCollections.observableArrayList(SupportProvider.values()));
    private final TextField providerName = text("lineProviderName", FieldInput.Kind.NAME, 18);
    private final TextField unitPrice = text("lineUnitPrice", FieldInput.Kind.MONEY, 9);
    private final TextField quantity = new TextField();
    private final ComboBox<Frequency> frequency = new ComboBox<>(FXCollections.observableArrayList(Frequency.values()));
    private final ComboBox<String> stream = new ComboBox<>();
    private final Label management = new Label();
    /**
     * One outcome a line, each wrapping to the form's width: in a flow pane an outcome's (or the "no outcomes yet")
     * whole sentence set the form's narrowest width, and on a laptop screen the fields to the right were cut off.
     */
    private final VBox outcomes = new VBox(6);
    private final Node pricedFields;
    private final PaCalculator calculator;
    private SupportLineRow row;

    LineEditor(PlanEditorViewModel plan, Costing costing) {
        this.plan = plan;
        this.support = plan.section(SupportSection.class);
        this.money = plan.section(MoneySection.class);
        this.calculator = new PaCalculator(plan, costing, this::at);
        view.setId("lineEditor");
        view.getStyleClass().add("line-editor");
        provider.setId("lineProvider");
        provider.setConverter(MoneyStep.named("provider."));
        quantity.setId("lineQuantity");
        quantity.setPrefColumnCount(6);
        quantity.setMaxWidth(Region.USE_PREF_SIZE);
        FieldInput.install(quantity, FieldInput.Kind.NUMBER);
        unitPrice.setPromptText(TEXT.getString("money.example"));
        frequency.setId("lineFrequency");
        frequency.setConverter(MoneyStep.named("frequency."));
        stream.setId("lineStream");
        stream.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? TEXT.getString("support.stream.none")
                        : money.stream(id).map(Object::toString).orElse(TEXT.getString("support.stream.missing"));
            }

            @Override
            public String fromString(String s) {
                throw new UnsupportedOperationException("streams are picked, not typed");
            }
        });
        management.setId("lineManagement");
        management.setWrapText(true);
        outcomes.setId("lineOutcomes");
        outcomes.setAccessibleText(TEXT.getString("support.line.outcomes"));
        Label heading = new Label(TEXT.getString("support.line.heading"));
        heading.getStyleClass().add("section-title");
        // The description on a line of its own, where it can give up width on a narrow form (in a flow pane it kept
        // its full 24 characters and pushed the form wider than a 1100 px window's).
        VBox first = new VBox(8, box("support.line.description", description, ".description"),
                new FlowPane(12, 8, box("support.line.provider", provider, ".provider"),
                        box("support.line.providerName", providerName, ".providerName")));
        pricedFields = new FlowPane(12, 8, box("support.line.unitPrice", unitPrice, ".unitPrice"),
                box("support.line.quantity", quantity, ".quantity"),
                box("support.line.frequency", frequency, ".frequency"));
        ((Region) pricedFields).managedProperty().bind(pricedFields.visibleProperty());
        Label managementLabel = new Label(TEXT.getString("support.line.management"));
        managementLabel.setLabelFor(management);
        FlowPane paying = new FlowPane(12, 8, box("support.line.stream", stream, ".fundingStreamId"),
                new VBox(4, managementLabel, management));
        paying.setAlignment(Pos.TOP_LEFT);
        Label outcomesLabel = new Label(TEXT.getString("support.line.outcomes"));
        VBox outcomesBox = new VBox(4, outcomesLabel, outcomes);
        view.getChildren().addAll(heading, first, pricedFields, calculator.view(), paying, outcomesBox);
        view.setVisible(false);
        view.managedProperty().bind(view.visibleProperty());
        money.streams().addListener((javafx.collections.ListChangeListener<MoneySection.StreamRow>) c -> {
            if (MoneyStep.isStructural(c)) {
                refreshStreams();
            }
            showManagement();
        });
    }

    private static TextField text(String id, FieldInput.Kind kind, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        FieldInput.install(field, kind);
        return field;
    }

    private VBox box(String key, Control control, String suffix) {
        VBox box = FieldBox.of(key, control, plan, () -> at(suffix));
        boxes.add(box);
        return box;
    }

    /** The problem path of a field of the selected line, e.g. {@code supportLines[2].unitPrice}. */
    String at(String suffix) {
        int index = row == null ? -1 : support.lines().indexOf(row);
        return index < 0 ? null : "supportLines[" + index + "]" + suffix;
    }

    /** Shows a line's fields, bound to it; null hides the editor. */
    void edit(SupportLineRow line) {
        unbind.forEach(Runnable::run);
        unbind.clear();
        this.row = line;
        view.setVisible(line != null);
        if (line == null) {
            calculator.edit(null);
            return;
        }
        bind(description.textProperty(), line.description);
        bind(provider.valueProperty(), line.provider);
        bind(providerName.textProperty(), line.providerName);
        bind(unitPrice.textProperty(), line.unitPrice);
        bind(quantity.textProperty(), line.quantity);
        bind(frequency.valueProperty(), line.frequency);
        refreshStreams();
        bind(stream.valueProperty(), line.fundingStreamId);
        javafx.beans.value.ChangeListener<Object> showManagement = (o, a, b) -> showManagement();
        line.fundingStreamId.addListener(showManagement);
        unbind.add(() -> line.fundingStreamId.removeListener(showManagement));
        showManagement();
        pricedFields.setVisible(!line.personalAssistant.get());
        provider.setDisable(line.personalAssistant.get());
        calculator.edit(line.personalAssistant.get() ? line : null);
        showOutcomes(line);
        boxes.forEach(FieldBox::refresh);
    }

    private <T> void bind(Property<T> field, Property<T> value) {
        field.setValue(value.getValue());
        field.bindBidirectional(value);
        unbind.add(() -> field.unbindBidirectional(value));
    }

    private void refreshStreams() {
        List<String> ids = new ArrayList<>();
        ids.add("");
        money.streams().forEach(s -> ids.add(s.id));
        if (row != null && !ids.contains(row.fundingStreamId.get())) {
            ids.add(row.fundingStreamId.get());
        }
        String keep = row == null ? null : row.fundingStreamId.get();
        stream.getItems().setAll(ids);
        if (row != null) {
            row.fundingStreamId.set(keep);
        }
    }

    private void showManagement() {
        String text = row == null ? "" : money.stream(row.fundingStreamId.get())
                .map(s -> TEXT.getString("management." + s.management.get().name()))
                .orElse(TEXT.getString("support.line.management.none"));
        management.setText(text);
    }

    private void showOutcomes(SupportLineRow line) {
        outcomes.getChildren().clear();
        List<Outcome> all = plan.snapshot().outcomes();
        if (all.isEmpty()) {
            Label none = new Label(TEXT.getString("support.line.outcomes.none"));
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            outcomes.getChildren().add(none);
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            Outcome o = all.get(i);
            CheckBox box = new CheckBox(o.inPersonsWords().isBlank() ? TEXT.getString("support.line.outcome.unnamed")
                    : o.inPersonsWords());
            box.setId("lineOutcome" + i);
            box.setAccessibleText(TEXT.getString("support.line.outcomes") + ": " + box.getText());
            box.setWrapText(true);
            box.setSelected(line.outcomeIds.get().contains(o.id()));
            box.selectedProperty().addListener((obs, was, on) -> {
                List<String> ids = new ArrayList<>(line.outcomeIds.get());
                ids.remove(o.id());
                if (on) {
                    ids.add(o.id());
                }
                line.outcomeIds.set(List.copyOf(ids));
            });
            outcomes.getChildren().add(box);
        }
    }

    /** Focus on the field for a problem's path suffix (e.g. ".unitPrice"), or the description. */
    void focus(String suffix) {
        Map<String, Node> fields = Map.of(".description", description, ".unitPrice", unitPrice,
                ".quantity", quantity, ".fundingStreamId", stream, ".providerName", providerName,
                ".outcomeIds", outcomes.getChildren().isEmpty() ? description : outcomes.getChildren().get(0));
        Node target = fields.entrySet().stream().filter(e -> suffix.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (suffix.startsWith(".pa")) {
            calculator.focus(suffix);
            return;
        }
        (target == null ? description : target).requestFocus();
    }

    Node descriptionField() {
        return description;
    }

    Node view() {
        return view;
    }
}
