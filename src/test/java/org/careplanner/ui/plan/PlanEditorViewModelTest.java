package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.careplanner.domain.Contact;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Person;
import org.careplanner.domain.PlanRules;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.WorkingNotWorking;
import org.careplanner.interview.ConversationStep;
import org.careplanner.interview.StepStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conversation's view-model, without a window: what the broker types becomes the plan, checked as typed. */
class PlanEditorViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-0000000000c1");

    private final PlanEditorViewModel plan = new PlanEditorViewModel(
            Plan.newDraft(ID, Person.named("", ""), CLOCK.instant()), CLOCK);

    @Test
    void theSnapshotHoldsWhatWasTyped() {
        plan.givenNameProperty().set(" Alex ");
        plan.familyNameProperty().set("Testperson");
        plan.preferredNameProperty().set("Al");
        plan.dateOfBirthProperty().set("14/3/1958");
        plan.nhsNumberProperty().set("943 476 5919");
        plan.communicationNeedsProperty().set("Large print, and time to answer");
        plan.importantToProperty().set("My allotment and my dog, Biscuit");
        plan.goodDayProperty().set("Out in the garden by ten");
        plan.workingProperty().set("My neighbour shops for me");

        Plan snapshot = plan.snapshot();

        assertThat(snapshot.id()).isEqualTo(ID);
        assertThat(snapshot.person().fullName()).isEqualTo("Alex Testperson");
        assertThat(snapshot.person().preferredName()).isEqualTo("Al");
        assertThat(snapshot.person().dateOfBirth()).isEqualTo(LocalDate.of(1958, 3, 14));
        assertThat(snapshot.person().nhsNumber().digits()).isEqualTo("9434765919");
        assertThat(snapshot.person().communicationNeeds()).isEqualTo("Large print, and time to answer");
        assertThat(snapshot.aboutMe().importantTo()).isEqualTo("My allotment and my dog, Biscuit");
        assertThat(snapshot.aboutMe().goodDay()).isEqualTo("Out in the garden by ten");
        assertThat(snapshot.workingNotWorking())
                .containsExactly(new WorkingNotWorking("me", "My neighbour shops for me", ""));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void anOpenedPlanFillsTheFieldsAndKeepsOtherPerspectives() {
        Plan stored = Plan.newDraft(ID, Person.named("Sam", "Exampleton"), CLOCK.instant());
        stored = new Plan(ID, 3, stored.status(), stored.createdAt(), stored.updatedAt(), stored.person(), null, null,
                null, java.util.List.of(new WorkingNotWorking("my sister", "Visits on Sundays", ""),
                new WorkingNotWorking("me", "Walking", "Stairs")), null, null, null, null, null, null, "", null, null,
                null, null, null, "", "");
        PlanEditorViewModel opened = new PlanEditorViewModel(stored, CLOCK);

        assertThat(opened.givenNameProperty().get()).isEqualTo("Sam");
        assertThat(opened.notWorkingProperty().get()).isEqualTo("Stairs");
        opened.workingProperty().set("Walking to the park");
        assertThat(opened.snapshot().version()).isEqualTo(3);
        assertThat(opened.snapshot().workingNotWorking()).containsExactly(
                new WorkingNotWorking("me", "Walking to the park", "Stairs"),
                new WorkingNotWorking("my sister", "Visits on Sundays", ""));
    }

    @Test
    void anNhsNumberIsCheckedOnlyWhenOneIsTyped() {
        plan.nhsNumberProperty().set("943 476 5918");
        assertThat(plan.problemAt("person.nhsNumber")).map(Problem::message)
                .hasValue("This is not a valid NHS number: its check digit does not match. "
                        + "Check it against a letter from the NHS.");
        assertThat(plan.snapshot().person().nhsNumber()).isNull();

        assertThat(plan.snapshotLeavesSomethingOut()).isTrue();

        plan.nhsNumberProperty().set("12345");
        assertThat(plan.problemAt("person.nhsNumber")).map(Problem::message)
                .hasValue("An NHS number has 10 digits; this has 5.");

        plan.nhsNumberProperty().set("   ");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.snapshotLeavesSomethingOut()).isFalse();
    }

    @Test
    void aDateOfBirthMustBeARealDateAndNotInTheFuture() {
        plan.dateOfBirthProperty().set("31/2/1990"); // February never has 31 days
        assertThat(plan.problemAt("person.dateOfBirth")).map(Problem::message)
                .hasValue("There is no day 31/2/1990 in the calendar: check the day and the month with the person.");
        assertThat(plan.snapshot().person().dateOfBirth()).isNull();

        plan.dateOfBirthProperty().set("last spring");
        assertThat(plan.problemAt("person.dateOfBirth")).map(Problem::message)
                .hasValue("This is not a date: write it as day/month/year, for example 14/3/1958.");

        plan.dateOfBirthProperty().set("2/5/2026"); // the day after "today" on the test clock
        assertThat(plan.problemAt("person.dateOfBirth")).map(Problem::message)
                .hasValue("This date is in the future: check the date of birth with the person.");
        assertThat(plan.snapshot().person().dateOfBirth()).isNull();

        plan.dateOfBirthProperty().set("1/5/2026");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.snapshot().person().dateOfBirth()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void namesAndAnswersAreBoundedInLength() {
        plan.givenNameProperty().set("A".repeat(PlanEditorViewModel.MAX_NAME));
        assertThat(plan.problems()).isEmpty();
        plan.givenNameProperty().set("A".repeat(PlanEditorViewModel.MAX_NAME + 1));
        assertThat(plan.problemAt("person.givenName")).map(Problem::message)
                .hasValue("This is longer than the 200 characters this field takes (it has 201): it is kept whole, but shorten "
                        + "it to 200 or fewer before you change it.");

        plan.badDayProperty().set("x".repeat(PlanEditorViewModel.MAX_TEXT + 5));
        assertThat(plan.problemAt("aboutMe.badDay")).map(Problem::message)
                .hasValue("This is longer than the 10,000 characters this field takes (it has 10,005): it is kept whole, "
                        + "but shorten it to 10,000 or fewer before you change it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'Brien", "O\u2019Brien", "Zo\u00eb", "Nguy\u1ec5n", "\u00d3 S\u00failleabh\u00e1in",
            "Jean-Luc", "Nguye\u0302\u0303n", "\u674e\u5c0f\u9f8d"})
    void anyNameInAnyAlphabetIsAccepted(String name) {
        plan.givenNameProperty().set(name);
        plan.familyNameProperty().set(name);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.snapshot().person().givenName()).isEqualTo(name);
    }

    @Test
    void aNameOpensTheOtherStepsAndStatusesFollowTheFields() {
        assertThat(plan.progressProperty().get().canVisit(ConversationStep.WHAT_MATTERS)).isFalse();
        assertThat(plan.progressProperty().get().status(ConversationStep.ABOUT_THE_PERSON))
                .isEqualTo(StepStatus.NOT_STARTED);

        plan.givenNameProperty().set("Alex");
        assertThat(plan.progressProperty().get().canVisit(ConversationStep.WHAT_MATTERS)).isTrue();
        assertThat(plan.progressProperty().get().status(ConversationStep.WHAT_MATTERS))
                .isEqualTo(StepStatus.NOT_STARTED);

        plan.goodDayProperty().set("Breakfast with my grandson");
        assertThat(plan.progressProperty().get().status(ConversationStep.WHAT_MATTERS))
                .isEqualTo(StepStatus.IN_PROGRESS);

        plan.nhsNumberProperty().set("123");
        assertThat(plan.progressProperty().get().status(ConversationStep.ABOUT_THE_PERSON))
                .isEqualTo(StepStatus.HAS_PROBLEMS);
    }

    @Test
    void theCareCoordinatorAndOtherSupportAreTypedInTheirStepsAndNoLongerBlockTheAgreement() {
        PlanRules rules = new PlanRules(ExclusionList.DEFAULT);
        // A new plan: the guidance requires a care co-ordinator and the support the budget does not pay for.
        assertThat(rules.check(plan.snapshot())).extracting(Problem::field)
                .contains("peopleInvolved.careCoordinator", "otherSupport");
        assertThat(ConversationStep.forField("peopleInvolved.careCoordinator"))
                .isEqualTo(ConversationStep.ABOUT_THE_PERSON);
        assertThat(ConversationStep.forField("otherSupport")).isEqualTo(ConversationStep.WHAT_MATTERS);

        plan.fields().get("peopleInvolved.careCoordinator.name").set(" Cara Coordinator ");
        plan.fields().get("peopleInvolved.careCoordinator.organisation").set("Sampletown community team");
        plan.fields().get("peopleInvolved.careCoordinator.phone").set("01632 960123");
        plan.fields().get("otherSupport.family").set("My sister shops for me on Fridays");
        Plan snapshot = plan.snapshot();

        assertThat(snapshot.peopleInvolved().careCoordinator())
                .isEqualTo(new Contact("Cara Coordinator", "Sampletown community team", "01632 960123", ""));
        assertThat(snapshot.otherSupport().family()).isEqualTo("My sister shops for me on Fridays");
        assertThat(rules.check(snapshot)).extracting(Problem::field)
                .doesNotContain("peopleInvolved.careCoordinator", "otherSupport");

        // Opened again, the fields show what was saved.
        PlanEditorViewModel reopened = new PlanEditorViewModel(snapshot, CLOCK);
        assertThat(reopened.fields().get("peopleInvolved.careCoordinator.name").get()).isEqualTo("Cara Coordinator");
        assertThat(reopened.fields().get("otherSupport.family").get()).isEqualTo("My sister shops for me on Fridays");
    }
}
