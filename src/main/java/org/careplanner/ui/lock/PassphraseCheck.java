package org.careplanner.ui.lock;

import java.util.Optional;

/**
 * Tries a passphrase (opening the store, or checking it against the open store). Called off the JavaFX
 * Application Thread: it derives a key, which takes about a second. Returns what to tell the person when it
 * did not work ("That passphrase does not open this store..."), or empty when it did.
 */
@FunctionalInterface
public interface PassphraseCheck {

    Optional<String> tryPassphrase(char[] passphrase);
}
