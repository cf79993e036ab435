package org.careplanner.ui.lock;

/**
 * Changing the store's passphrase, as the "Change passphrase…" dialog needs it (App gives the open store's).
 * Both methods run off the JavaFX Application Thread: the change re-encrypts the whole store file.
 */
public interface PassphraseChange {

    /** What became of a change. */
    sealed interface Outcome {
        /** The store now opens with the new passphrase only. */
        record Changed() implements Outcome {
        }

        /** The current passphrase typed is not the store's: nothing was changed. */
        record WrongCurrent() implements Outcome {
        }

        /** The change could not be made (the store says why in plain words): nothing was changed, or it says so. */
        record Failed(String message) implements Outcome {
        }
    }

    /** Re-encrypts the store from {@code current} to {@code next}; the caller wipes both arrays. */
    Outcome change(char[] current, char[] next);

    /** A fresh automatic backup, made under the new passphrase; whether it was made (a failure is only logged). */
    boolean backUp();
}
