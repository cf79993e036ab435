package org.careplanner.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.interview.ConversationStep.*;

import org.junit.jupiter.api.Test;

class ConversationStepTest {

    @Test
    void theConversationRunsFromThePersonToTheAgreementInTheOrderOfThePlan() {
        assertThat(ConversationStep.values()).containsExactly(ABOUT_THE_PERSON, WHAT_MATTERS, HEALTH_NEEDS,
                OUTCOMES, SUPPORT, RISKS, MONEY_MANAGEMENT, REVIEW, SUMMARY);
        assertThat(ConversationStep.first()).isEqualTo(ABOUT_THE_PERSON);
    }

    @Test
    void engagingComesFirstThenFocusingThenEvokingThenPlanning() {
        assertThat(ABOUT_THE_PERSON.process()).isEqualTo(MiProcess.ENGAGING);
        assertThat(WHAT_MATTERS.process()).isEqualTo(MiProcess.ENGAGING);
        assertThat(HEALTH_NEEDS.process()).isEqualTo(MiProcess.FOCUSING);
        assertThat(OUTCOMES.process()).isEqualTo(MiProcess.EVOKING);
        assertThat(SUPPORT.process()).isEqualTo(MiProcess.PLANNING);
        assertThat(SUMMARY.process()).isEqualTo(MiProcess.PLANNING);
        for (int i = 1; i < values().length; i++) {
            assertThat(values()[i].process()).as("process of %s", values()[i])
                    .isGreaterThanOrEqualTo(values()[i - 1].process());
        }
    }

    @Test
    void aProblemIsShownOnTheStepWhereItsFieldIsFilledIn() {
        assertThat(forField("person.name")).isEqualTo(ABOUT_THE_PERSON);
        assertThat(forField("peopleInvolved.careCoordinator")).isEqualTo(ABOUT_THE_PERSON);
        assertThat(forField("aboutMe")).isEqualTo(WHAT_MATTERS);
        assertThat(forField("workingNotWorking")).isEqualTo(WHAT_MATTERS);
        assertThat(forField("healthNeeds")).isEqualTo(HEALTH_NEEDS);
        assertThat(forField("outcomes[0].inPersonsWords")).isEqualTo(OUTCOMES);
        assertThat(forField("supportLines[2].outcomeIds")).isEqualTo(SUPPORT);
        assertThat(forField("budget.allocation")).isEqualTo(SUPPORT);
        assertThat(forField("risks")).isEqualTo(RISKS);
        assertThat(forField("budget.contingency")).as("the more specific prefix wins").isEqualTo(RISKS);
        assertThat(forField("fundingStreams[1].heldBy")).isEqualTo(MONEY_MANAGEMENT);
        assertThat(forField("review.reviewer")).isEqualTo(REVIEW);
        assertThat(forField("budget.startDate")).isEqualTo(REVIEW);
    }

    @Test
    void aPrefixMatchesWholePartsOfAPathOnly() {
        assertThat(SUPPORT.covers("budget")).isTrue();
        assertThat(SUPPORT.covers("budgetNotes")).isFalse();
        assertThat(SUPPORT.covers("budget.contingency")).isFalse();
        assertThat(RISKS.covers("budget.contingency")).isTrue();
        assertThat(OUTCOMES.covers("outcomes[3]")).isTrue();
        assertThat(REVIEW.covers("reviewer")).isFalse();
    }

    @Test
    void aFieldNoStepNamesStopsAgreementAtTheSummary() {
        assertThat(forField("somethingNew")).isEqualTo(SUMMARY);
    }

    @Test
    void aStepIsFoundByItsIdWhichQuotesUseAsTheirSection() {
        for (ConversationStep step : values()) {
            assertThat(byId(step.id())).contains(step);
        }
        assertThat(byId("outcomes")).contains(OUTCOMES);
        assertThat(byId("no-such-step")).isEmpty();
    }

    @Test
    void bundleKeysFollowTheStepId() {
        assertThat(OUTCOMES.titleKey()).isEqualTo("interview.step.outcomes.title");
        assertThat(OUTCOMES.purposeKey()).isEqualTo("interview.step.outcomes.purpose");
        assertThat(OUTCOMES.questionKeys()).startsWith("interview.step.outcomes.question.1");
        assertThat(OUTCOMES.oarsExampleKey(OarsSkill.REFLECTION)).isEqualTo("interview.step.outcomes.oars.reflect");
    }
}
