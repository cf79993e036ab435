package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careplanner price FILE}: the example plans of docs/examples, priced as a broker would at a terminal. */
class PriceCommandTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");

    @TempDir
    Path dir;

    private static CommandRun price(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "price";
        System.arraycopy(args, 0, all, 1, args.length);
        return CommandRun.of(org.careplanner.store.TestStores.defaults(), all);
    }

    @Test
    void aPlanThatCanBeAgreedExitsZeroWithItsTotals() {
        CommandRun run = price(EXAMPLES.resolve("simple-plan.json").toString(), "--on", "2026-05-01");
        // Lines (docs/examples/README.md): £45 × 1 a week × 52 = £2,340.00; £8 × 2 a month × 12 = £192.00;
        // £12 × 2 a month × 12 = £288.00. Total £2,820.00. Allocation £3,500 less £150 contingency inside it
        // = £3,350 available; £3,350 − £2,820 = £530.00 remaining.
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("£2,340.00", "£192.00", "£288.00")
                .containsPattern("Total cost of support +£2,820\\.00")
                .containsPattern("Remaining +£530\\.00")
                .contains("The plan can be agreed.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aPersonalAssistantLineShowsItsOnCosts() {
        CommandRun run = price(EXAMPLES.resolve("pa-two-streams-plan.json").toString(), "--on", "2026-05-01");
        // £13.00 an hour × 20 hours × 52 weeks = £13,520.00 gross; holiday £13 × 20 × 5.6 = £1,456.00;
        // employer's NI 15% × (£14,976.00 − £5,000) = £1,496.40; pension 3% × (£14,976.00 − £6,240) = £262.08.
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("gross pay +£13,520\\.00")
                .containsPattern("holiday pay +£1,456\\.00")
                .containsPattern("employer's National Insurance +£1,496\\.40")
                .containsPattern("workplace pension +£262\\.08");
    }

    @Test
    void aPlanWithBlockingProblemsExitsOneAndListsEveryProblem() {
        CommandRun run = price(EXAMPLES.resolve("blocked-plan.json").toString(), "--on", "2026-05-01");
        // £500 × 1 a week × 52 = £26,000; £15 × 52 = £780; £120 once; total £26,900 against £15,000: £11,900 over.
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("OVERSPENT by +£11,900\\.00")
                .contains("3 problems must be put right before the plan can be agreed")
                .contains("\"Alcohol\"", "is not linked to an outcome", "may not top up");
    }

    @Test
    void aFileThatCannotBeReadExitsTwoWithTheReason() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"careplanner-plan\", \"formatVersion\": 1, \"plan\": {");
        CommandRun run = price(broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot price").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();

        CommandRun missing = price(dir.resolve("no-such-file.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Cannot price");
    }

    @Test
    void aWrongDateIsBadInput() {
        CommandRun run = price(EXAMPLES.resolve("simple-plan.json").toString(), "--on", "2026-02-30");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
