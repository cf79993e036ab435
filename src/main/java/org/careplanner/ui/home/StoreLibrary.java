package org.careplanner.ui.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.TransferPassphrase;
import org.careplanner.store.ImportReport;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;

/** The home screen's library and long work, done by the local store. */
public final class StoreLibrary implements PlanLibrary, PlanFiles {

    private final java.util.concurrent.CompletableFuture<LocalStore> opening;

    public StoreLibrary(LocalStore store) {
        this(java.util.concurrent.CompletableFuture.completedFuture(store));
    }

    /**
     * A library for a store still being opened (the main window is built while the key is derived, ADR 0027):
     * each call, always off the JavaFX thread, waits until {@code opening} is done; if the store did not open,
     * the call fails with why.
     */
    public StoreLibrary(java.util.concurrent.CompletableFuture<LocalStore> opening) {
        this.opening = opening;
    }

    @Override
    public void whenOpen(Runnable then) {
        opening.whenComplete((store, failure) -> then.run());
    }

    private LocalStore store() {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public List<PlanSummary> search(PlanSearch query) {
        LocalStore open = store();
        long t = System.nanoTime();
        List<PlanSummary> found = open.plans().search(query);
        org.careplanner.store.StartTimes.took("home list query", t);
        return found;
    }

    @Override
    public Optional<Plan> latest(UUID planId) {
        LocalStore open = store();
        long t = System.nanoTime();
        Optional<Plan> plan = open.plans().latest(planId);
        // The first plan read makes the plan file codec when nothing has yet (ADR 0030, 0038).
        org.careplanner.store.StartTimes.took("plan read", t);
        return plan;
    }

    @Override
    public Plan save(Plan plan) {
        return store().plans().saveVersion(plan);
    }

    @Override
    public Optional<String> resumeStep(UUID planId) {
        return store().plans().resumeStep(planId);
    }

    @Override
    public void rememberStep(UUID planId, String step) {
        store().plans().rememberStep(planId, step);
    }

    @Override
    public ImportReport importFile(Path file, BooleanSupplier cancelled) {
        return store().transfer().importFile(file, cancelled);
    }

    @Override
    public ImportReport importFile(Path file, TransferPassphrase passphrase, BooleanSupplier cancelled) {
        return store().transfer().importFile(file, passphrase, cancelled);
    }

    @Override
    public int exportAllEncrypted(Path file, TransferPassphrase passphrase, BooleanSupplier cancelled) {
        // Encrypted as it is written: nothing plain is written, not even for a moment (ADR 0028).
        return writeWhole(file, out -> store().transfer().exportAllEncrypted(out, passphrase, cancelled), cancelled);
    }

    @Override
    public int exportAll(Path file, BooleanSupplier cancelled) {
        return writeWhole(file, out -> store().transfer().exportAll(out, cancelled), cancelled);
    }

    @Override
    public int exportCostingCsv(Path file, BooleanSupplier cancelled) {
        return writeWhole(file, out -> store().transfer().costingCsvOfAll(out, cancelled), cancelled);
    }

    /** Streams the export into a file that is whole or absent (written beside the target, then moved). */
    private static int writeWhole(Path file, org.careplanner.store.WholeFile.Content content,
                                  BooleanSupplier cancelled) {
        stopIf(cancelled);
        try {
            return org.careplanner.store.WholeFile.write(file, content, cancelled);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public void backUp(Path zip, BooleanSupplier cancelled) {
        stopIf(cancelled);
        // H2's BACKUP cannot be stopped part way without interrupting it: a cancel during the copy takes effect
        // when it ends, by removing the file.
        store().backUpTo(zip);
        if (cancelled.getAsBoolean()) {
            deleteQuietly(zip);
            throw new CancellationException("Backup cancelled");
        }
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Cancelled");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(StoreLibrary.class.getName()).log(System.Logger.Level.WARNING,
                    "A cancelled backup's file could not be removed: " + e.getClass().getSimpleName());
        }
    }
}
