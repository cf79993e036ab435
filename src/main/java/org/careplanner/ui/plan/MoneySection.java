package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.careplanner.domain.AllocationPeriod;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.Budget;
import org.careplanner.domain.Commissioner;
import org.careplanner.domain.FundingStream;
import org.careplanner.domain.ManagementOption;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/**
 * Step 7, how the budget is managed: the allocation, its period and whether it is still indicative or agreed by
 * the commissioner, the start date, the contingency, and the funding streams with their amounts and how each is managed. Money is kept as typed; only valid amounts reach
 * the plan (a field with a problem keeps the plan's last valid value until it is put right).
 */
final class MoneySection implements PlanSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One funding stream as typed. */
    static final class StreamRow {
        final String id;
        final StringProperty name = new SimpleStringProperty("");
        final ObjectProperty<Commissioner> commissioner = new SimpleObjectProperty<>(Commissioner.NHS);
        final ObjectProperty<ManagementOption> management = new SimpleObjectProperty<>(ManagementOption.NOTIONAL);
        /** This stream's own share of the allocation, a year; blank when it has none. */
        final StringProperty amount = new SimpleStringProperty("");
        /** The stream as last loaded or written: what a field with a problem falls back to. */
        private FundingStream original;

        StreamRow(FundingStream stream) {
            this.id = stream.id();
            this.original = stream;
            name.set(stream.name());
            commissioner.set(stream.commissioner());
            management.set(stream.management());
            amount.set(stream.annualAllocation() == null ? "" : stream.annualAllocation().format());
        }

        Observable[] observables() {
            return new Observable[] {name, commissioner, management, amount};
        }

        FundingStream toStream() {
            Money share = amount.get().isBlank() ? null
                    : MoneyInput.money(amount.get()).orElse(original.annualAllocation());
            String n = name.get().length() > MoneyInput.MAX_LINE ? original.name() : name.get().strip();
            original = new FundingStream(id, n, commissioner.get(), management.get(), share, original.heldBy(),
                    original.firstPaymentDate(), original.paymentAmount(), original.paymentFrequency());
            return original;
        }

        @Override
        public String toString() {
            return name.get().isBlank() ? TEXT.getString("money.stream.unnamed") : name.get();
        }
    }

    private final StringProperty allocation = new SimpleStringProperty("");
    private final ObjectProperty<AllocationPeriod> period = new SimpleObjectProperty<>(AllocationPeriod.ANNUAL);
    /** Whether the allocation is still an indicative figure or agreed by the NHS or council (never null). */
    private final ObjectProperty<AllocationStage> stage = new SimpleObjectProperty<>(AllocationStage.INDICATIVE);
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty contingency = new SimpleStringProperty("");
    private final BooleanProperty contingencyInside = new SimpleBooleanProperty(true);
    private final ObservableList<StreamRow> streams = FXCollections.observableArrayList(StreamRow::observables);
    private final List<Runnable> listeners = new ArrayList<>();
    /** The budget as last loaded or written: what a field with a problem falls back to. */
    private Budget loaded = Budget.annual(Money.ZERO, null);
    private int nextStream = 1;

    MoneySection() {
        for (Observable o : new Observable[] {allocation, period, stage, startDate, contingency, contingencyInside}) {
            o.addListener(x -> fire());
        }
        streams.addListener((ListChangeListener<StreamRow>) c -> fire());
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    @Override
    public void load(Plan plan) {
        Budget b = plan.budget();
        loaded = b;
        allocation.set(b.allocation().isZero() ? "" : b.allocation().format());
        period.set(b.allocationPeriod());
        stage.set(b.allocationStage());
        startDate.set(b.startDate() == null ? "" : DATE.format(b.startDate()));
        contingency.set(b.contingency().isZero() ? "" : b.contingency().format());
        contingencyInside.set(b.contingencyInsideAllocation());
        streams.setAll(plan.fundingStreams().stream().map(StreamRow::new).toList());
        nextStream = streams.size() + 1;
    }

    @Override
    public Plan applyTo(Plan plan) {
        Money alloc = allocation.get().isBlank() ? Money.ZERO
                : MoneyInput.money(allocation.get()).orElse(loaded.allocation());
        Money reserve = contingency.get().isBlank() ? Money.ZERO
                : MoneyInput.money(contingency.get()).orElse(loaded.contingency());
        LocalDate start = startDate.get().isBlank() ? null : parseDate(startDate.get()).orElse(loaded.startDate());
        Budget b = plan.budget();
        AllocationStage agreedOrNot = stage.get() == null ? b.allocationStage() : stage.get();
        Budget budget = new Budget(alloc, period.get(), agreedOrNot, reserve, contingencyInside.get(),
                b.weeksPerYear(), start, b.endDate());
        loaded = budget;
        return plan.edit().budget(budget).fundingStreams(streams.stream().map(StreamRow::toStream).toList()).done();
    }

    @Override
    public List<Problem> problems() {
        List<Problem> found = new ArrayList<>();
        MoneyInput.moneyProblem(allocation.get()).ifPresent(m ->
                found.add(Problem.blocking("budget.allocation", "money.not-an-amount", m)));
        MoneyInput.moneyProblem(contingency.get()).ifPresent(m ->
                found.add(Problem.blocking("budget.contingency", "money.not-an-amount", m)));
        if (!startDate.get().isBlank() && parseDate(startDate.get()).isEmpty()) {
            // Written as a date but no such day (31/02): say so, as every other date field does.
            found.add(Problem.blocking("budget.startDate", "budget.start-date.not-a-date",
                    DateInput.noSuchDay(startDate.get()).orElse(TEXT.getString("money.problem.startDate"))));
        }
        for (int i = 0; i < streams.size(); i++) {
            StreamRow row = streams.get(i);
            String at = "fundingStreams[" + i + "]";
            MoneyInput.moneyProblem(row.amount.get()).ifPresent(m ->
                    found.add(Problem.blocking(at + ".annualAllocation", "money.not-an-amount", m)));
            if (row.name.get().length() > MoneyInput.MAX_LINE) {
                found.add(Problem.blocking(at + ".name", "text.too-long", new MessageFormat(
                        TEXT.getString("problem.tooLong"), java.util.Locale.UK)
                        .format(new Object[] {MoneyInput.MAX_LINE, row.name.get().length()})));
            }
        }
        return found;
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Adds a funding stream with a new id and returns it. */
    StreamRow addStream(String name, Commissioner commissioner, ManagementOption management) {
        String id;
        do {
            id = "stream-" + nextStream++;
        } while (hasStream(id));
        StreamRow row = new StreamRow(FundingStream.of(id, name, commissioner, management));
        streams.add(row);
        return row;
    }

    private boolean hasStream(String id) {
        return streams.stream().anyMatch(s -> s.id.equals(id));
    }

    /** The stream with this id, if the plan has it. */
    Optional<StreamRow> stream(String id) {
        return streams.stream().filter(s -> s.id.equals(id)).findFirst();
    }

    ObservableList<StreamRow> streams() {
        return streams;
    }

    StringProperty allocationProperty() {
        return allocation;
    }

    ObjectProperty<AllocationPeriod> periodProperty() {
        return period;
    }

    /** Indicative until the NHS or council agrees the allocation; a choice set to null keeps the plan's own. */
    ObjectProperty<AllocationStage> stageProperty() {
        return stage;
    }

    StringProperty startDateProperty() {
        return startDate;
    }

    StringProperty contingencyProperty() {
        return contingency;
    }

    BooleanProperty contingencyInsideProperty() {
        return contingencyInside;
    }
}
