package org.careplanner.pricing;

/** A rates table could not be read: the message says what is wrong in plain English. */
public class RatesFormatException extends RuntimeException {
    public RatesFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
