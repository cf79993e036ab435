package org.careplanner.domain;

/** What a person typed is not an amount of money; the message says why in plain English. */
public final class MoneyFormatException extends IllegalArgumentException {
    public MoneyFormatException(String message) {
        super(message);
    }
}
