package org.careplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careplanner.bench.MadeUpPlans;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;

/**
 * The reader for documents the program wrote itself (ADR 0020) gives exactly the plan the checking reader gives for
 * anything the writer writes, and nothing at all for text in any other form, so the caller falls back to the
 * checking reader and its problems.
 */
class WrittenPlanReaderTest {

    private final PlanFile planFile = new PlanFile();

    private List<Plan> plans() throws IOException {
        List<Plan> out = new ArrayList<>(List.of(TestPlans.everyFieldFilled(), TestPlans.empty()));
        try (Stream<Path> examples = Files.list(Path.of("docs", "examples"))) {
            for (Path file : examples.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(planFile.read(file).onlyPlan());
            }
        }
        MadeUpPlans made = new MadeUpPlans(2026);
        Plan plan = made.firstVersion(1, 12, Instant.parse("2026-04-01T09:00:00Z"));
        for (int v = 0; v < 4; v++) {
            out.add(plan);
            plan = made.nextVersion(plan, plan.updatedAt().plusSeconds(86_400L * 30));
        }
        return out;
    }

    @Test
    void everyWrittenPlanReadsBackAsTheCheckingReaderReadsIt() throws IOException {
        for (Plan plan : plans()) {
            String written = planFile.write(plan);
            Plan checked = planFile.read(written).onlyPlan();
            assertThat(planFile.readAsWritten(written)).as(plan.person().fullName()).contains(checked).contains(plan);
        }
    }

    @Test
    void textLongerThanAFileMayHoldIsReadBackFromTheStoresOwnDocument() {
        // The store keeps any text (PlanStoreTest); the limits are for files from outside, which refuse it.
        Plan plan = TestPlans.everyFieldFilled();
        String longName = "Ó".repeat(300);
        String written = planFile.write(plan).replace("\"familyName\": \"" + plan.person().familyName() + "\"",
                "\"familyName\": \"" + longName + "\"");
        assertThat(written).contains(longName);
        assertThat(planFile.read(written).isOk()).isFalse();
        assertThat(planFile.readAsWritten(written)).hasValueSatisfying(read -> {
            assertThat(read.person().familyName()).isEqualTo(longName);
            assertThat(planFile.write(read)).isEqualTo(written);
        });
    }

    @Test
    void textInAnyOtherFormGivesNothingSoTheCheckingReaderSaysWhy() {
        Plan plan = TestPlans.everyFieldFilled();
        String written = planFile.write(plan);
        String version = "\"version\": " + plan.version() + ",";
        String status = "\"status\": \"" + plan.status() + "\"";
        List<String> others = List.of(
                "",
                "[]",
                written.substring(0, written.length() / 2),
                written + "{}",
                planFile.writeBundle(List.of(TestPlans.everyFieldFilled())),
                written.replace("\"careplanner-plan\"", "\"careplanner-other\""),
                written.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
                written.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""),
                written.replace(version, "\"version\": 0,"),
                written.replace(version, "\"version\": \"" + plan.version() + "\","),
                written.replace(version, version + " \"version\": 3,"),
                written.replace(version, version + " \"colour\": \"blue\","),
                written.replace(status, "\"status\": \"MAYBE\""),
                written.replace("\"id\": \"" + plan.id(), "\"id\": \"not-a-uuid-" + plan.id()),
                written.replace("\"id\": \"" + plan.id() + "\"", "\"id\": null"),
                written.replace("\"plan\": {", "\"plan\": {\"x\": [null],"));
        for (String text : others) {
            assertThat(text).isNotEqualTo(written);
            assertThat(planFile.readAsWritten(text)).as(text.length() > 80 ? text.substring(0, 80) : text).isEmpty();
        }
    }
}
