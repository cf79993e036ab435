package org.careplanner.cli;

import java.nio.file.Path;
import org.careplanner.exchange.TransferPassphrase;
import picocli.CommandLine.Option;

/**
 * {@code --transfer-passphrase-file FILE}, or the {@value #VARIABLE} variable: the passphrase of an encrypted
 * transfer file (not the store's), read as {@code --passphrase-file} is and never taken as an argument, where other
 * users of the computer could see it. Mixed into {@code export} and {@code import}.
 */
final class TransferPassphraseOption {

    static final String VARIABLE = "CAREPLANNER_TRANSFER_PASSPHRASE";

    @Option(names = "--transfer-passphrase-file", paramLabel = "FILE",
            description = "File holding the transfer file's passphrase (its first line): not the store's passphrase. "
                    + "Or set the " + VARIABLE + " environment variable. Never given on the command line.")
    Path file;

    /** The passphrase from the file, else the variable; empty when neither is given. */
    java.util.Optional<TransferPassphrase> passphrase(CarePlannerCommand root) {
        char[] chars = null;
        if (file != null) {
            chars = CarePlannerCommand.readPassphraseFile(file, "transfer file's passphrase");
        } else {
            String fromVariable = root.variable(VARIABLE);
            if (fromVariable != null && !fromVariable.isEmpty()) {
                chars = fromVariable.toCharArray();
            }
        }
        if (chars == null) {
            return java.util.Optional.empty();
        }
        TransferPassphrase passphrase = TransferPassphrase.of(chars);
        java.util.Arrays.fill(chars, '\0');
        return java.util.Optional.of(passphrase);
    }

    /** Whether a passphrase was given either way (without reading the file). */
    boolean isGiven(CarePlannerCommand root) {
        String fromVariable = root.variable(VARIABLE);
        return file != null || fromVariable != null && !fromVariable.isEmpty();
    }

    static String howToGiveIt() {
        return "Put the transfer passphrase in a file only you can read and add --transfer-passphrase-file FILE, or "
                + "set the " + VARIABLE + " environment variable; it is never taken as an argument.";
    }
}
