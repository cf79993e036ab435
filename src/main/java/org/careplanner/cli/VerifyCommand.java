package org.careplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.ReadResult;
import org.careplanner.exchange.SignedContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careplanner verify FILE.json}: recomputes each plan's signing hash and says whether it was changed after
 * signing. Exit 0 when every plan in the file is signed and unchanged, 1 when one was changed or is not signed as
 * it claims, 2 when the file cannot be read.
 */
@Command(name = "verify", description = {
        "Check that a signed plan file is exactly as it was signed: recompute its SHA-256 signing hash and compare.",
        "Exit code 0: signed and unchanged since; 1: changed after signing, or not signed as it claims; "
                + "2: the file cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A plan file or bundle (format version 1).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read = new PlanFile().read(file);
        if (!read.isOk()) {
            err.println("Cannot verify " + file + ":");
            for (Problem p : read.problems()) {
                err.println("  " + p.field() + ": " + p.message());
            }
            err.flush();
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        SignedContent content = new SignedContent();
        boolean allUnchanged = true;
        for (Plan plan : read.plans()) {
            SignedContent.Seal seal = content.check(plan);
            allUnchanged &= seal.isUnchanged();
            (seal.isUnchanged() ? out : err).println((seal.isUnchanged() ? "OK: " : "NOT OK: ") + "plan " + plan.id()
                    + " version " + plan.version() + " is " + seal.explanation());
        }
        out.flush();
        err.flush();
        return allUnchanged ? 0 : CarePlannerCommand.EXIT_PROBLEM;
    }
}
