package org.careplanner.ui.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        return store().plans().latest(planId);
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
        int count = store().plans().planIds().size();
        writeWhole(file, store().transfer().exportAllEncrypted(passphrase, cancelled), cancelled);
        return count;
    }

    @Override
    public int exportAll(Path file, BooleanSupplier cancelled) {
        int count = store().plans().planIds().size();
        writeWhole(file, store().transfer().exportAll(cancelled), cancelled);
        return count;
    }

    @Override
    public int exportCostingCsv(Path file, BooleanSupplier cancelled) {
        int count = store().plans().planIds().size();
        writeWhole(file, store().transfer().costingCsvOfAll(cancelled), cancelled);
        return count;
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

    private static void writeWhole(Path file, String text, BooleanSupplier cancelled) {
        writeWhole(file, text.getBytes(StandardCharsets.UTF_8), cancelled);
    }

    /**
     * Writes the bytes to a new file beside the target and moves it into place, so a file is whole or absent. For an
     * encrypted export the bytes are already encrypted: nothing plain is written, not even for a moment.
     */
    private static void writeWhole(Path file, byte[] bytes, BooleanSupplier cancelled) {
        stopIf(cancelled);
        Path folder = file.toAbsolutePath().getParent();
        try {
            Path temporary = Files.createTempFile(folder, ".careplanner-export", ".tmp");
            try {
                Files.write(temporary, bytes);
                stopIf(cancelled);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be written: " + e.getMessage(), e);
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
