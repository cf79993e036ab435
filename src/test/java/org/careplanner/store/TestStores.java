package org.careplanner.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Opening real H2 file stores in a test's temporary folder. */
final class TestStores {

    /** "Today" for the tests: 1 May 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    private TestStores() {
    }

    static StoreSettings settings() {
        return StoreSettings.defaults().withClock(CLOCK);
    }

    static LocalStore open(Path folder) {
        return LocalStore.open(new DataFolder(folder), settings());
    }

    static LocalStore open(Path folder, NextReviewDate nextReviewDate) {
        return LocalStore.open(new DataFolder(folder), settings().withNextReviewDate(nextReviewDate));
    }
}
