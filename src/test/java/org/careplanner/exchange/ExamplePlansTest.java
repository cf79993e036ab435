package org.careplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanRules;
import org.careplanner.domain.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The sample files in docs/examples: they read cleanly, are in written form, and say what their names say. */
class ExamplePlansTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");

    private final PlanFile planFile = new PlanFile();
    private final PlanRules rules = new PlanRules(ExclusionList.DEFAULT);

    @ParameterizedTest
    @ValueSource(strings = {"simple-plan.json", "pa-two-streams-plan.json", "blocked-plan.json", "signed-plan.json"})
    void readsWithoutFormatProblemsAndIsInWrittenForm(String name) throws IOException {
        ReadResult result = planFile.read(EXAMPLES.resolve(name));

        assertThat(result.problems()).isEmpty();
        assertThat(planFile.write(result.onlyPlan())).isEqualTo(Files.readString(EXAMPLES.resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple-plan.json", "pa-two-streams-plan.json", "signed-plan.json"})
    void hasNoBlockingProblem(String name) {
        List<Problem> problems = rules.check(planFile.read(EXAMPLES.resolve(name)).onlyPlan());

        assertThat(problems).filteredOn(Problem::isBlocking).isEmpty();
    }

    @Test
    void simplePlanHasOneNotionalNhsStreamAndFitsItsBudget() {
        Plan plan = planFile.read(EXAMPLES.resolve("simple-plan.json")).onlyPlan();

        assertThat(plan.fundingStreams()).singleElement()
                .satisfies(s -> assertThat(s.management().name()).isEqualTo("NOTIONAL"));
        // 45.00 x 1 x 52 = 2,340.00; 8.00 x 2 x 12 = 192.00; 12.00 x 2 x 12 = 288.00; total 2,820.00,
        // plus the 150.00 contingency inside the allocation = 2,970.00, within 3,500.00.
        assertThat(Money.parse("2970.00").isGreaterThan(plan.budget().allocation())).isFalse();
    }

    @Test
    void paPlanEmploysAPersonalAssistantFromTwoStreams() {
        Plan plan = planFile.read(EXAMPLES.resolve("pa-two-streams-plan.json")).onlyPlan();

        assertThat(plan.fundingStreams()).extracting(s -> s.management().name())
                .containsExactly("DIRECT_PAYMENT", "THIRD_PARTY");
        assertThat(plan.supportLines()).filteredOn(l -> l.pa() != null).singleElement().satisfies(line -> {
            assertThat(line.pa().hourlyRate()).isEqualTo(Money.parse("13.00"));
            assertThat(line.pa().hoursPerWeek()).isEqualByComparingTo(new BigDecimal("20"));
        });
        // The PA's true annual cost at 2025/26 rates, by hand (docs/examples/README.md):
        // pay 13.00 x 20 x 52 = 13,520.00 + holiday 13.00 x 20 x 5.6 = 1,456.00 -> 14,976.00;
        // employer's NI 15% x (14,976.00 - 5,000.00) = 1,496.40; pension 3% x (14,976.00 - 6,240.00) = 262.08;
        // insurance 150 + payroll 120 + DBS 54 + training 95 = 419.00. Total 17,153.48, inside the
        // direct payment's 18,000.00. Council lines: 40.00 x 52 = 2,080.00 + 30.00 x 2 x 12 = 720.00 = 2,800.00,
        // inside 3,000.00. All: 19,953.48 + 500.00 contingency = 20,453.48, inside 21,000.00.
        assertThat(plan.fundingStreams().get(0).annualAllocation()).isEqualTo(Money.parse("18000.00"));
        assertThat(Money.parse("20453.48").isGreaterThan(plan.budget().allocation())).isFalse();
    }

    @Test
    void blockedPlanHasTheProblemsItWasMadeFor() {
        Plan plan = planFile.read(EXAMPLES.resolve("blocked-plan.json")).onlyPlan();

        assertThat(rules.check(plan)).filteredOn(Problem::isBlocking).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("supportLines[1].category", "line.excluded-category"),
                        tuple("supportLines[2].outcomeIds", "line.no-outcome"));
        // The overspend is a money rule, checked by the pricing package: 25.00 x 20 x 52 = 26,000.00,
        // 15.00 x 52 = 780.00, 120.00 one-off: 26,900.00 against an allocation of 15,000.00.
        assertThat(Money.parse("26900.00").isGreaterThan(plan.budget().allocation())).isTrue();
    }
}
