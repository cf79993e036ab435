package org.careplanner.security;

import java.util.Optional;

/**
 * The least a new passphrase must be: at least 10 characters (a short sentence or four words is easier to
 * remember and stronger than a short password), not one character repeated, and typed the same twice.
 * Checked when a store is given its first passphrase and when the passphrase is changed.
 */
public final class PassphraseRule {

    public static final int MINIMUM_LENGTH = 10;

    private PassphraseRule() {
    }

    /** What is wrong with a new passphrase, in words for the person choosing it; empty when it will do. */
    public static Optional<String> problemWith(char[] passphrase) {
        int length = passphrase == null ? 0 : Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MINIMUM_LENGTH) {
            return Optional.of("A passphrase needs at least " + MINIMUM_LENGTH + " characters: four ordinary words, "
                    + "such as \"kettle orange bicycle Tuesday\", are easy to remember and hard to guess.");
        }
        boolean allTheSame = true;
        for (char c : passphrase) {
            allTheSame &= c == passphrase[0];
        }
        if (allTheSame) {
            return Optional.of("A passphrase of one character repeated is too easy to guess: use a few words.");
        }
        if (String.valueOf(passphrase).isBlank()) {
            return Optional.of("A passphrase cannot be only spaces.");
        }
        return Optional.empty();
    }

    /** As {@link #problemWith}, also checking the second typing matches the first. */
    public static Optional<String> problemWith(char[] passphrase, char[] confirmation) {
        Optional<String> problem = problemWith(passphrase);
        if (problem.isPresent()) {
            return problem;
        }
        if (!java.util.Arrays.equals(passphrase, confirmation)) {
            return Optional.of("The two passphrases are not the same: type it again in both boxes.");
        }
        return Optional.empty();
    }
}
