package org.careplanner.ui.plan;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/** Step 9's own answer: anything the person disagrees with, recorded with the agreement. */
final class SummarySection extends ListSection<Object> {

    private final StringProperty disagreement = new SimpleStringProperty("");

    SummarySection() {
        super(o -> new javafx.beans.Observable[0]);
        disagreement.addListener(o -> fire());
    }

    @Override
    public void load(Plan plan) {
        disagreement.set(plan.disagreement());
    }

    @Override
    public Plan applyTo(Plan plan) {
        return plan.edit().disagreement(disagreement.get().strip()).done();
    }

    @Override
    public List<Problem> problems() {
        return List.of();
    }

    StringProperty disagreementProperty() {
        return disagreement;
    }
}
