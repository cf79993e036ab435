package org.careplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careplanner.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code careplanner backup --out FILE}. */
@Command(name = "backup", description = "Copy the whole store into a zip file (safe while CarePlanner is open "
        + "in this program; close other windows first).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    CarePlannerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (.zip).")
    Path out;

    @Override
    public Integer call() {
        try (LocalStore store = root.openStore()) {
            store.backUpTo(out);
            spec.commandLine().getOut().printf("Backed up the store in %s to %s.%n", store.folder().path(),
                    out.toAbsolutePath());
            return 0;
        }
    }
}
