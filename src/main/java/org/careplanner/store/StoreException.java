package org.careplanner.store;

/**
 * The store could not do what was asked. The message is plain English for the person using CarePlanner:
 * it says what happened and what to do, and names no person (ids only).
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
