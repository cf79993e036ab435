package org.careplanner.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Opening real, encrypted H2 file stores in a test's temporary folder, with the test passphrase. Used by every
 * test that opens a store (here and in other packages).
 */
public final class TestStores {

    /** "Today" for the tests: 1 May 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    /** The passphrase of every test store (made up, meets the passphrase rule). */
    public static final String PASSPHRASE = "test kettle orange bicycle";

    /**
     * Iterations for the test stores' keys. New stores really get 600,000 (PassphraseTest proves it); at that
     * count every one of the suite's hundreds of stores would cost about half a second to open.
     */
    public static final int TEST_ITERATIONS = 1_000;

    private TestStores() {
    }

    /** These settings with the test passphrase (and the test-only iteration count for new stores). */
    public static StoreSettings withTestPassphrase(StoreSettings settings) {
        return settings.withPassphrase(StorePassphrase.weakForTestsOnly(PASSPHRASE.toCharArray(), TEST_ITERATIONS));
    }

    /** The default settings, with the test passphrase. */
    public static StoreSettings defaults() {
        return withTestPassphrase(StoreSettings.defaults());
    }

    static StoreSettings settings() {
        return withTestPassphrase(StoreSettings.defaults().withClock(CLOCK));
    }

    static LocalStore open(Path folder) {
        return LocalStore.open(new DataFolder(folder), settings());
    }

    static LocalStore open(Path folder, NextReviewDate nextReviewDate) {
        return LocalStore.open(new DataFolder(folder), settings().withNextReviewDate(nextReviewDate));
    }

    /** The unlocked key of a test store in {@code folder} (its salt file is made if the folder has none yet). */
    static StoreKey key(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return StoreEncryption.unlock(folder, settings().passphrase());
    }

    /** The H2 password for a test store in {@code folder} (its salt file is made if the folder has none yet). */
    static String password(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return StoreUrl.password(StoreEncryption.unlock(folder, settings().passphrase()));
    }
}
