package org.careplanner.exchange;

import java.util.Optional;
import org.careplanner.security.KeyDerivation;
import org.careplanner.security.PassphraseRule;

/**
 * The passphrase an encrypted transfer file is made or opened with: chosen for that one file and told to the
 * broker on the other laptop (by phone, not written on the stick). It is not the store's passphrase. Never
 * printed: {@link #toString} hides it.
 *
 * <p>Production code only uses {@link #of}, so every file it makes derives its key with
 * {@link KeyDerivation#ITERATIONS} (600,000). {@link #weakForTestsOnly} exists so the tests, which make many
 * files, do not spend a second on each; an ArchUnit rule forbids it outside tests, as for the store's
 * (docs/decisions/0009 and 0017).
 */
public final class TransferPassphrase {

    private final char[] chars;
    private final int iterations;

    private TransferPassphrase(char[] chars, int iterations) {
        this.chars = chars.clone();
        this.iterations = iterations;
    }

    /** This passphrase (copied: the caller may wipe its own array); new files get 600,000 iterations. */
    public static TransferPassphrase of(char[] chars) {
        return new TransferPassphrase(chars, KeyDerivation.ITERATIONS);
    }

    /** TESTS ONLY: files made with this passphrase record {@code iterations} instead of 600,000. */
    public static TransferPassphrase weakForTestsOnly(char[] chars, int iterations) {
        return new TransferPassphrase(chars, iterations);
    }

    /** What is wrong with this passphrase for a NEW file (the same rule as a store's), or empty when it will do. */
    public Optional<String> problemForANewFile() {
        return PassphraseRule.problemWith(chars);
    }

    /** A copy of the passphrase: the caller wipes it. */
    char[] chars() {
        return chars.clone();
    }

    int iterations() {
        return iterations;
    }

    /** Overwrites the passphrase held here, once the file is made or opened. */
    public void wipe() {
        KeyDerivation.wipe(chars);
    }

    @Override
    public String toString() {
        return "TransferPassphrase[hidden]";
    }
}
