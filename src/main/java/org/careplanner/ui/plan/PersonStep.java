package org.careplanner.ui.plan;

/** Step 1, "About you": who the person is, how best to communicate with them, and their care co-ordinator. */
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
                .area("person.communicationNeeds")
                .heading("peopleInvolved.careCoordinator.heading")
                .line("peopleInvolved.careCoordinator.name", 24)
                .line("peopleInvolved.careCoordinator.organisation", 30)
                .line("peopleInvolved.careCoordinator.phone", 16);
    }
}
