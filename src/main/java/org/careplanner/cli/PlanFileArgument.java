package org.careplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.ReadResult;

/** A plan file named on the command line: its one plan, or every reason it cannot be used, said plainly. */
final class PlanFileArgument {

    private PlanFileArgument() {
    }

    /**
     * The plan in {@code file}, or empty after telling {@code err} why not ("Cannot price x.json:" and each
     * problem), so the command can exit with {@link CarePlannerCommand#EXIT_BAD_INPUT}.
     */
    static Optional<Plan> read(Path file, String verb, PrintWriter err) {
        ReadResult read = new PlanFile().read(file);
        if (read.isOk() && read.plans().size() == 1) {
            return Optional.of(read.onlyPlan());
        }
        err.println("Cannot " + verb + " " + file + ":");
        if (read.isOk()) {
            err.println("  it holds " + read.plans().size() + " plans; " + verb + " one plan file at a time.");
        }
        for (Problem p : read.problems()) {
            err.println("  " + p.field() + ": " + p.message());
        }
        err.flush();
        return Optional.empty();
    }
}
