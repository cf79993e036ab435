package org.careplanner;

import java.time.Clock;
import org.careplanner.store.StoreSettings;

/** For the benchmark only: the store settings the app itself opens its store with (review rule, line costs). */
public final class AppForBench {

    private AppForBench() {
    }

    public static StoreSettings storeSettings() {
        // The production key derivation (600,000 iterations), so opening the store is measured as a broker meets it.
        return App.storeSettings(Clock.systemDefaultZone()).withPassphrase("benchmark kettle orange".toCharArray());
    }
}
