package org.careplanner.ui.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careplanner.domain.BrokerNote;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Quote;
import org.careplanner.interview.ConversationStep;

/**
 * The person's words, written down on any step as quotes (each may be tagged as change talk), and the broker's own
 * notes, one per step, kept apart from them. A quote's section is the id of the step it was said in.
 */
final class QuotesSection extends ListSection<QuotesSection.QuoteRow> {

    /** One quote as typed. */
    static final class QuoteRow {
        final String id;
        final String section;
        final StringProperty text = new SimpleStringProperty("");
        final ObjectProperty<ChangeTalk> changeTalk = new SimpleObjectProperty<>();

        QuoteRow(Quote quote) {
            id = quote.id().isBlank() ? newId("quote") : quote.id();
            section = quote.section();
            text.set(quote.text());
            changeTalk.set(quote.changeTalk());
        }

        Observable[] observables() {
            return new Observable[] {text, changeTalk};
        }

        Quote toQuote() {
            return new Quote(id, section, text.get().strip(), changeTalk.get());
        }
    }

    /** The broker's note for each step, by step id. */
    private final Map<String, StringProperty> notes = new LinkedHashMap<>();
    /** Notes under a section no step has (from an imported plan): kept as they are. */
    private List<BrokerNote> otherNotes = List.of();

    QuotesSection() {
        super(QuoteRow::observables);
        for (ConversationStep step : ConversationStep.values()) {
            StringProperty note = new SimpleStringProperty("");
            note.addListener(o -> fire());
            notes.put(step.id(), note);
        }
    }

    @Override
    public void load(Plan plan) {
        rows().setAll(plan.quotes().stream().map(QuoteRow::new).toList());
        Map<String, String> bySection = plan.brokerNotes().stream().filter(n -> notes.containsKey(n.section()))
                .collect(Collectors.groupingBy(BrokerNote::section, LinkedHashMap::new,
                        Collectors.mapping(BrokerNote::text, Collectors.joining("\n\n"))));
        notes.forEach((section, note) -> note.set(bySection.getOrDefault(section, "")));
        otherNotes = plan.brokerNotes().stream().filter(n -> !notes.containsKey(n.section())).toList();
    }

    @Override
    public Plan applyTo(Plan plan) {
        List<Quote> quotes = rows().stream().map(QuoteRow::toQuote).filter(q -> !q.text().isBlank()).toList();
        List<BrokerNote> all = new ArrayList<>();
        notes.forEach((section, note) -> {
            if (!note.get().isBlank()) {
                all.add(new BrokerNote(section, note.get().strip()));
            }
        });
        all.addAll(otherNotes);
        return plan.edit().quotes(quotes).brokerNotes(all).done();
    }

    @Override
    public List<Problem> problems() {
        // Quotes and notes are free text, bounded as they are typed.
        return List.of();
    }

    /** The quotes said in one step, in the order written. */
    List<QuoteRow> said(ConversationStep step) {
        return rows().stream().filter(q -> q.section.equals(step.id())).toList();
    }

    QuoteRow add(ConversationStep step) {
        QuoteRow row = new QuoteRow(new Quote(newId("quote"), step.id(), "", null));
        rows().add(row);
        return row;
    }

    StringProperty note(ConversationStep step) {
        return notes.get(step.id());
    }
}
