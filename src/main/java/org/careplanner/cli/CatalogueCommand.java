package org.careplanner.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careplanner.store.CatalogueCsv;
import org.careplanner.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code careplanner catalogue export|import}: the service catalogue as CSV, to edit in a spreadsheet. */
@Command(name = "catalogue", description = "The service catalogue (services and their prices) as CSV.",
        subcommands = {CatalogueCommand.Export.class, CatalogueCommand.Import.class})
final class CatalogueCommand implements Callable<Integer> {

    @ParentCommand
    CarePlannerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CarePlannerCommand.EXIT_BAD_INPUT;
    }

    @Command(name = "export", description = "Write every service in the catalogue to a CSV file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        CatalogueCommand catalogue;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        @Override
        public Integer call() throws java.io.IOException {
            try (LocalStore store = catalogue.root.openStore()) {
                Files.writeString(out, store.catalogue().exportCsv(), StandardCharsets.UTF_8);
                spec.commandLine().getOut().printf("Wrote %d services to %s.%n", store.catalogue().entries().size(),
                        out.toAbsolutePath());
                return 0;
            }
        }
    }

    @Command(name = "import", description = "Add or replace services from a CSV file (same columns as export). "
            + "If any row is wrong, nothing changes and every wrong row is listed.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CatalogueCommand catalogue;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A catalogue CSV file.")
        Path file;

        @Override
        public Integer call() throws java.io.IOException {
            try (LocalStore store = catalogue.root.openStore();
                 Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CatalogueCsv.Parsed parsed = store.catalogue().importCsv(csv);
                if (!parsed.isOk()) {
                    var err = spec.commandLine().getErr();
                    err.printf("Nothing was imported: %s has %d problem%s.%n", file, parsed.problems().size(),
                            parsed.problems().size() == 1 ? "" : "s");
                    parsed.problems().forEach(p -> err.println("  " + p));
                    err.flush();
                    return CarePlannerCommand.EXIT_BAD_INPUT;
                }
                spec.commandLine().getOut().printf("Imported %d services from %s.%n", parsed.entries().size(), file);
                return 0;
            }
        }
    }
}
