package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careplanner.interview.ConversationStep;
import org.careplanner.store.CatalogueEntry;

/**
 * Step 5, "Support and what it costs": the costing table. Lines are added from the service catalogue (type to
 * search, Down and Enter to pick), as a custom line or as a personal assistant; the selected line is edited
 * under the table; totals, the over-budget state and the costing's problems are under that. Every cost shown
 * comes from the pricing package's assessment.
 */
final class SupportStep implements StepView {

    private static final System.Logger LOG = System.getLogger(SupportStep.class.getName());
    private static final Pattern LINE_PATH = Pattern.compile("supportLines\\[(\\d+)](.*)");

    private final VBox view = new VBox(14);
    private final PlanEditorViewModel plan;
    private final SupportSection support;
    private final MoneySection money;
    private final Costing costing;
    private final ObservableList<CatalogueEntry> catalogue = FXCollections.observableArrayList();
    private final FilteredList<CatalogueEntry> matches = new FilteredList<>(catalogue, e -> true);
    private final TextField search = new TextField();
    private final ListView<CatalogueEntry> results = new ListView<>(matches);
    private final Label catalogueStatus = new Label(TEXT.getString("support.catalogue.loading"));
    private final TableView<SupportLineRow> table;
    private final LineEditor editor;

    SupportStep(PlanEditorViewModel plan, CatalogueSource source) {
        this.plan = plan;
        this.support = plan.section(SupportSection.class);
        this.money = plan.section(MoneySection.class);
        this.costing = new Costing(plan);
        this.table = table();
        this.editor = new LineEditor(plan, costing);
        view.setId("supportStep");
        view.getStyleClass().add("step-form");
        Label heading = new Label(TEXT.getString("support.heading"));
        heading.getStyleClass().add("section-title");
        // The totals straight under the table, so the effect of each change is seen without scrolling.
        view.getChildren().addAll(heading, catalogueSearch(), buttons(), table,
                new CostingSummary(costing, this::goTo).view(), editor.view());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> editor.edit(row));
        // Outcomes may have been written in step 4 since: the chosen line's list of them is shown afresh.
        plan.currentStepProperty().addListener((obs, old, step) -> {
            if (step == ConversationStep.SUPPORT) {
                editor.edit(table.getSelectionModel().getSelectedItem());
            }
        });
        load(source);
    }

    static SupportStep form(PlanEditorViewModel plan, CatalogueSource source) {
        return new SupportStep(plan, source);
    }

    /** Reads the catalogue once, off the JavaFX thread (it is in the store), and hands the list to the screen. */
    private void load(CatalogueSource source) {
        Task<List<CatalogueEntry>> read = new Task<>() {
            @Override
            protected List<CatalogueEntry> call() {
                return source.entries();
            }
        };
        read.setOnSucceeded(e -> {
            catalogue.setAll(read.getValue());
            catalogueStatus.setText(catalogue.isEmpty() ? TEXT.getString("support.catalogue.empty") : "");
            catalogueStatus.setVisible(catalogue.isEmpty());
        });
        read.setOnFailed(e -> {
            LOG.log(Level.WARNING, "The service catalogue could not be read: {0}",
                    read.getException().getClass().getSimpleName());
            catalogueStatus.setText(TEXT.getString("support.catalogue.failed"));
        });
        Thread thread = new Thread(read, "read-catalogue");
        thread.setDaemon(true);
        thread.start();
    }

    private Node catalogueSearch() {
        search.setId("catalogueSearch");
        search.setPrefColumnCount(24);
        search.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // On a narrow form (a small laptop with the prompts shown) the box gives up width, never the button.
        search.setMinWidth(120);
        HBox.setHgrow(search, javafx.scene.layout.Priority.SOMETIMES);
        org.careplanner.ui.FieldInput.install(search, org.careplanner.ui.FieldInput.Kind.SHORT_TEXT);
        search.setPromptText(TEXT.getString("support.catalogue.prompt"));
        search.setAccessibleText(TEXT.getString("support.catalogue.search"));
        search.textProperty().addListener((obs, old, text) -> {
            String words = text.strip().toLowerCase(Locale.UK);
            matches.setPredicate(e -> words.isEmpty() || (e.name() + " " + e.category()).toLowerCase(Locale.UK)
                    .contains(words));
            if (!matches.isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !matches.isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !matches.isEmpty()) {
                addFromCatalogue(results.getSelectionModel().isEmpty() ? matches.get(0)
                        : results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        results.setId("catalogueResults");
        results.setAccessibleText(TEXT.getString("support.catalogue.results"));
        results.setPrefHeight(110);
        results.setCellFactory(list -> {
            ListCell<CatalogueEntry> cell = new ListCell<>() {
                @Override
                protected void updateItem(CatalogueEntry entry, boolean empty) {
                    super.updateItem(entry, empty);
                    setText(empty || entry == null ? null : describe(entry));
                    setAccessibleText(getText());
                }
            };
            // A long entry wraps onto a second line in the list's width, rather than widening the list behind a
            // sideways scroll bar where its price could not be seen.
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                addFromCatalogue(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                addFromCatalogue(results.getSelectionModel().getSelectedItem());
            }
        });
        Label label = new Label(TEXT.getString("support.catalogue.search"));
        label.setLabelFor(search);
        Button add = new Button(TEXT.getString("support.addFromCatalogue"));
        add.setId("addFromCatalogue");
        add.setMnemonicParsing(true);
        add.setAccessibleText(TEXT.getString("support.addFromCatalogue.accessible"));
        add.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> addFromCatalogue(results.getSelectionModel().getSelectedItem()));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        catalogueStatus.setId("catalogueStatus");
        catalogueStatus.setWrapText(true);
        catalogueStatus.getStyleClass().add("muted");
        catalogueStatus.managedProperty().bind(catalogueStatus.visibleProperty());
        HBox searchRow = new HBox(12, search, add);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, label, searchRow, org.careplanner.ui.FieldInput.messageOf(search).orElseThrow(),
                catalogueStatus, results);
    }

    private static String describe(CatalogueEntry e) {
        String text = MessageFormat.format(TEXT.getString("support.catalogue.entry"), e.name(), e.unitPrice().format(),
                e.unit().isBlank() ? TEXT.getString("support.catalogue.unit") : e.unit());
        return e.excluded() ? text + " " + TEXT.getString("support.catalogue.excluded") : text;
    }

    private Node buttons() {
        Button custom = button("addLine", "support.addLine");
        custom.setOnAction(e -> added(support.addCustom(defaultStream()), true));
        Button pa = button("addPa", "support.addPa");
        pa.setOnAction(e -> added(support.addPersonalAssistant(defaultStream()), false));
        Button remove = button("removeLine", "support.removeLine");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            SupportLineRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                int index = support.lines().indexOf(row);
                support.remove(row);
                if (!support.lines().isEmpty()) {
                    table.getSelectionModel().select(Math.min(index, support.lines().size() - 1));
                }
                table.requestFocus();
            }
        });
        Button undo = button("undoRemove", "support.undoRemove");
        undo.disableProperty().bind(support.canUndoProperty().not());
        undo.setOnAction(e -> {
            SupportLineRow back = support.undoRemove();
            if (back != null) {
                table.getSelectionModel().select(back);
                table.requestFocus();
            }
        });
        return new FlowPane(12, 8, custom, pa, remove, undo);
    }

    private static Button button(String id, String key) {
        Button b = new Button(TEXT.getString(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(TEXT.getString(key + ".accessible"));
        return b;
    }

    private String defaultStream() {
        return money.streams().isEmpty() ? "" : money.streams().get(0).id;
    }

    private void addFromCatalogue(CatalogueEntry entry) {
        if (entry != null) {
            added(support.addFromCatalogue(entry, defaultStream()), false);
        }
    }

    private void added(SupportLineRow row, boolean describeFirst) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
        String field = describeFirst ? ".description" : row.personalAssistant.get() ? ".pa.hourlyRate" : ".quantity";
        // After the key or click that added the line is done with, so nothing takes the focus back.
        javafx.application.Platform.runLater(() -> editor.focus(field));
    }

    /** The table's width (px) from which price, number and how often each have a column of their own. */
    static final double WIDE_TABLE = 700;

    private TableView<SupportLineRow> table() {
        TableView<SupportLineRow> t = new TableView<>(support.lines());
        t.setId("supportTable");
        t.setAccessibleText(TEXT.getString("support.table"));
        t.setPlaceholder(new Label(TEXT.getString("support.table.empty")));
        t.setPrefHeight(170);
        // The columns share the table's width; none is ever narrower than its figures (a price, a year's cost), and
        // the words (what the support is, what pays) give up width first, cut with the whole text on hover. The line
        // chosen is shown whole in the editor under the table.
        t.setColumnResizePolicy(new ColumnsShareTheWidth());
        TableColumn<SupportLineRow, String> description = column("support.column.description", 200, 110,
                r -> Bindings.createStringBinding(r::label, r.description));
        description.setId("descriptionColumn");
        TableColumn<SupportLineRow, String> price = column("support.column.price", 90, 80, r ->
                Bindings.when(r.personalAssistant).then(r.hourlyRate).otherwise(r.unitPrice));
        TableColumn<SupportLineRow, String> quantity = column("support.column.quantity", 75, 72, r ->
                Bindings.when(r.personalAssistant).then(r.hoursPerWeek).otherwise(r.quantity));
        TableColumn<SupportLineRow, String> frequency = column("support.column.frequency", 110, 100, r ->
                Bindings.createStringBinding(() -> TEXT.getString("frequency." + r.frequency.get().name()),
                        r.frequency));
        // On a narrow table (a 1100 px window with the prompts shown) price, number and how often share one
        // column, on two lines: "£45.00 × 1" over "Every week"; what the support is and what pays, another.
        TableColumn<SupportLineRow, String> howMuch = column("support.column.howMuch", 120, 100, r ->
                Bindings.createStringBinding(() -> MessageFormat.format(TEXT.getString("support.column.howMuch.value"),
                        r.personalAssistant.get() ? r.hourlyRate.get() : r.unitPrice.get(),
                        r.personalAssistant.get() ? r.hoursPerWeek.get() : r.quantity.get(),
                        TEXT.getString("frequency." + r.frequency.get().name())),
                        r.personalAssistant, r.hourlyRate, r.unitPrice, r.hoursPerWeek, r.quantity, r.frequency));
        howMuch.setId("howMuchColumn");
        price.setId("priceColumn");
        quantity.setId("quantityColumn");
        frequency.setId("frequencyColumn");
        TableColumn<SupportLineRow, String> stream = column("support.column.stream", 120, 72, r ->
                Bindings.createStringBinding(() -> money.stream(r.fundingStreamId.get()).map(Object::toString)
                        .orElse(""), r.fundingStreamId, money.streams()));
        // Narrow, what the support is and what pays for it share a column, on two lines.
        TableColumn<SupportLineRow, String> supportAndStream = column("support.column.supportAndStream", 200, 150,
                r -> Bindings.createStringBinding(() -> MessageFormat.format(
                        TEXT.getString("support.column.supportAndStream.value"), r.label(),
                        money.stream(r.fundingStreamId.get()).map(Object::toString).orElse("")),
                        r.description, r.fundingStreamId, money.streams()));
        supportAndStream.setId("supportAndStreamColumn");
        // A description or stream cut short in its column ("Local taxi jour…", "NHS conti…") is shown whole on hover.
        description.setCellFactory(c -> wholeOnHover());
        stream.setCellFactory(c -> wholeOnHover());
        supportAndStream.setCellFactory(c -> wholeOnHover());
        TableColumn<SupportLineRow, String> cost = column("support.column.cost", 110, 100, r ->
                Bindings.createStringBinding(() -> costing.assessment().lines().stream()
                        .filter(l -> l.lineId().equals(r.id)).findFirst().map(l -> l.annual().format()).orElse(""),
                        costing.assessmentProperty()));
        cost.setId("costColumn");
        cost.setStyle("-fx-alignment: CENTER-RIGHT;");
        t.getColumns().addAll(List.of(description, supportAndStream, price, quantity, frequency, howMuch, stream,
                cost));
        stream.setId("streamColumn");
        Runnable fit = () -> {
            boolean wide = t.getWidth() == 0 || t.getWidth() >= WIDE_TABLE;
            for (TableColumn<SupportLineRow, String> c : List.of(description, price, quantity, frequency, stream)) {
                c.setVisible(wide);
            }
            supportAndStream.setVisible(!wide);
            howMuch.setVisible(!wide);
            // Narrow, the rows are two lines tall: the headings take two lines too, never cut ("Cost a y…").
            cost.setText(TEXT.getString(wide ? "support.column.cost" : "support.column.cost.narrow"));
        };
        t.widthProperty().addListener((obs, was, now) -> fit.run());
        fit.run();
        return t;
    }

    /** A table cell whose text, when there is any, is also its tooltip, so a text cut short can be read whole. */
    static javafx.scene.control.TableCell<SupportLineRow, String> wholeOnHover() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new javafx.scene.control.Tooltip(text));
            }
        };
    }

    private static TableColumn<SupportLineRow, String> column(String key, double width, double narrowest,
            java.util.function.Function<SupportLineRow, ObservableValue<String>> value) {
        TableColumn<SupportLineRow, String> c = new TableColumn<>(TEXT.getString(key));
        c.setPrefWidth(width);
        c.setMinWidth(narrowest);
        c.setSortable(false);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return c;
    }

    /** Takes the broker to the field a problem is about: a line's field here, or the money step. */
    void goTo(String path) {
        Matcher m = LINE_PATH.matcher(path);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < support.lines().size()) {
                table.getSelectionModel().select(index);
                table.scrollTo(index);
                editor.focus(m.group(2));
            }
            return;
        }
        if (path.startsWith("budget") || path.startsWith("fundingStreams")) {
            plan.currentStepProperty().set(ConversationStep.MONEY_MANAGEMENT);
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return search;
    }

    /** A line's field is found by choosing the line first: done here, once the step is shown. */
    @Override
    public Node fieldAt(String path) {
        if (LINE_PATH.matcher(path).matches()) {
            javafx.application.Platform.runLater(() -> goTo(path));
            return null;
        }
        return search;
    }
}
