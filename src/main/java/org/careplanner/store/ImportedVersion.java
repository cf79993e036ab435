package org.careplanner.store;

import java.util.UUID;

/**
 * What importing one plan version did.
 *
 * @param storedVersionBefore the plan's latest version in the store before the import, or 0 if it was new
 */
public record ImportedVersion(UUID planId, int version, Result result, int storedVersionBefore) {

    public enum Result {
        /** a plan the store did not have */
        ADDED_NEW_PLAN,
        /** a newer version of a plan the store already had: added beside the stored versions (a conflict to review) */
        ADDED_NEWER_VERSION,
        /** the store already had this version, identical */
        ALREADY_STORED,
        /**
         * not imported: the store has a different version with this number (kept as it is), or the file's version
         * is older than the store's latest and the store lacks it (history is only added to at its end)
         */
        NOT_IMPORTED
    }

    /** Whether a person should look at it: the plan was already in the store and the file differs from it. */
    public boolean isConflict() {
        return result == Result.ADDED_NEWER_VERSION || result == Result.NOT_IMPORTED;
    }
}
