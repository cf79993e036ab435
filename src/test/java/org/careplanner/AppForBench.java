package org.careplanner;

import java.time.Clock;
import org.careplanner.store.StoreSettings;

/** For the benchmark only: the store settings the app itself opens its store with (review rule, line costs). */
public final class AppForBench {

    private AppForBench() {
    }

    public static StoreSettings storeSettings() {
        return App.storeSettings(Clock.systemDefaultZone());
    }
}
