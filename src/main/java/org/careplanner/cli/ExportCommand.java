package org.careplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.careplanner.store.LocalStore;
import org.careplanner.store.UnknownPlanException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplanner export [--all | PLAN-ID...] --out FILE [--costing-csv]}. */
@Command(name = "export", description = "Write plans (their latest versions) to a plan file, or their support "
        + "lines to a costing CSV for finance.")
final class ExportCommand extends StoreCommand {

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--all", required = true, description = "Every plan in the store, as a bundle.")
        boolean all;

        @Parameters(paramLabel = "PLAN-ID", arity = "1..*", description = "The plans to export (see careplanner list).")
        List<UUID> planIds;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--costing-csv", description = "Write the support lines as CSV for a spreadsheet instead.")
    boolean costingCsv;

    @Override
    public Integer call() throws IOException {
        try (LocalStore store = root.openStore()) {
            List<UUID> ids = which.all ? store.plans().planIds() : which.planIds;
            String text;
            try {
                text = costingCsv ? store.transfer().costingCsv(ids)
                        : which.all ? store.transfer().exportAll() : store.transfer().exportPlans(ids);
            } catch (UnknownPlanException e) {
                err().println(e.getMessage());
                return CarePlannerCommand.EXIT_BAD_INPUT;
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
            out().printf("Wrote %d plan%s to %s.%n", ids.size(), ids.size() == 1 ? "" : "s",
                    out.toAbsolutePath());
            return 0;
        }
    }
}
