package org.careplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careplanner price FILE.json}: the costing of a plan file as a table with totals and every problem.
 * Exit 0 when the plan can be agreed, 1 when something blocks it, 2 when the file cannot be read.
 */
@Command(name = "price", description = {
        "Print the costing of a plan file: each line, the totals against the allocation, and every problem.",
        "Exit code 0: the plan can be agreed; 1: something blocks agreement; 2: the file cannot be read."})
final class PriceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A plan file (careplanner-plan, format version 1).")
    Path file;

    @Option(names = "--on", paramLabel = "DATE",
            description = "Assess as on this day (YYYY-MM-DD) instead of today: review status uses it.")
    LocalDate on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Plan> read = PlanFileArgument.read(file, "price", err);
        if (read.isEmpty()) {
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        Plan plan = read.get();
        PlanAssessment assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT)
                .assess(plan, on == null ? LocalDate.now() : on);
        new CostingReport(plan, assessment).printTo(out);
        out.flush();
        return assessment.canBeAgreed() ? 0 : CarePlannerCommand.EXIT_PROBLEM;
    }
}
