package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.Money;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.SupportLine;
import org.careplanner.domain.SupportProvider;
import org.careplanner.store.CatalogueEntry;

/**
 * Step 5, the support chosen: the plan's support lines, as the broker types them. Lines are added from the
 * service catalogue, as custom lines, or as a personal assistant; a removed line can be put back
 * ({@link #undoRemove()}). Costs are never worked out here: the step asks the pricing package.
 */
final class SupportSection implements PlanSection {

    /** A removed line and where it was, so undo puts it back in its place. */
    private record Removed(int index, SupportLineRow row) {
    }

    private final ObservableList<SupportLineRow> lines = FXCollections.observableArrayList(SupportLineRow::observables);
    private final Deque<Removed> removed = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> listeners = new ArrayList<>();

    SupportSection() {
        lines.addListener((ListChangeListener<SupportLineRow>) c -> {
            for (Runnable r : List.copyOf(listeners)) {
                r.run();
            }
        });
    }

    @Override
    public void load(Plan plan) {
        removed.clear();
        canUndo.set(false);
        lines.setAll(plan.supportLines().stream().map(SupportLineRow::new).toList());
    }

    @Override
    public Plan applyTo(Plan plan) {
        return plan.edit().supportLines(lines.stream().map(SupportLineRow::toLine).toList()).done();
    }

    @Override
    public List<Problem> problems() {
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SupportLineRow row = lines.get(i);
            String at = "supportLines[" + i + "]";
            tooLong(at + ".description", row.description.get(), found);
            tooLong(at + ".providerName", row.providerName.get(), found);
            if (row.personalAssistant.get()) {
                MoneyInput.moneyProblem(row.hourlyRate.get()).ifPresent(m ->
                        found.add(Problem.blocking(at + ".pa.hourlyRate", "money.not-an-amount", m)));
                MoneyInput.numberProblem(row.hoursPerWeek.get()).ifPresent(m ->
                        found.add(Problem.blocking(at + ".pa.hoursPerWeek", "number.not-a-number", m)));
                tooLong(at + ".pa.employer", row.employer.get(), found);
                row.paCosts().forEach((name, text) -> MoneyInput.moneyProblem(text.get()).ifPresent(m ->
                        found.add(Problem.blocking(at + ".pa." + name, "money.not-an-amount", m))));
            } else {
                MoneyInput.moneyProblem(row.unitPrice.get()).ifPresent(m ->
                        found.add(Problem.blocking(at + ".unitPrice", "money.not-an-amount", m)));
                MoneyInput.numberProblem(row.quantity.get()).ifPresent(m ->
                        found.add(Problem.blocking(at + ".quantity", "number.not-a-number", m)));
            }
        }
        return found;
    }

    private static void tooLong(String path, String text, List<Problem> found) {
        if (text.length() > MoneyInput.MAX_LINE) {
            found.add(Problem.blocking(path, "text.too-long", new MessageFormat(TEXT.getString("problem.tooLong"),
                    Locale.UK).format(new Object[] {MoneyInput.MAX_LINE, text.length()})));
        }
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** A line for a catalogue service at its typical price: one unit a week, to be set with the person. */
    SupportLineRow addFromCatalogue(CatalogueEntry entry, String fundingStreamId) {
        SupportLine line = new SupportLine(newId(), entry.name(), SupportProvider.PAID_PROVIDER, "", entry.category(),
                entry.code(), entry.unitPrice(), entry.unit(), BigDecimal.ONE, Frequency.PER_WEEK, "", fundingStreamId,
                List.of(), null, null, null);
        return add(line);
    }

    /** An empty line the broker describes and prices. */
    SupportLineRow addCustom(String fundingStreamId) {
        return add(new SupportLine(newId(), "", SupportProvider.PAID_PROVIDER, "", "", "", Money.ZERO, "",
                BigDecimal.ONE, Frequency.PER_WEEK, "", fundingStreamId, List.of(), null, null, null));
    }

    /** A personal assistant employed through the budget: costed with holiday, National Insurance and pension. */
    SupportLineRow addPersonalAssistant(String fundingStreamId) {
        PaEmployment pa = new PaEmployment("", Money.ZERO, BigDecimal.ZERO, false, true, false, false, "", null, null,
                null, null, null);
        SupportLineRow row = add(new SupportLine(newId(), TEXT.getString("support.pa.defaultDescription"),
                SupportProvider.PERSONAL_ASSISTANT, "", "Personal assistant", "", Money.ZERO, "hour", BigDecimal.ZERO,
                Frequency.PER_WEEK, "", fundingStreamId, List.of(), null, null, pa));
        row.hourlyRate.set("");
        row.hoursPerWeek.set("");
        return row;
    }

    private SupportLineRow add(SupportLine line) {
        SupportLineRow row = new SupportLineRow(line);
        lines.add(row);
        return row;
    }

    private String newId() {
        return "line-" + UUID.randomUUID();
    }

    /** Removes a line; {@link #undoRemove()} puts it back where it was. */
    void remove(SupportLineRow row) {
        int index = lines.indexOf(row);
        if (index < 0) {
            return;
        }
        removed.push(new Removed(index, row));
        canUndo.set(true);
        lines.remove(index);
    }

    /** Puts back the line removed last, in its place; returns it (null when there is nothing to undo). */
    SupportLineRow undoRemove() {
        Removed last = removed.poll();
        canUndo.set(!removed.isEmpty());
        if (last == null) {
            return null;
        }
        lines.add(Math.min(last.index(), lines.size()), last.row());
        return last.row();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ObservableList<SupportLineRow> lines() {
        return lines;
    }
}
