package org.careplanner.ui.home;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.store.ImportReport;

/**
 * The long pieces of work the home screen starts: importing a plan file, exporting plans, backing up. Each is
 * called off the JavaFX Application Thread and asks {@code cancelled} as it goes (never interrupt the thread: H2
 * closes the store when a thread is interrupted during disk I/O). A cancelled piece of work throws
 * {@link java.util.concurrent.CancellationException} and leaves nothing behind: no plans stored, no file.
 */
public interface PlanFiles {

    /**
     * Whether the file begins with the encrypted transfer file's header (it reads the file's first bytes, so, like
     * the rest, off the JavaFX thread: a file on a network share or a slow stick can take seconds to open); false
     * for a file that cannot be read, whose import then says why.
     */
    default boolean isEncrypted(Path file) {
        return org.careplanner.exchange.TransferFile.isEncrypted(file);
    }

    /** Imports a plan file or bundle, all or nothing. */
    ImportReport importFile(Path file, BooleanSupplier cancelled);

    /**
     * Imports a plan file, bundle or encrypted transfer file (known by its header), all or nothing; a wrong
     * passphrase is a problem coded {@link org.careplanner.exchange.TransferFile#PASSPHRASE_WRONG}.
     */
    ImportReport importFile(Path file, TransferPassphrase passphrase, BooleanSupplier cancelled);

    /** Writes every plan's latest version as an encrypted transfer file to {@code file}; returns how many plans. */
    int exportAllEncrypted(Path file, TransferPassphrase passphrase, BooleanSupplier cancelled);

    /** Writes every plan's latest version as a bundle to {@code file}; returns how many plans. */
    int exportAll(Path file, BooleanSupplier cancelled);

    /** Writes every plan's support lines as the finance CSV to {@code file}; returns how many plans. */
    int exportCostingCsv(Path file, BooleanSupplier cancelled);

    /** Backs the whole store up to {@code zip}. */
    void backUp(Path zip, BooleanSupplier cancelled);
}
