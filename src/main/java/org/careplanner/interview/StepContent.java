package org.careplanner.interview;

import org.careplanner.domain.CapacityAndConsent;
import org.careplanner.domain.PeopleInvolved;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.ReviewArrangement;
import org.careplanner.domain.WorkingNotWorking;

/** Whether anything has been written yet in the parts of a plan that a step covers. */
final class StepContent {
    private StepContent() {
    }

    /**
     * Whether something is written in the step's parts, or a quote was said or a broker's note written during
     * it: the summary's parts are mostly read from other steps, so without the second test a broker working
     * there (tagging what the person says, noting) saw "Not started" until the plan was signed.
     */
    static boolean isStarted(ConversationStep step, Plan plan) {
        return partsWritten(step, plan) || saidOrNotedDuring(step, plan);
    }

    /**
     * Whether every part the rules do not already check is filled in. The plan's rules name each empty part of
     * steps 1 to 8 as a problem; the summary's own part, the signatures, is not a problem before signing, so
     * the summary stays in progress until someone has signed.
     */
    static boolean isFilledIn(ConversationStep step, Plan plan) {
        return step != ConversationStep.SUMMARY || !plan.signatures().isEmpty();
    }

    private static boolean saidOrNotedDuring(ConversationStep step, Plan plan) {
        return plan.quotes().stream().anyMatch(q -> step.id().equals(q.section()) && !q.text().isBlank())
                || plan.brokerNotes().stream().anyMatch(n -> step.id().equals(n.section()) && !n.text().isBlank());
    }

    private static boolean partsWritten(ConversationStep step, Plan plan) {
        return switch (step) {
            case ABOUT_THE_PERSON -> !plan.person().equals(Person.named("", ""))
                    || !plan.capacity().equals(CapacityAndConsent.notAsked())
                    || !plan.peopleInvolved().equals(PeopleInvolved.empty());
            case WHAT_MATTERS -> !plan.aboutMe().isEmpty()
                    || !plan.workingNotWorking().stream().allMatch(WorkingNotWorking::isEmpty)
                    || !plan.otherSupport().isEmpty();
            case HEALTH_NEEDS -> plan.healthNeeds().stream().anyMatch(n -> !n.description().isBlank());
            case OUTCOMES -> !plan.outcomes().isEmpty();
            case SUPPORT -> !plan.supportLines().isEmpty() || plan.budget().allocation().isPositive();
            case RISKS -> !plan.risks().isEmpty() || !plan.backupCover().isBlank()
                    || plan.budget().contingency().isPositive();
            case MONEY_MANAGEMENT -> !plan.fundingStreams().isEmpty();
            case REVIEW -> !plan.review().equals(ReviewArrangement.empty()) || plan.budget().startDate() != null;
            case SUMMARY -> !plan.signatures().isEmpty() || !plan.disagreement().isBlank();
        };
    }

    /** The first step opens the others: the person's name must be written down first. */
    static boolean hasPersonsName(Plan plan) {
        return !plan.person().fullName().isBlank();
    }
}
