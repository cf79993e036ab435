package org.careplanner.domain;

import java.util.Optional;

/**
 * A valid NHS number: ten digits whose last is the Modulus 11 check digit of the first nine
 * (weights 10 down to 2; check = 11 - (sum mod 11); 11 becomes 0; 10 means the number is invalid).
 */
public record NhsNumber(String digits) {

    public NhsNumber {
        Optional<String> problem = problemWith(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Accepts "943 476 5919", "943-476-5919" or "9434765919". */
    public static NhsNumber parse(String text) {
        return new NhsNumber(normalise(text));
    }

    /** The reason a typed NHS number is not valid, in plain English, or empty when it is valid. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the NHS number, or leave it out: it is optional.");
        }
        String d = normalise(text);
        if (!d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("An NHS number has digits only (spaces are allowed), for example 943 476 5919.");
        }
        if (d.length() != 10) {
            return Optional.of("An NHS number has 10 digits; this has " + d.length() + ".");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != d.charAt(9) - '0') {
            return Optional.of("This is not a valid NHS number: its check digit does not match. "
                    + "Check it against a letter from the NHS.");
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replace(" ", "").replace("-", "");
    }

    /** The usual 3-3-4 display, "943 476 5919". */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
