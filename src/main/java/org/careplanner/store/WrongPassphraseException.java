package org.careplanner.store;

/** The passphrase does not match the store's check value: the database file was not opened or touched. */
public final class WrongPassphraseException extends StoreException {

    WrongPassphraseException() {
        super("That passphrase does not open this store. Check Caps Lock and the keyboard layout, and try again.");
    }
}
