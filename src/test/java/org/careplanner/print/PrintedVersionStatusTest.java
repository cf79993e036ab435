package org.careplanner.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.junit.jupiter.api.Test;

/**
 * The printed plan's version line names its status as the plan's, apart from the budget's stage printed on the same
 * page (ADR 0037): it said "Version 1 (agreed, not signed yet)" above "My budget (a year, not final yet)", and
 * "Version 1 (a draft, not agreed yet)" above "My budget (a year, agreed)".
 */
class PrintedVersionStatusTest {

    private static String words(Plan plan) throws IOException {
        return PlanDocumentTest.allText(PlanDocumentTest.pdf(plan, PrintSize.STANDARD)).replaceAll("\\s+", " ");
    }

    @Test
    void aPlanAgreedButNotSignedSaysThePlanIsAgreedWhileTheBudgetIsNot() throws IOException {
        Plan simple = PlanDocumentTest.example("simple-plan.json"); // status AGREED, allocation INDICATIVE
        assertThat(simple.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(words(simple)).contains("Version 1 (plan agreed, not signed yet)")
                .contains("My budget (a year, not final yet)").doesNotContain("Version 1 (agreed");
    }

    @Test
    void aDraftSaysThePlanIsNotAgreedWhileTheBudgetIs() throws IOException {
        Plan draft = PlanDocumentTest.example("pa-two-streams-plan.json"); // status DRAFT, allocation AGREED
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(words(draft)).contains("Version 1 (a draft plan, not agreed yet)")
                .contains("My budget (a year, agreed)");
    }
}
