package org.careplanner.ui.plan;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careplanner.domain.ExclusionList;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;

/**
 * The plan being edited, costed against its allocation after every change in the support or money steps. The
 * pricing is pure and fast (no database, no disk), so it runs on the JavaFX thread as the broker types; every
 * figure the costing screen shows comes from the assessment, never worked out again in the screen.
 */
final class Costing {

    private final PlanEditorViewModel plan;
    private final PlanPricer pricer;
    private final ReadOnlyObjectWrapper<PlanAssessment> assessment = new ReadOnlyObjectWrapper<>();

    /** The default rates are read from the jar once, the first time a costing is shown, not per plan. */
    private static final class Defaults {
        static final PlanPricer PRICER = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
    }

    Costing(PlanEditorViewModel plan) {
        this(plan, Defaults.PRICER);
    }

    Costing(PlanEditorViewModel plan, PlanPricer pricer) {
        this.plan = plan;
        this.pricer = pricer;
        plan.section(SupportSection.class).onChange(this::update);
        plan.section(MoneySection.class).onChange(this::update);
        update();
    }

    /** Costs the plan as it stands now. */
    void update() {
        assessment.set(pricer.assess(plan.snapshot(), LocalDate.now(plan.clock())));
    }

    ReadOnlyObjectProperty<PlanAssessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    PlanAssessment assessment() {
        return assessment.get();
    }
}
