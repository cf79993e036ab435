package org.careplanner.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.junit.jupiter.api.Test;

/**
 * The words at the top of a plan say where the plan VERSION stands (the domain's draft, agreed, signed, approved,
 * replaced, closed), named as the plan's, so a broker does not read them as the budget's stage shown in step 7 on the
 * same screen ("agreed by the NHS or council", ADR 0032). It said "Version 1, agreed" beside the budget's "agreed by
 * the NHS or council": one word, two meanings (ADR 0037).
 */
class VersionStatusWordsTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static Plan version(int n, PlanStatus status) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        Plan plan = Plan.newDraft(UUID.randomUUID(), Person.named("Kit", "Testwood"), now);
        for (int v = 1; v < n; v++) {
            plan = plan.nextDraftVersion(now);
        }
        return plan.withStatus(status);
    }

    @Test
    void eachOpenStatusIsNamedAsThePlansNotTheBudgets() {
        assertThat(PlanPaperwork.lockText(version(2, PlanStatus.DRAFT)))
                .isEqualTo("Version 2 \u00b7 draft");
        assertThat(PlanPaperwork.lockText(version(1, PlanStatus.AGREED)))
                .isEqualTo("Version 1 \u00b7 plan agreed, not signed yet");
        assertThat(PlanPaperwork.lockText(version(1, PlanStatus.SIGNED))).as("marked signed, no hash")
                .isEqualTo("Version 1 \u00b7 signed");
        assertThat(PlanPaperwork.lockText(version(1, PlanStatus.APPROVED))).as("marked approved, no hash")
                .isEqualTo("Version 1 \u00b7 signed and approved by the commissioner");
        assertThat(PlanPaperwork.lockText(version(3, PlanStatus.SUPERSEDED)))
                .isEqualTo("Version 3 \u00b7 replaced by a later version");
        assertThat(PlanPaperwork.lockText(version(1, PlanStatus.CLOSED))).isEqualTo("Version 1 \u00b7 closed");
    }

    @Test
    void aSignedVersionSaysSoWithItsFingerprintNamed() {
        Plan signed = version(1, PlanStatus.SIGNED).withSignedHash(HASH);
        assertThat(PlanPaperwork.lockText(signed))
                .isEqualTo("Version 1 \u00b7 signed and locked \u00b7 fingerprint 0123456789ab");
    }

    @Test
    void noStatusUsesTheBudgetsWordsForItsAgreement() {
        for (PlanStatus status : PlanStatus.values()) {
            String words = PlanPaperwork.lockText(version(1, status));
            assertThat(words).as(status.name()).doesNotContain("NHS or council").doesNotContain("budget")
                    .doesNotContainPattern("(?<!plan )agreed");
        }
    }
}
