package org.careplanner.store;

import java.util.Optional;
import java.util.stream.Collectors;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.ReadResult;

/**
 * Plan versions stored as plan files (org.careplanner.exchange, format version 1): the same document a
 * person exports, so an export is the stored text and a stored version can be checked with the same reader.
 */
public final class PlanFileDocuments implements PlanDocuments {

    /** The plan file format version this codec writes (PlanFileFormat.VERSION in the exchange package). */
    static final int FORMAT_VERSION = 1;

    /**
     * Made on first use, not with the settings: the codec loads Jackson (about 400 classes), which the passphrase
     * window does not need; settings are built before it (ADR 0027).
     */
    private volatile PlanFile planFile;

    private PlanFile planFile() {
        PlanFile made = planFile;
        if (made == null) {
            synchronized (this) {
                made = planFile;
                if (made == null) {
                    made = new PlanFile();
                    planFile = made;
                }
            }
        }
        return made;
    }

    @Override
    public String write(Plan plan) {
        return planFile().write(plan);
    }

    /**
     * The plan a stored document holds. The store's documents are written by {@link #write} alone (a file from
     * outside is read with every check by the import first, then written afresh), so they are read back without the
     * checks of a file from outside (docs/decisions/0020); one that is not in the written form after all is read
     * with those checks, which say what is wrong.
     */
    @Override
    public Plan read(String document) {
        Optional<Plan> asWritten = planFile().readAsWritten(document);
        if (asWritten.isPresent()) {
            return asWritten.get();
        }
        ReadResult result = planFile().read(document);
        if (!result.isOk()) {
            // Problem codes and paths only: the messages may quote values, which can be personal data.
            String where = result.problems().stream().map(p -> p.code() + " at " + p.field())
                    .limit(5).collect(Collectors.joining("; "));
            throw new StoreException("A stored plan version could not be read (" + where + "). "
                    + "Restore the store from a backup, or contact support.");
        }
        return result.onlyPlan();
    }

    @Override
    public String canonical(Plan plan) {
        return planFile().canonical(plan);
    }

    @Override
    public int formatVersion() {
        return FORMAT_VERSION;
    }
}
