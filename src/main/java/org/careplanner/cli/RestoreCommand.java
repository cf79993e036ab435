package org.careplanner.cli;

import java.nio.file.Path;
import org.careplanner.store.StoreBackup;
import org.careplanner.store.StoreException;
import org.careplanner.store.StoreInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code careplanner restore FILE}: refused while the store is open elsewhere; the replaced store is kept aside. */
@Command(name = "restore", description = "Replace the store with one from a backup made by \"careplanner backup\". "
        + "The current store is kept beside it until you remove it.")
final class RestoreCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", description = "The backup file (.zip).")
    Path file;

    @Override
    public Integer call() {
        Path kept;
        try {
            kept = StoreBackup.restore(root.dataFolder(), file, root.storeSettings());
        } catch (StoreInUseException e) {
            throw e;
        } catch (StoreException e) {
            err().println(e.getMessage());
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        out().printf("Restored the store in %s from %s.%n", root.dataFolder().path(), file);
        if (kept != null) {
            out().printf("The store it replaced is kept at %s: delete it once you have "
                    + "checked the restored plans.%n", kept);
        }
        return 0;
    }
}
