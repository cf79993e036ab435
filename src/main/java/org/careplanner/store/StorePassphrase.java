package org.careplanner.store;

import java.util.Arrays;
import org.careplanner.security.KeyDerivation;

/**
 * The passphrase a store is opened with, and the iteration count a NEW store's key is derived with. An
 * existing store always uses the count recorded in its salt file. Never printed: {@link #toString} hides it.
 *
 * <p>Production code only ever uses {@link #NOT_GIVEN} and {@link #withChars}, so new stores get
 * {@link KeyDerivation#ITERATIONS} (600,000). {@link #weakForTestsOnly} exists so that the test suite, which
 * makes hundreds of stores, does not spend half a second on each; an ArchUnit rule forbids it outside tests.
 */
public final class StorePassphrase {

    /** No passphrase yet (the composition root's settings, before anyone has typed one). */
    public static final StorePassphrase NOT_GIVEN = new StorePassphrase(null, KeyDerivation.ITERATIONS);

    private final char[] chars;
    private final int newStoreIterations;

    private StorePassphrase(char[] chars, int newStoreIterations) {
        this.chars = chars == null ? null : chars.clone();
        this.newStoreIterations = newStoreIterations;
    }

    /** TESTS ONLY: new stores opened with this passphrase record {@code iterations} instead of 600,000. */
    public static StorePassphrase weakForTestsOnly(char[] chars, int iterations) {
        return new StorePassphrase(chars, iterations);
    }

    /** This passphrase (copied), keeping the iteration count for new stores. */
    public StorePassphrase withChars(char[] newChars) {
        return new StorePassphrase(newChars, newStoreIterations);
    }

    public boolean isGiven() {
        return chars != null;
    }

    /** A copy of the passphrase: the caller wipes it. */
    char[] chars() {
        if (chars == null) {
            throw new StoreException("CarePlanner needs the store's passphrase to open it.");
        }
        return chars.clone();
    }

    int newStoreIterations() {
        return newStoreIterations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorePassphrase p && Arrays.equals(chars, p.chars) && newStoreIterations == p.newStoreIterations;
    }

    @Override
    public int hashCode() {
        return newStoreIterations;
    }

    @Override
    public String toString() {
        return isGiven() ? "StorePassphrase[given]" : "StorePassphrase[not given]";
    }
}
