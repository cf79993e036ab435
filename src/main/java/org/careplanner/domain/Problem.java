package org.careplanner.domain;

import java.util.Objects;

/**
 * One thing wrong with a plan or a value, found by a rule.
 *
 * @param severity whether it blocks agreement
 * @param field    where it is, as a path a screen or a file can point at, e.g. {@code supportLines[2].outcomeIds}
 * @param code     a stable identifier of the rule, e.g. {@code line.no-outcome}, for tests and filtering
 * @param message  plain English for the broker, saying what is wrong and what to do
 */
public record Problem(Severity severity, String field, String code, String message) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem blocking(String field, String code, String message) {
        return new Problem(Severity.BLOCKING, field, code, message);
    }

    public static Problem warning(String field, String code, String message) {
        return new Problem(Severity.WARNING, field, code, message);
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }
}
