package org.careplanner.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careplanner.interview.ConversationStep.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.BrokerNote;
import org.careplanner.domain.ChangeTalk;
import org.careplanner.domain.Quote;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.domain.Contact;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.Money;
import org.careplanner.domain.OtherSupport;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.PeopleInvolved;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanRules;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Problem;
import org.careplanner.domain.SupportLine;
import org.careplanner.domain.WorkingNotWorking;
import org.junit.jupiter.api.Test;

/** Pat Example's plan, as the conversation fills it in. */
class ConversationProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final PlanRules RULES = new PlanRules(ExclusionList.DEFAULT);

    @Test
    void anEmptyPlanHasNothingStartedAndOnlyTheFirstStepOpen() {
        Plan empty = Plan.newDraft(UUID.randomUUID(), Person.named("", ""), NOW);

        ConversationProgress progress = ConversationProgress.of(empty, RULES.check(empty), Optional.empty());

        assertThat(progress.statuses()).containsOnlyKeys(ConversationStep.values())
                .allSatisfy((step, status) -> assertThat(status).as("%s", step).isEqualTo(StepStatus.NOT_STARTED));
        assertThat(progress.canVisit(ABOUT_THE_PERSON)).isTrue();
        assertThat(progress.canVisit(OUTCOMES)).isFalse();
        assertThat(ConversationProgress.canVisit(SUMMARY, empty)).isFalse();
        assertThat(progress.resumeAt()).isEqualTo(ABOUT_THE_PERSON);
    }

    @Test
    void onceThePersonsNameIsWrittenDownEveryStepOpensInAnyOrder() {
        Plan named = Plan.newDraft(UUID.randomUUID(), Person.named("Pat", "Example"), NOW);

        assertThat(values()).allSatisfy(step -> assertThat(ConversationProgress.canVisit(step, named)).isTrue());
        assertThat(ConversationProgress.canVisit(REVIEW, Plan.newDraft(UUID.randomUUID(), Person.named("", "Example"), NOW)))
                .as("a family name alone will do").isTrue();
    }

    @Test
    void aHalfFilledPlanShowsWhatIsDoneWhatIsUnderWayAndWhatIsNotStarted() {
        Plan plan = halfFilled(PeopleInvolved.empty(), List.of());

        ConversationProgress progress = ConversationProgress.of(plan, RULES.check(plan), Optional.empty());

        assertThat(progress.status(ABOUT_THE_PERSON)).as("no care co-ordinator yet").isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(progress.status(WHAT_MATTERS)).isEqualTo(StepStatus.COMPLETE);
        assertThat(progress.status(HEALTH_NEEDS)).isEqualTo(StepStatus.COMPLETE);
        assertThat(progress.status(OUTCOMES)).isEqualTo(StepStatus.COMPLETE);
        assertThat(List.of(SUPPORT, RISKS, MONEY_MANAGEMENT, REVIEW, SUMMARY))
                .allSatisfy(step -> assertThat(progress.status(step)).as("%s", step).isEqualTo(StepStatus.NOT_STARTED));
    }

    @Test
    void aPartOfAStepStillEmptyLeavesItInProgressNotWithProblems() {
        Plan plan = halfFilled(coordinated(), List.of());
        Plan noWorkingNotWorking = new Plan(plan.id(), 1, PlanStatus.DRAFT, NOW, NOW, plan.person(), null,
                plan.peopleInvolved(), plan.aboutMe(), List.of(), plan.healthNeeds(), plan.outcomes(), List.of(),
                List.of(), null, List.of(), "", null, null, List.of(), List.of(), List.of(), "", "");

        assertThat(ConversationProgress.statusOf(WHAT_MATTERS, noWorkingNotWorking, RULES.check(noWorkingNotWorking)))
                .isEqualTo(StepStatus.IN_PROGRESS);
    }

    @Test
    void aLineThatServesNoOutcomeIsABlockingProblemOnTheSupportStep() {
        SupportLine gym = SupportLine.priced("l1", "Gym membership", "leisure", Money.ofPounds(30), BigDecimal.ONE,
                Frequency.PER_MONTH, "nhs", List.of());
        Plan plan = halfFilled(coordinated(), List.of(gym));
        List<Problem> problems = RULES.check(plan);
        assertThat(problems).extracting(Problem::field).contains("supportLines[0].outcomeIds");

        ConversationProgress progress = ConversationProgress.of(plan, problems, Optional.empty());

        assertThat(progress.status(SUPPORT)).isEqualTo(StepStatus.HAS_PROBLEMS);
        assertThat(progress.status(OUTCOMES)).as("the problem is not the outcome's").isEqualTo(StepStatus.COMPLETE);
    }

    @Test
    void aWarningLeavesAStepInProgressUntilItIsLookedAt() {
        Plan plan = halfFilled(coordinated(), List.of());

        List<Problem> withWarning = new ArrayList<>(RULES.check(plan));
        withWarning.add(Problem.warning("outcomes[0].howProgressWillBeSeen", "test.warning", "Look at this."));

        assertThat(ConversationProgress.statusOf(OUTCOMES, plan, withWarning)).isEqualTo(StepStatus.IN_PROGRESS);
    }

    @Test
    void aProblemOnAFieldNoStepNamesIsShownAtTheSummary() {
        Plan plan = halfFilled(coordinated(), List.of());
        List<Problem> problems = new ArrayList<>(RULES.check(plan));
        problems.add(Problem.blocking("somethingPricingAdds", "pricing.rule", "Something to put right."));

        assertThat(ConversationProgress.statusOf(SUMMARY, plan, problems)).isEqualTo(StepStatus.HAS_PROBLEMS);
    }

    @Test
    void withNoStepRecordedTheConversationResumesAtTheFirstStepNotComplete() {
        Plan noCoordinator = halfFilled(PeopleInvolved.empty(), List.of());
        Plan coordinated = halfFilled(coordinated(), List.of());

        assertThat(ConversationProgress.of(noCoordinator, RULES.check(noCoordinator), Optional.empty()).resumeAt())
                .isEqualTo(ABOUT_THE_PERSON);
        assertThat(ConversationProgress.of(coordinated, RULES.check(coordinated), Optional.empty()).resumeAt())
                .isEqualTo(SUPPORT);
    }

    @Test
    void theLastStepVisitedIsWhereTheConversationResumes() {
        Plan plan = halfFilled(coordinated(), List.of());

        assertThat(ConversationProgress.of(plan, RULES.check(plan), Optional.of(RISKS)).resumeAt()).isEqualTo(RISKS);
        assertThat(ConversationProgress.of(plan, RULES.check(plan), Optional.of(OUTCOMES)).resumeAt())
                .as("even a complete one: it is where the broker left off").isEqualTo(OUTCOMES);
    }

    @Test
    void aRecordedStepThatIsNotYetOpenFallsBackToTheFirst() {
        Plan empty = Plan.newDraft(UUID.randomUUID(), Person.named("", ""), NOW);

        assertThat(ConversationProgress.of(empty, RULES.check(empty), Optional.of(OUTCOMES)).resumeAt())
                .isEqualTo(ABOUT_THE_PERSON);
    }

    @Test
    void statusesAreAValueInConversationOrder() {
        Plan plan = halfFilled(coordinated(), List.of());
        ConversationProgress progress = ConversationProgress.of(plan, RULES.check(plan), Optional.empty());

        assertThat(progress.statuses().keySet()).containsExactly(ConversationStep.values());
        assertThatThrownBy(() -> progress.statuses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(progress).isEqualTo(ConversationProgress.of(plan, RULES.check(plan), Optional.empty()));
    }

    @Test
    void wordsSaidOrNotedDuringTheSummaryStartItAndItStaysInProgressUntilSomeoneSigns() {
        Plan plan = halfFilled(coordinated(), List.of());
        assertThat(ConversationProgress.statusOf(SUMMARY, plan, RULES.check(plan))).isEqualTo(StepStatus.NOT_STARTED);

        Plan said = plan.edit().quotes(List.of(new Quote("q1", "summary", "I will ring the club tomorrow",
                ChangeTalk.COMMITMENT))).done();
        assertThat(ConversationProgress.statusOf(SUMMARY, said, RULES.check(said))).isEqualTo(StepStatus.IN_PROGRESS);
        Plan noted = plan.edit().brokerNotes(List.of(new BrokerNote("summary", "Read back; she agreed"))).done();
        assertThat(ConversationProgress.statusOf(SUMMARY, noted, RULES.check(noted))).isEqualTo(StepStatus.IN_PROGRESS);

        Plan signed = said.edit().signatures(List.of(new Signature(SignerRole.PERSON, "Pat Example", NOW,
                SignatureMethod.VERBAL_WITH_WITNESS, "Sam Sample", ""))).done();
        assertThat(ConversationProgress.statusOf(SUMMARY, signed, RULES.check(signed))).isEqualTo(StepStatus.COMPLETE);
    }

    @Test
    void aQuoteSaidDuringAnotherStepStartsThatStepAndNoOther() {
        Plan plan = halfFilled(coordinated(), List.of());
        Plan said = plan.edit().quotes(List.of(new Quote("q1", "risks", "I worry about falling at night", null)))
                .done();

        assertThat(ConversationProgress.statusOf(RISKS, said, RULES.check(said)))
                .as("started, its risks still to write").isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(ConversationProgress.statusOf(SUPPORT, said, RULES.check(said))).isEqualTo(StepStatus.NOT_STARTED);
        assertThat(ConversationProgress.statusOf(SUMMARY, said, RULES.check(said))).isEqualTo(StepStatus.NOT_STARTED);
    }

    /** Pat Example has said what matters, one need and one outcome; nothing about support or money yet. */
    private static Plan halfFilled(PeopleInvolved people, List<SupportLine> lines) {
        AboutMe aboutMe = new AboutMe("Good at making people laugh", "My allotment and my grandson", "Taking my tablets",
                "Talk to me, not my sister", "Out at the allotment by ten", "Stuck indoors all day");
        WorkingNotWorking mine = new WorkingNotWorking("me", "My neighbour helps with shopping",
                "I can't get to the allotment");
        HealthNeed need = new HealthNeed("n1", "Breathless on walking more than 100 metres", null);
        Outcome outcome = new Outcome("o1", "I want to get to my allotment twice a week", "Going twice a week by spring",
                null, 8, 5, null);
        return new Plan(UUID.randomUUID(), 1, PlanStatus.DRAFT, NOW, NOW, Person.named("Pat", "Example"), null, people,
                aboutMe, List.of(mine), List.of(need), List.of(outcome), lines, List.of(), null, List.of(), "",
                new OtherSupport("My neighbour helps with shopping", "", "", ""), null, List.of(), List.of(),
                List.of(), "", "");
    }

    private static PeopleInvolved coordinated() {
        return new PeopleInvolved(null, Contact.named("Sam Sample", "Example ICB"), null, "", List.of());
    }
}
