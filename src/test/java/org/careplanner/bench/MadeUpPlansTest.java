package org.careplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.ReadResult;
import org.careplanner.exchange.SignedContent;
import org.junit.jupiter.api.Test;

/** The benchmark's made-up plans are plans the app itself accepts, so the figures are about real work. */
class MadeUpPlansTest {

    private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void aMadeUpPlanAndItsLaterVersionsReadBackFromAPlanFileUnchanged() {
        MadeUpPlans made = new MadeUpPlans(1);
        Plan v1 = made.firstVersion(42, 12, T);
        Plan v2 = made.nextVersion(v1, T.plusSeconds(60));
        Plan v3 = made.nextVersion(v2, T.plusSeconds(120));
        PlanFile file = new PlanFile();
        for (Plan plan : new Plan[] {v1, v2, v3}) {
            ReadResult read = file.read(file.write(plan));
            assertThat(read.isOk()).as(read.problems().toString()).isTrue();
            assertThat(read.plans()).containsExactly(plan);
        }
        // 12 lines, one fewer at each even version; the third version is the signed one.
        assertThat(v1.supportLines()).hasSize(12);
        assertThat(v2.supportLines()).hasSize(11);
        assertThat(v3.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(v3.signatures()).hasSize(1);
        // Signed as the app signs: its signing hash matches its content.
        assertThat(new SignedContent().check(v3).verdict()).isEqualTo(SignedContent.Verdict.UNCHANGED);
    }

    @Test
    void thePdfPlanHasFiftyLinesAndTheSameSeedGivesTheSamePlan() {
        Plan a = new MadeUpPlans(7).firstVersion(1, 50, T);
        Plan b = new MadeUpPlans(7).firstVersion(1, 50, T);
        assertThat(a.supportLines()).hasSize(50);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void nhsNumbersCarryAValidModulus11CheckDigit() {
        // NhsNumber refuses a number whose check digit is wrong, so making one is the check.
        for (int n = 1; n <= 500; n++) {
            assertThat(MadeUpPlans.nhsNumber(n).digits()).hasSize(10);
        }
    }
}
