package org.careplanner.store;

import java.util.UUID;

/** A save based on a version that is no longer the plan's latest (e.g. edited in two windows). */
public final class VersionConflictException extends StoreException {
    public VersionConflictException(UUID planId, int attempted, int current) {
        super("Plan " + planId + " has been saved as version " + current + " since version " + attempted
                + " was opened, so this change was not saved. Open the latest version and make the change again.");
    }
}
