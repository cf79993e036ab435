package org.careplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.store.LocalStore;
import org.careplanner.store.UnknownPlanException;
import org.careplanner.store.WholeFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code careplanner export [--all | PLAN-ID...] --out FILE [--encrypt | --costing-csv]}. With {@code --encrypt} the
 * plan file is written as an encrypted transfer file (docs/decisions/0017) under a transfer passphrase taken from
 * {@code --transfer-passphrase-file} or {@value TransferPassphraseOption#VARIABLE}; without it the file is plain JSON,
 * and the command says so.
 */
@Command(name = "export", description = "Write plans (their latest versions) to a plan file, encrypted for moving "
        + "to another laptop (--encrypt), or their support lines to a costing CSV for finance.")
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

    @Option(names = "--encrypt", description = "Encrypt the plan file for moving it to another laptop, under a "
            + "transfer passphrase (at least 10 characters) to tell the other broker by phone.")
    boolean encrypt;

    @Mixin
    TransferPassphraseOption transfer = new TransferPassphraseOption();

    @Override
    public Integer call() throws IOException {
        if (encrypt && costingCsv) {
            err().println("--encrypt makes an encrypted plan file for another laptop; the costing CSV is for "
                    + "finance and cannot be encrypted. Choose one.");
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        if (!encrypt && transfer.file != null) {
            err().println("A transfer passphrase file was given without --encrypt: add --encrypt to write an "
                    + "encrypted file, or leave the passphrase out to write plain JSON.");
            return CarePlannerCommand.EXIT_BAD_INPUT;
        }
        TransferPassphrase passphrase = null;
        if (encrypt) {
            Optional<TransferPassphrase> given = transfer.passphrase(root);
            if (given.isEmpty()) {
                err().println("--encrypt needs a transfer passphrase (not the store's). "
                        + TransferPassphraseOption.howToGiveIt());
                return CarePlannerCommand.EXIT_BAD_INPUT;
            }
            passphrase = given.get();
            Optional<String> weak = passphrase.problemForANewFile();
            if (weak.isPresent()) {
                passphrase.wipe();
                err().println("The transfer passphrase will not do: " + weak.get());
                return CarePlannerCommand.EXIT_BAD_INPUT;
            }
        }
        try {
            return export(passphrase);
        } finally {
            if (passphrase != null) {
                passphrase.wipe();
            }
        }
    }

    private int export(TransferPassphrase passphrase) throws IOException {
        try (LocalStore store = root.openStore()) {
            int count;
            try {
                count = which.all ? exportAll(store, passphrase) : exportChosen(store, passphrase);
            } catch (UnknownPlanException e) {
                err().println(e.getMessage());
                return CarePlannerCommand.EXIT_BAD_INPUT;
            }
            out().printf("Wrote %d plan%s to %s%s.%n", count, count == 1 ? "" : "s",
                    out.toAbsolutePath(), passphrase != null ? ", encrypted" : "");
            if (passphrase != null) {
                out().println("Tell the other broker the transfer passphrase by phone; do not write it on the stick.");
            } else {
                out().println("This file is NOT encrypted: anyone who has it can read it."
                        + (costingCsv ? "" : " To move plans to another laptop, use --encrypt."));
            }
            return 0;
        }
    }

    /**
     * Every plan, written to the file as it is read from the store (ADR 0028): memory does not grow with the number
     * of plans. The file is whole or absent.
     */
    private int exportAll(LocalStore store, TransferPassphrase passphrase) throws IOException {
        var transfer = store.transfer();
        return WholeFile.write(out, stream -> passphrase != null
                ? transfer.exportAllEncrypted(stream, passphrase, () -> false)
                : costingCsv ? transfer.costingCsvOfAll(stream, () -> false)
                : transfer.exportAll(stream, () -> false), () -> false);
    }

    /** The plans named (a few, typed on the command line): made in memory, then written whole. */
    private int exportChosen(LocalStore store, TransferPassphrase passphrase) throws IOException {
        List<UUID> ids = which.planIds;
        byte[] bytes = passphrase != null ? store.transfer().exportPlansEncrypted(ids, passphrase)
                : (costingCsv ? store.transfer().costingCsv(ids) : store.transfer().exportPlans(ids))
                        .getBytes(StandardCharsets.UTF_8);
        return WholeFile.write(out, stream -> {
            stream.write(bytes);
            return ids.size();
        }, () -> false);
    }
}
