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

    @Test
    void aBundleHoldsEachPlanCompactOnALineOfItsOwn() {
        Plan first = TestPlans.everyFieldFilled();
        Plan second = first.nextDraftVersion(Instant.parse("2026-06-01T08:00:00Z"));

        String written = planFile.writeBundle(List.of(first, second));

        // plan-format.md, "Layout of written files": the envelope on the first line, one plan a line with no space
        // outside strings, the list closed on the last line, "\n" line ends and a final newline.
        String[] lines = written.split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("{\"format\":\"careplanner-bundle\",\"formatVersion\":1,\"plans\":[");
        assertThat(lines[1]).startsWith("{\"id\":\"" + first.id() + "\",\"version\":" + first.version() + ",")
                .endsWith("},");
        assertThat(lines[2]).startsWith("{\"id\":\"" + second.id() + "\",\"version\":" + (first.version() + 1) + ",")
                .endsWith("}");
        assertThat(lines[3]).isEqualTo("]}");
        assertThat(lines[4]).isEmpty();
        // The first plan's line is its own single-plan file's plan object without the indent, whitespace outside
        // strings removed: the same fields in the same order.
        assertThat(lines[1]).contains("\"allocation\":\"25000.00\"", "\"givenName\":\"Zoë\"",
                "\"address\":\"1 Example Street\\nExampletown EX1 1AA\"");
    }

    @Test
    void anEmptyBundleIsOneLine() {
        assertThat(planFile.writeBundle(List.of()))
                .isEqualTo("{\"format\":\"careplanner-bundle\",\"formatVersion\":1,\"plans\":[]}\n");
    }

    @Test
    void aBundleWrittenIndentedAsBeforeIsReadTheSame() {
        Plan first = TestPlans.everyFieldFilled();
        Plan second = first.nextDraftVersion(Instant.parse("2026-06-01T08:00:00Z"));
        // The layout bundles had until December 2026 (two-space indent, as single-plan files still have): files
        // exported then must still import.
        String indented = "{\n  \"format\": \"careplanner-bundle\",\n  \"formatVersion\": 1,\n  \"plans\": [\n"
                + indent(planObject(first)) + ",\n" + indent(planObject(second)) + "\n  ]\n}\n";

        ReadResult result = planFile.read(indented);

        assertThat(result.problems()).isEmpty();
        assertThat(result.plans()).containsExactly(first, second);
    }

    /** The plan object of a single-plan file, as written (two-space indent inside the envelope). */
    private String planObject(Plan plan) {
        String file = planFile.write(plan);
        int start = file.indexOf("\"plan\": ") + "\"plan\": ".length();
        return file.substring(start, file.lastIndexOf('}')).stripTrailing();
    }

    private static String indent(String object) {
        return "    " + object.replace("\n", "\n  ");
    }
}
