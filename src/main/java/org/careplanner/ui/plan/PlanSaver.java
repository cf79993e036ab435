package org.careplanner.ui.plan;

import org.careplanner.domain.Plan;

/**
 * Where the conversation screen saves the plan it is editing. Called off the JavaFX Application Thread: it may
 * write to the store. Returns the plan as stored (the store may have started a new version).
 */
@FunctionalInterface
public interface PlanSaver {

    Plan save(Plan plan);
}
