package org.careplanner.store;

import java.util.UUID;

/** A plan id that is not in the store. */
public final class UnknownPlanException extends StoreException {
    private final UUID planId;

    public UnknownPlanException(UUID planId) {
        super("There is no plan " + planId + " in this store. Run \"careplanner list\" to see the plans it holds.");
        this.planId = planId;
    }

    public UUID planId() {
        return planId;
    }
}
