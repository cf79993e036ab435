package org.careplanner.ui.plan;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Risk;

/**
 * Step 6, risks and contingency: each significant risk, what it would lead to, the proportionate way to make it
 * less likely, what to do and who to call; and the back-up cover if usual help cannot come. The money kept aside
 * for emergencies is part of the budget, edited in step 7.
 */
final class RisksSection extends ListSection<RisksSection.RiskRow> {

    /** One risk as typed. */
    static final class RiskRow {
        final String id;
        final StringProperty description = new SimpleStringProperty("");
        final StringProperty consequences = new SimpleStringProperty("");
        final StringProperty mitigation = new SimpleStringProperty("");
        final StringProperty procedure = new SimpleStringProperty("");
        final StringProperty whoToCall = new SimpleStringProperty("");

        RiskRow(Risk risk) {
            id = risk.id().isBlank() ? newId("risk") : risk.id();
            description.set(risk.description());
            consequences.set(risk.consequences());
            mitigation.set(risk.mitigation());
            procedure.set(risk.procedure());
            whoToCall.set(risk.whoToCall());
        }

        Observable[] observables() {
            return new Observable[] {description, consequences, mitigation, procedure, whoToCall};
        }

        Risk toRisk() {
            return new Risk(id, description.get().strip(), consequences.get().strip(), mitigation.get().strip(),
                    procedure.get().strip(), whoToCall.get().strip());
        }
    }

    private final StringProperty backupCover = new SimpleStringProperty("");

    RisksSection() {
        super(RiskRow::observables);
        backupCover.addListener(o -> fire());
    }

    @Override
    public void load(Plan plan) {
        rows().setAll(plan.risks().stream().map(RiskRow::new).toList());
        backupCover.set(plan.backupCover());
    }

    @Override
    public Plan applyTo(Plan plan) {
        return plan.edit().risks(rows().stream().map(RiskRow::toRisk).toList()).backupCover(backupCover.get().strip())
                .done();
    }

    @Override
    public List<Problem> problems() {
        // Every field is free text, bounded as it is typed.
        return List.of();
    }

    RiskRow add() {
        RiskRow row = new RiskRow(new Risk(newId("risk"), "", "", "", "", ""));
        rows().add(row);
        return row;
    }

    StringProperty backupCoverProperty() {
        return backupCover;
    }
}
