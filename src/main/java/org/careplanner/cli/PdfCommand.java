package org.careplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.SignedContent;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.print.PlanDocument;
import org.careplanner.print.PrintSize;
import org.careplanner.print.PrintedPlan;
import org.careplanner.store.LocalStore;
import org.careplanner.store.UnknownPlanException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplanner pdf (PLAN-ID | --file PLAN.json) --out FILE.pdf [--large-print]}. */
@Command(name = "pdf", description = {
        "Write a plan as a PDF to print and give to the person: the latest version of a plan in the store, "
                + "or a plan file (for a preview).",
        "Exit code 0: written; 2: no such plan, the file cannot be read, or it says it is signed but is not "
                + "exactly as signed."})
final class PdfCommand extends StoreCommand {

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "PLAN-ID", description = "The plan to print (see careplanner list).")
        UUID planId;

        @Option(names = "--file", required = true, paramLabel = "PLAN.json",
                description = "Print the plan in this plan file instead of one from the store.")
        Path file;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Option(names = "--large-print", description = "Larger type (17 point) for people who find small print hard to read.")
    boolean largePrint;

    @Override
    public Integer call() throws IOException {
        Optional<Plan> plan = which.file != null ? PlanFileArgument.read(which.file, "print", err()) : fromStore();
        if (plan.isEmpty()) {
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        if (which.file != null && SignedContent.claimsSigned(plan.get())) {
            // A file saying it is signed is printed as signed (the signatures, "Signed plan fingerprint" on every
            // page) only if it is exactly as signed: import and verify refuse it otherwise, and so does printing.
            SignedContent.Seal seal = new SignedContent().check(plan.get());
            if (!seal.isUnchanged()) {
                err().println("Cannot print " + which.file + ": plan " + plan.get().id() + " version "
                        + plan.get().version() + " is " + seal.explanation());
                err().println("  A signed plan is printed only as it was signed. Ask for the file as it was signed, "
                        + "or check it with: careplanner verify " + which.file);
                err().flush();
                return CarePlannerCommand.EXIT_BAD_INPUT;
            }
        }
        PlanAssessment assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT)
                .assess(plan.get(), LocalDate.now());
        PrintedPlan printed = new PlanDocument(plan.get(), assessment)
                .print(largePrint ? PrintSize.LARGE_PRINT : PrintSize.STANDARD);
        Files.write(out, printed.pdf());
        out().printf("Wrote plan %s, version %d%s, to %s.%n", plan.get().id(), plan.get().version(),
                largePrint ? " in large print" : "", out.toAbsolutePath());
        if (!printed.complete()) {
            // Names the parts of the plan, in the printed plan's own words; never the text itself (ADR 0036).
            err().println("Warning: this computer has no font for some of the writing in: "
                    + String.join("; ", printed.unprintableIn()) + ".");
            err().println("  Each character it could not print shows as a white square on the paper; the plan "
                    + "itself keeps every word. Install a font for that language and print again "
                    + "(see the user guide, Printing).");
            err().flush();
        }
        return 0;
    }

    private Optional<Plan> fromStore() {
        try (LocalStore store = root.openStore()) {
            Optional<Plan> plan = store.plans().latest(which.planId);
            if (plan.isEmpty()) {
                err().println(new UnknownPlanException(which.planId).getMessage());
                err().flush();
            }
            return plan;
        }
    }
}
