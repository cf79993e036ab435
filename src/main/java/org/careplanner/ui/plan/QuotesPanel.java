package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ChangeTalkCues;
import org.careplanner.interview.ConversationStep;

/**
 * Under every step's form: the person's own words said during the step, written down as quotes (each can be tagged
 * as change talk, with a suggestion from the words), and the broker's own notes, kept apart from them.
 */
final class QuotesPanel {

    private final VBox view = new VBox(10);
    private final VBox rows = new VBox(12);
    private final QuotesSection quotes;
    private final ConversationStep step;
    private final BrokerPrompts prompts;
    private final ChangeTalkCues cues;
    private final PlanEditorViewModel plan;
    private final Button add = FormControls.button("addQuote", "quotes.add");
    private final List<Node> quoteFields = new ArrayList<>();
    private final TextArea note;

    QuotesPanel(PlanEditorViewModel plan, BrokerPrompts prompts, ConversationStep step) {
        this.plan = plan;
        this.quotes = plan.section(QuotesSection.class);
        this.step = step;
        this.prompts = prompts;
        this.cues = prompts.changeTalkCues();
        view.setId("quotesPanel");
        view.getStyleClass().add("quotes-panel");
        add.setOnAction(e -> {
            quotes.add(step);
            Platform.runLater(quoteFields.get(quoteFields.size() - 1)::requestFocus);
        });
        note = FormControls.area("brokerNote", quotes.note(step), 2);
        Label noteExplain = FormControls.note(TEXT.getString("quotes.note.explain"), "muted");
        view.getChildren().addAll(FormControls.heading("quotes.heading"),
                FormControls.note(TEXT.getString("quotes.explain"), "muted"), rows, add,
                FormControls.heading("quotes.note.heading"), noteExplain,
                FieldBox.of("quotes.note", note, plan, () -> "brokerNotes." + step.id()));
        quotes.rows().addListener((ListChangeListener<QuotesSection.QuoteRow>) c -> {
            if (MoneyStep.isStructural(c)) {
                show();
            }
        });
        show();
    }

    private void show() {
        rows.getChildren().clear();
        quoteFields.clear();
        List<QuotesSection.QuoteRow> said = quotes.said(step);
        for (int k = 0; k < said.size(); k++) {
            rows.getChildren().add(row(said.get(k), k));
        }
    }

    private Node row(QuotesSection.QuoteRow quote, int k) {
        int n = k + 1;
        TextArea words = FormControls.area("quoteText" + k, quote.text, 2);
        words.getStyleClass().add("quote-text");
        VBox wordsBox = FieldBox.of("quotes.text", words, plan, () -> "quotes." + quote.id);
        words.setAccessibleText(MessageFormat.format(TEXT.getString("quotes.text.numbered"), n));
        ComboBox<ChangeTalk> tag = tagChoice(k, quote);
        VBox tagBox = FieldBox.of("quotes.tag", tag, plan, () -> "quotes." + quote.id + ".changeTalk");
        tag.setAccessibleText(MessageFormat.format(TEXT.getString("quotes.tag.numbered"), n));
        Label suggestion = new Label();
        suggestion.setId("quoteSuggestion" + k);
        suggestion.setWrapText(true);
        suggestion.getStyleClass().add("prompt-inline");
        Button use = new Button(TEXT.getString("quotes.useSuggestion"));
        use.setId("quoteUseSuggestion" + k);
        use.setAccessibleText(TEXT.getString("quotes.useSuggestion.accessible"));
        Runnable suggest = () -> {
            Optional<ChangeTalk> s = cues.suggest(quote.text.get()).filter(t -> t != quote.changeTalk.get());
            suggestion.setText(s.map(t -> MessageFormat.format(TEXT.getString("quotes.suggestion"),
                    prompts.text(ChangeTalkCues.labelKey(t)))).orElse(""));
            suggestion.setVisible(s.isPresent());
            use.setVisible(s.isPresent());
            use.setUserData(s.orElse(null));
        };
        quote.text.addListener(o -> suggest.run());
        quote.changeTalk.addListener(o -> suggest.run());
        suggest.run();
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        use.managedProperty().bind(use.visibleProperty());
        use.setOnAction(e -> {
            if (use.getUserData() instanceof ChangeTalk t) {
                quote.changeTalk.set(t);
                tag.requestFocus();
            }
        });
        Button remove = new Button(TEXT.getString("quotes.remove"));
        remove.setId("removeQuote" + k);
        remove.setAccessibleText(MessageFormat.format(TEXT.getString("quotes.remove.accessible"), n));
        remove.setOnAction(e -> {
            quotes.rows().remove(quote);
            Platform.runLater((quoteFields.isEmpty() ? add : quoteFields.get(Math.min(k, quoteFields.size() - 1)))
                    ::requestFocus);
        });
        quoteFields.add(words);
        FlowPane tagRow = new FlowPane(12, 8, tagBox, use, remove);
        tagRow.setAlignment(Pos.BOTTOM_LEFT);
        VBox box = new VBox(6, wordsBox, suggestion, tagRow);
        box.getStyleClass().add("list-row");
        return box;
    }

    /** The DARN-CAT tags by their plain names, with "not tagged" first so a tag can be taken off. */
    private ComboBox<ChangeTalk> tagChoice(int k, QuotesSection.QuoteRow quote) {
        List<ChangeTalk> items = new ArrayList<>();
        items.add(null);
        items.addAll(Arrays.asList(ChangeTalk.values()));
        ComboBox<ChangeTalk> tag = new ComboBox<>(FXCollections.observableArrayList(items));
        tag.setId("quoteTag" + k);
        String none = TEXT.getString("quotes.tag.none");
        tag.setPromptText(none);
        tag.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChangeTalk t) {
                return t == null ? none : prompts.text(ChangeTalkCues.labelKey(t));
            }

            @Override
            public ChangeTalk fromString(String s) {
                throw new UnsupportedOperationException("tags are picked, not typed");
            }
        });
        tag.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeTalk item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : tag.getConverter().toString(item));
            }
        });
        tag.setButtonCell(tag.getCellFactory().call(null));
        tag.valueProperty().bindBidirectional(quote.changeTalk);
        return tag;
    }

    /** The first quote's words, or the button that adds one. */
    Node firstField() {
        return quoteFields.isEmpty() ? add : quoteFields.get(0);
    }

    Node noteField() {
        return note;
    }

    Node view() {
        return view;
    }
}
