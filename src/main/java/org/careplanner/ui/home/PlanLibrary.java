package org.careplanner.ui.home;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;

/**
 * What the home screen needs from the plans store. Every method is called off the JavaFX Application Thread:
 * each may read or write the store.
 */
public interface PlanLibrary {

    /** Plans whose latest version matches, most recently saved first. */
    List<PlanSummary> search(PlanSearch query);

    /** The latest version of a plan; empty when there is no such plan. */
    Optional<Plan> latest(UUID planId);

    /** Saves a plan version (a review's new draft) and returns it as stored. */
    Plan save(Plan plan);

    /** The name of the conversation step the plan was left at, if recorded. */
    Optional<String> resumeStep(UUID planId);

    /** Records the conversation step the broker is on in a plan. */
    void rememberStep(UUID planId, String step);

    /**
     * Runs {@code then} once the store behind this library can be asked (at once, unless it is still being opened:
     * then when its opening ends, well or not), so a read waits for the store without holding a thread (ADR 0027).
     */
    default void whenOpen(Runnable then) {
        then.run();
    }

    /**
     * A library that only lists what the shelf gives, whatever the search (screen tests and a window without a
     * store): nothing can be opened from it and nothing is saved.
     */
    static PlanLibrary listing(PlanShelf shelf) {
        return new PlanLibrary() {
            @Override
            public List<PlanSummary> search(PlanSearch query) {
                return shelf.plans();
            }

            @Override
            public Optional<Plan> latest(UUID planId) {
                return Optional.empty();
            }

            @Override
            public Plan save(Plan plan) {
                return plan;
            }

            @Override
            public Optional<String> resumeStep(UUID planId) {
                return Optional.empty();
            }

            @Override
            public void rememberStep(UUID planId, String step) {
                // nowhere to keep it
            }
        };
    }
}
