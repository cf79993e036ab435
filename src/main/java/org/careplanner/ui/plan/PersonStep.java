package org.careplanner.ui.plan;

/** Step 1, "About you": who the person is and how best to communicate with them. */
final class PersonStep {

    private PersonStep() {
    }

    static StepForm form(PlanEditorViewModel plan) {
        return new StepForm(plan, "personStep")
                .line("person.givenName", 24)
                .line("person.familyName", 24)
                .line("person.preferredName", 24)
                .line("person.dateOfBirth", 10)
                .line("person.nhsNumber", 12)
                .area("person.communicationNeeds");
    }
}
