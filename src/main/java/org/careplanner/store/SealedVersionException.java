package org.careplanner.store;

/** An attempt to change a signed or approved plan version, which never changes again. */
public final class SealedVersionException extends StoreException {
    public SealedVersionException(String message, Throwable cause) {
        super(message, cause);
    }

    public SealedVersionException(String message) {
        super(message);
    }
}
