package org.careplanner.ui.home;

import java.util.List;
import org.careplanner.store.PlanSummary;

/** Where the home screen gets its list of plans. Called off the JavaFX Application Thread: it may read the store. */
@FunctionalInterface
public interface PlanShelf {

    /** No store: an empty list (used before a store is open, and in screen tests). */
    PlanShelf EMPTY = List::of;

    List<PlanSummary> plans();
}
