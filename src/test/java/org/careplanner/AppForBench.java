package org.careplanner;

import java.time.Clock;
import org.careplanner.store.StoreSettings;

/** For the benchmark only: the store settings the app itself opens its store with (review rule, line costs). */
public final class AppForBench {

    /** The benchmark store's passphrase (made up; the store holds only made-up people). */
    public static final String PASSPHRASE = "benchmark kettle orange";

    private AppForBench() {
    }

    public static StoreSettings storeSettings() {
        // The production key derivation (600,000 iterations), so opening the store is measured as a broker meets it.
        return App.storeSettings(Clock.systemDefaultZone()).withPassphrase(PASSPHRASE.toCharArray());
    }
}
