package org.careplanner.store;

import java.util.HexFormat;
import org.careplanner.security.KeyDerivation;

/**
 * A store's unlocked key: what H2 is given as its file password (the 256-bit derived key as hex), never the
 * passphrase. H2 stretches it again with its own 10 PBKDF2 rounds, which is harmless on a random 256-bit secret.
 */
final class StoreKey {

    private final char[] fileHex;

    private StoreKey(char[] fileHex) {
        this.fileHex = fileHex;
    }

    static StoreKey of(byte[] derived) {
        return new StoreKey(HexFormat.of().formatHex(derived).toCharArray());
    }

    /** H2's file password alone (for its ChangeFileEncryption tool, which takes no user password). */
    char[] filePassword() {
        return fileHex.clone();
    }

    /** H2's password field for an encrypted database: "filePassword userPassword" (the user's is empty). */
    char[] connectionPassword() {
        char[] p = new char[fileHex.length + 1];
        System.arraycopy(fileHex, 0, p, 0, fileHex.length);
        p[fileHex.length] = ' ';
        return p;
    }

    /** As {@link #connectionPassword}, for Flyway, whose data source takes only a String. */
    String connectionPasswordText() {
        return new String(connectionPassword());
    }

    void wipe() {
        KeyDerivation.wipe(fileHex);
    }

    @Override
    public String toString() {
        return "StoreKey[hidden]";
    }
}
