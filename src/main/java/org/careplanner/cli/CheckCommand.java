package org.careplanner.cli;

import java.io.PrintWriter;
import org.careplanner.store.CheckReport;
import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreException;
import picocli.CommandLine.Command;

/**
 * {@code careplanner check}: is the store whole and as CarePlanner left it? Exit 0 all good, 1 problems found,
 * 2 the store cannot be opened (the message says why).
 */
@Command(name = "check", description = {
        "Check the whole store: read every table through, verify the audit log's hash chain (an edit, deletion or "
                + "insertion made outside CarePlanner is reported at the first broken row), and verify every plan "
                + "version's stored hash and every signed version's signing hash.",
        "Exit code 0: all good; 1: problems found; 2: the store cannot be opened."})
final class CheckCommand extends StoreCommand {

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        LocalStore store;
        try {
            store = root.openStore();
        } catch (StoreException e) {
            err.println("Cannot check the store: " + e.getMessage());
            err.flush();
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        try (store) {
            out.println("Checking the store in " + store.folder().path());
            CheckReport report = store.check();
            report.summary().forEach(line -> out.println("  " + line));
            report.warnings().forEach(line -> out.println("  Note: " + line));
            if (report.isClean()) {
                out.println("All good: the store is whole and nothing was changed outside CarePlanner.");
                out.flush();
                return 0;
            }
            out.flush();
            err.printf("%d problem%s found:%n", report.problems().size(), report.problems().size() == 1 ? "" : "s");
            report.problems().forEach(line -> err.println("  " + line));
            err.println("Keep this store as it is (make a copy of the folder) and restore the latest backup you "
                    + "trust; tell your data protection lead.");
            err.flush();
            return CarePlannerCommand.EXIT_PROBLEM;
        }
    }
}
