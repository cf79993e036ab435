package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.StageOfChange;
import org.careplanner.interview.RulerPrompts;

/**
 * Step 4, the outcomes: each in the person's own words, how progress will be seen, a target date, the importance
 * and confidence rulers (0 to 10) and the stage of change. A date or score with a problem keeps the plan's last
 * good value until it is put right. Ids stay as they are: support lines are linked to outcomes by id.
 */
final class OutcomesSection extends ListSection<OutcomesSection.OutcomeRow> {

    /** One outcome as typed. */
    static final class OutcomeRow {
        final String id;
        final StringProperty words = new SimpleStringProperty("");
        final StringProperty progress = new SimpleStringProperty("");
        final StringProperty targetDate = new SimpleStringProperty("");
        final StringProperty importance = new SimpleStringProperty("");
        final StringProperty confidence = new SimpleStringProperty("");
        final ObjectProperty<StageOfChange> stage = new SimpleObjectProperty<>();
        private Outcome original;

        OutcomeRow(Outcome o) {
            id = o.id().isBlank() ? newId("outcome") : o.id();
            original = o;
            words.set(o.inPersonsWords());
            progress.set(o.howProgressWillBeSeen());
            targetDate.set(DateInput.show(o.targetDate()));
            importance.set(o.importance() == null ? "" : o.importance().toString());
            confidence.set(o.confidence() == null ? "" : o.confidence().toString());
            stage.set(o.stageOfChange());
        }

        Observable[] observables() {
            return new Observable[] {words, progress, targetDate, importance, confidence, stage};
        }

        Outcome toOutcome() {
            java.time.LocalDate date = targetDate.get().isBlank() ? null
                    : DateInput.parse(targetDate.get()).orElse(original.targetDate());
            original = new Outcome(id, words.get().strip(), progress.get().strip(), date,
                    scoreOr(importance.get(), original.importance()), scoreOr(confidence.get(), original.confidence()),
                    stage.get());
            return original;
        }

        /** The score typed, as a number 0 to 10; empty when blank or not on the ruler. */
        static Optional<Integer> score(String text) {
            if (text.isBlank() || !text.strip().matches("\\d{1,2}")) {
                return Optional.empty();
            }
            int n = Integer.parseInt(text.strip());
            return n <= RulerPrompts.HIGHEST ? Optional.of(n) : Optional.empty();
        }

        private static Integer scoreOr(String text, Integer last) {
            return text.isBlank() ? null : score(text).orElse(last);
        }

        /** How the outcome is named to the broker: its first words, or its number when none are written. */
        String label(int index) {
            String w = words.get().strip();
            return w.isEmpty() ? MessageFormat.format(TEXT.getString("outcomes.numbered"), index + 1) : w;
        }
    }

    OutcomesSection() {
        super(OutcomeRow::observables);
    }

    @Override
    public void load(Plan plan) {
        rows().setAll(plan.outcomes().stream().map(OutcomeRow::new).toList());
    }

    @Override
    public Plan applyTo(Plan plan) {
        return plan.edit().outcomes(rows().stream().map(OutcomeRow::toOutcome).toList()).done();
    }

    @Override
    public List<Problem> problems() {
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < rows().size(); i++) {
            OutcomeRow row = rows().get(i);
            String at = "outcomes[" + i + "]";
            String index = at;
            DateInput.problem(row.targetDate.get()).ifPresent(m ->
                    found.add(Problem.blocking(index + ".targetDate", "outcome.target-date", m)));
            scoreProblem(row.importance.get()).ifPresent(m ->
                    found.add(Problem.blocking(index + ".importance", "outcome.ruler-range", m)));
            scoreProblem(row.confidence.get()).ifPresent(m ->
                    found.add(Problem.blocking(index + ".confidence", "outcome.ruler-range", m)));
        }
        return found;
    }

    static Optional<String> scoreProblem(String text) {
        if (text.isBlank() || OutcomeRow.score(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(MessageFormat.format(TEXT.getString("outcomes.problem.score"), text.strip()));
    }

    OutcomeRow add() {
        OutcomeRow row = new OutcomeRow(new Outcome(newId("outcome"), "", "", null, null, null, null));
        rows().add(row);
        return row;
    }
}
