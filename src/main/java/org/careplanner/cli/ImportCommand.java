package org.careplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.TransferFile;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.store.ImportReport;
import org.careplanner.store.ImportedVersion;
import org.careplanner.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code careplanner import FILE}: all or nothing; exit 2 if the file has problems (or is an encrypted transfer file
 * without its passphrase, or with a wrong one), 1 if there are conflicts. An encrypted file is known by its header.
 */
@Command(name = "import", description = "Add the plans in a plan file, bundle or encrypted transfer file to the "
        + "store. A file with any problem changes nothing; a plan the store already has is never overwritten.")
final class ImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", description = "A CarePlanner plan file or bundle (.json), or an encrypted "
            + "transfer file (.careplan), recognised by its first bytes whatever its name.")
    Path file;

    @Mixin
    TransferPassphraseOption transfer = new TransferPassphraseOption();

    @Override
    public Integer call() {
        boolean encrypted = TransferFile.isEncrypted(file);
        if (encrypted && !transfer.isGiven(root)) {
            err().println(file + " is an encrypted transfer file: it needs the passphrase it was made with (not the "
                    + "store's). " + TransferPassphraseOption.howToGiveIt() + " Nothing was imported.");
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        TransferPassphrase passphrase = encrypted ? transfer.passphrase(root).orElseThrow() : null;
        try {
            return imported(passphrase);
        } finally {
            if (passphrase != null) {
                passphrase.wipe();
            }
        }
    }

    private int imported(TransferPassphrase passphrase) {
        try (LocalStore store = root.openStore()) {
            ImportReport report = store.transfer().importFile(file, passphrase, () -> false);
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
