package org.careplanner.ui.plan;

import static org.careplanner.ui.FieldInput.Kind.DATE;
import static org.careplanner.ui.FieldInput.Kind.NAME;
import static org.careplanner.ui.FieldInput.Kind.NHS_NUMBER;
import static org.careplanner.ui.FieldInput.Kind.PHONE;

/** Step 1, "About you": who the person is, how best to communicate with them, and their care co-ordinator. */
final class PersonStep {

    private PersonStep() {
    }

    static StepForm form(PlanEditorViewModel plan) {
        return new StepForm(plan, "personStep")
                .line("person.givenName", 24, NAME)
                .line("person.familyName", 24, NAME)
                .line("person.preferredName", 24, NAME)
                .line("person.dateOfBirth", 10, DATE)
                .line("person.nhsNumber", 12, NHS_NUMBER)
                .area("person.communicationNeeds")
                .heading("peopleInvolved.careCoordinator.heading")
                .line("peopleInvolved.careCoordinator.name", 24, NAME)
                .line("peopleInvolved.careCoordinator.organisation", 30, NAME)
                .line("peopleInvolved.careCoordinator.phone", 16, PHONE);
    }
}
