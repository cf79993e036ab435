package org.careplanner.store;

import java.sql.SQLException;

/**
 * The store could not do what was asked. The message is plain English for the person using CarePlanner:
 * it says what happened and what to do, and names no person (ids only).
 *
 * <p>The cause is kept for support, but scrubbed: H2's and Flyway's messages quote the SQL statement, and a
 * constraint violation quotes the row's values (a person's name). Each throwable in the cause chain is replaced by
 * an {@link UnderlyingError} naming only its class (and for SQL errors the H2 error code and SQL state) with the
 * original stack trace, so a stack trace printed or logged anywhere carries no SQL text and no personal detail.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, scrubbed(cause, 0));
    }

    /** The chain from {@code cause} down, each link without its message (a StoreException's is already safe). */
    private static Throwable scrubbed(Throwable cause, int depth) {
        if (cause == null || depth > 16) {
            return null;
        }
        if (cause instanceof StoreException || cause instanceof UnderlyingError) {
            return cause;
        }
        return new UnderlyingError(cause, scrubbed(cause.getCause() == cause ? null : cause.getCause(), depth + 1));
    }

    /** A cause with its message left out: its class, the H2 error code and SQL state, and where it was thrown. */
    public static final class UnderlyingError extends Exception {

        private UnderlyingError(Throwable original, Throwable cause) {
            super(describe(original), cause, false, true);
            setStackTrace(original.getStackTrace());
        }

        private static String describe(Throwable t) {
            if (t instanceof SQLException sql) {
                return t.getClass().getName() + " (H2 error " + sql.getErrorCode() + ", SQL state " + sql.getSQLState()
                        + "; message left out: it may quote SQL and values)";
            }
            return t.getClass().getName() + " (message left out: it may quote SQL, values or file names)";
        }
    }
}
