package org.careplanner.cli;

import java.nio.file.Path;
import org.careplanner.store.StoreBackup;
import org.careplanner.store.StoreDamagedException;
import org.careplanner.store.StoreException;
import org.careplanner.store.StoreInUseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code careplanner restore FILE} or {@code careplanner restore --latest}: refused while the store is open
 * elsewhere; the replaced (or damaged) store is kept aside.
 */
@Command(name = "restore", description = "Replace the store with one from a backup made by \"careplanner backup\", "
        + "or with the latest automatic backup (--latest). The current store is kept beside it until you remove it.")
final class RestoreCommand extends StoreCommand {

    static final class Source {
        @Parameters(paramLabel = "FILE", description = "The backup file (.zip).")
        Path file;

        @Option(names = "--latest", description = "The newest automatic backup (in the data folder's backups "
                + "folder), e.g. when the store is damaged. The current file is kept as careplanner.damaged-….mv.db.")
        boolean latest;
    }

    @ArgGroup(multiplicity = "1")
    Source source;

    @Override
    public Integer call() {
        Path kept;
        String from;
        try {
            if (source.latest) {
                StoreBackup.Restored restored = StoreBackup.restoreLatest(root.dataFolder(), root.storeSettings());
                kept = restored.kept();
                from = "the automatic backup of " + StoreDamagedException.describe(restored.backup().madeAt());
            } else {
                kept = StoreBackup.restore(root.dataFolder(), source.file, root.storeSettings());
                from = source.file.toString();
            }
        } catch (StoreInUseException e) {
            throw e;
        } catch (StoreException e) {
            err().println(e.getMessage());
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        out().printf("Restored the store in %s from %s.%n", root.dataFolder().path(), from);
        if (kept != null) {
            out().printf("The store it replaced is kept at %s: delete it once you have "
                    + "checked the restored plans.%n", kept);
        }
        return 0;
    }
}
