package org.careplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;

class PlanFileRoundTripTest {

    private final PlanFile planFile = new PlanFile();

    @Test
    void aPlanReadBackEqualsThePlanWritten() {
        Plan plan = TestPlans.everyFieldFilled();

        ReadResult result = planFile.read(planFile.write(plan));

        assertThat(result.problems()).isEmpty();
        assertThat(result.onlyPlan()).isEqualTo(plan);
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() {
        String written = planFile.write(TestPlans.everyFieldFilled());

        assertThat(planFile.write(planFile.read(written).onlyPlan())).isEqualTo(written);
    }

    @Test
    void anEmptyDraftRoundTrips() {
        Plan plan = TestPlans.empty();
        String written = planFile.write(plan);

        assertThat(planFile.read(written).onlyPlan()).isEqualTo(plan);
        assertThat(planFile.write(planFile.read(written).onlyPlan())).isEqualTo(written);
    }

    @Test
    void aBundleOfTwoVersionsRoundTripsByteForByte() {
        Plan first = TestPlans.everyFieldFilled();
        Plan second = first.nextDraftVersion(Instant.parse("2026-06-01T08:00:00Z"));
        String written = planFile.writeBundle(List.of(first, second));

        ReadResult result = planFile.read(written);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plans()).containsExactly(first, second);
        assertThat(planFile.writeBundle(result.plans())).isEqualTo(written);
    }

    @Test
    void writtenFilesUseTheDocumentedLayout() {
        String written = planFile.write(TestPlans.empty());

        // Envelope first, two-space indent, "key": value, "\n" line ends and a final newline (plan-format.md).
        assertThat(written).startsWith("{\n  \"format\": \"careplanner-plan\",\n  \"formatVersion\": 1,\n"
                + "  \"plan\": {\n    \"id\": \"00000000-0000-4000-8000-000000000001\",\n    \"version\": 1,\n");
        assertThat(written).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
        assertThat(written).contains("\"outcomes\": [],").contains("\"createdAt\": null,");
    }

    @Test
    void valuesAreWrittenInTheirFileForms() {
        String written = planFile.write(TestPlans.everyFieldFilled());

        assertThat(written)
                .contains("\"allocation\": \"25000.00\"")
                .contains("\"contingency\": \"500.00\"")
                .contains("\"weeksPerYear\": \"52.143\"")
                .contains("\"quantity\": \"12.5\"")
                .contains("\"startDate\": \"2026-04-01\"")
                .contains("\"createdAt\": \"2026-03-02T09:30:00Z\"")
                .contains("\"nhsNumber\": \"9434765919\"")
                .contains("\"frequency\": \"PER_WEEK\"")
                .contains("\"importance\": 8")
                .contains("\"givenName\": \"Zoë\"")
                .contains("\"communicationNeeds\": \"Large print; \\\"quiet room\\\" please\"")
                .contains("\"address\": \"1 Example Street\\nExampletown EX1 1AA\"");
    }
}
