package org.careplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.careplanner.domain.Problem;
import org.careplanner.store.ImportReport;
import org.careplanner.store.ImportedVersion;
import org.careplanner.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code careplanner import FILE}: all or nothing; exit 2 if the file has problems, 1 if there are conflicts. */
@Command(name = "import", description = "Add the plans in a plan file or bundle to the store. A file with any "
        + "problem changes nothing; a plan the store already has is never overwritten.")
final class ImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", description = "A CarePlanner plan file or bundle (.json).")
    Path file;

    @Override
    public Integer call() {
        try (LocalStore store = root.openStore()) {
            ImportReport report = store.transfer().importFile(file);
            PrintWriter out = out();
            PrintWriter err = err();
            if (!report.isImported()) {
                err.printf("Nothing was imported: %s has %d problem%s.%n", file, report.problems().size(),
                        report.problems().size() == 1 ? "" : "s");
                for (Problem p : report.problems()) {
                    err.printf("  %s at %s: %s%n", p.severity(), p.field(), p.message());
                }
                err.flush();
                return CarePlannerCommand.EXIT_BAD_INPUT;
            }
            for (ImportedVersion v : report.versions()) {
                out.printf("  plan %s version %d: %s%n", v.planId(), v.version(), describe(v));
            }
            int conflicts = report.conflicts().size();
            out.printf("Imported %s: %d version%s read, %d to review.%n", file, report.versions().size(),
                    report.versions().size() == 1 ? "" : "s", conflicts);
            out.flush();
            return conflicts == 0 ? 0 : CarePlannerCommand.EXIT_PROBLEM;
        }
    }

    private static String describe(ImportedVersion v) {
        return switch (v.result()) {
            case ADDED_NEW_PLAN -> "added";
            case ADDED_NEWER_VERSION -> "CONFLICT: the store already had this plan (up to version "
                    + v.storedVersionBefore() + "); the file's newer version was added after it. Review both.";
            case ALREADY_STORED -> "already in the store, unchanged";
            case NOT_IMPORTED -> "CONFLICT: the store already has version " + v.storedVersionBefore()
                    + " of this plan; the file's different or older version was NOT imported. The stored one is kept.";
        };
    }
}
