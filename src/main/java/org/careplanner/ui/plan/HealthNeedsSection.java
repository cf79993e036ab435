package org.careplanner.ui.plan;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.WellbeingOutcome;

/** Step 3, the health and wellbeing needs the plan focuses on, each optionally tied to a Care Act wellbeing outcome. */
final class HealthNeedsSection extends ListSection<HealthNeedsSection.NeedRow> {

    /** One need as typed. */
    static final class NeedRow {
        final String id;
        final StringProperty description = new SimpleStringProperty("");
        final ObjectProperty<WellbeingOutcome> wellbeing = new SimpleObjectProperty<>();

        NeedRow(HealthNeed need) {
            id = need.id().isBlank() ? newId("need") : need.id();
            description.set(need.description());
            wellbeing.set(need.wellbeingOutcome());
        }

        Observable[] observables() {
            return new Observable[] {description, wellbeing};
        }

        HealthNeed toNeed() {
            return new HealthNeed(id, description.get().strip(), wellbeing.get());
        }
    }

    HealthNeedsSection() {
        super(NeedRow::observables);
    }

    @Override
    public void load(Plan plan) {
        rows().setAll(plan.healthNeeds().stream().map(NeedRow::new).toList());
    }

    @Override
    public Plan applyTo(Plan plan) {
        return plan.edit().healthNeeds(rows().stream().map(NeedRow::toNeed).toList()).done();
    }

    @Override
    public List<Problem> problems() {
        // Text is bounded as it is typed, and the wellbeing outcome is picked from a list: nothing can be invalid.
        return List.of();
    }

    NeedRow add() {
        NeedRow row = new NeedRow(new HealthNeed(newId("need"), "", null));
        rows().add(row);
        return row;
    }
}
