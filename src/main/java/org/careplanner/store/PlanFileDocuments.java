package org.careplanner.store;

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

    private final PlanFile planFile = new PlanFile();

    @Override
    public String write(Plan plan) {
        return planFile.write(plan);
    }

    @Override
    public Plan read(String document) {
        ReadResult result = planFile.read(document);
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
        return planFile.canonical(plan);
    }

    @Override
    public int formatVersion() {
        return FORMAT_VERSION;
    }
}
