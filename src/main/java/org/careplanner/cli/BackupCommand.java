package org.careplanner.cli;

import java.nio.file.Path;
import org.careplanner.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careplanner backup --out FILE}. */
@Command(name = "backup", description = "Copy the whole store into a zip file (safe while CarePlanner is open "
        + "in this program; close other windows first).")
final class BackupCommand extends StoreCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (.zip).")
    Path out;

    @Override
    public Integer call() {
        try (LocalStore store = root.openStore()) {
            store.backUpTo(out);
            out().printf("Backed up the store in %s to %s.%n", store.folder().path(),
                    out.toAbsolutePath());
            return 0;
        }
    }
}
