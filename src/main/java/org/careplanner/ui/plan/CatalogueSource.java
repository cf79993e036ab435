package org.careplanner.ui.plan;

import java.util.List;
import org.careplanner.store.CatalogueEntry;

/**
 * Where the support step reads the service catalogue from. Called off the JavaFX Application Thread (it reads the
 * store), once when the step opens.
 */
@FunctionalInterface
public interface CatalogueSource {

    /** No catalogue (screen tests, or no store): only custom and personal-assistant lines can be added. */
    CatalogueSource NONE = List::of;

    List<CatalogueEntry> entries();
}
