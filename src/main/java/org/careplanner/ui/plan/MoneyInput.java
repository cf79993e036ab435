package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.math.BigDecimal;
import java.util.Optional;
import org.careplanner.domain.Money;
import org.careplanner.domain.MoneyFormatException;

/**
 * What the broker types in a money or number field, read as the domain reads it: {@link Money#parse} for money
 * (its plain messages), a plain decimal for quantities and hours. A blank field is "not given", not a problem.
 * What may be typed at all (length, characters) is {@link org.careplanner.ui.FieldInput}'s to refuse.
 */
final class MoneyInput {

    /** Longest money or number text: "£999,999,999.99" is 15 characters. */
    static final int MAX_NUMBER = org.careplanner.domain.TextLimits.MONEY;
    /** Longest one-line text in the costing (descriptions, names). */
    static final int MAX_LINE = org.careplanner.domain.TextLimits.SHORT_TEXT;
    /** Most decimal places in a quantity or hours a week (e.g. 7.5 hours, 0.25 of a session). */
    private static final int MAX_DECIMALS = 2;
    /** Most hours in a week, or units in one period: beyond it a typing slip, not a plan. */
    static final BigDecimal MAX_QUANTITY = org.careplanner.ui.FieldInput.MAX_QUANTITY;

    private MoneyInput() {
    }

    /** The plain message for money text that is not an amount of £0 or more; empty when it is one, or blank. */
    static Optional<String> moneyProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Money m = Money.parse(text);
            return m.isNegative() ? Optional.of(TEXT.getString("costing.problem.negativeMoney")) : Optional.empty();
        } catch (MoneyFormatException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The amount typed, when it is a valid amount of £0 or more. */
    static Optional<Money> money(String text) {
        return moneyProblem(text).isPresent() || text == null || text.isBlank()
                ? Optional.empty() : Optional.of(Money.parse(text));
    }

    /** The plain message for number text that is not a number of 0 or more with at most two decimals. */
    static Optional<String> numberProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            return Optional.of(TEXT.getString("costing.problem.negativeNumber"));
        }
        if (!s.matches("\\d*(\\.\\d*)?") || s.equals(".")) {
            return Optional.of(java.text.MessageFormat.format(TEXT.getString("costing.problem.notANumber"), s));
        }
        BigDecimal n = new BigDecimal(s.endsWith(".") ? s + "0" : s);
        if (n.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of(TEXT.getString("costing.problem.tooManyDecimals"));
        }
        if (n.compareTo(MAX_QUANTITY) > 0) {
            return Optional.of(TEXT.getString("costing.problem.tooLarge"));
        }
        return Optional.empty();
    }

    /** The number typed, when it is valid. */
    static Optional<BigDecimal> number(String text) {
        return numberProblem(text).isPresent() || text == null || text.isBlank()
                ? Optional.empty() : Optional.of(new BigDecimal(text.strip().endsWith(".")
                ? text.strip() + "0" : text.strip()));
    }

    /** Money as the broker would type it back: "1234.50" shows as "£1,234.50". */
    static String show(Money money) {
        return money == null ? "" : money.format();
    }
}
