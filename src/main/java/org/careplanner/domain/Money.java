package org.careplanner.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of pounds sterling, held as whole pence. Never floating point.
 *
 * <p>Parsing and en-GB formatting of money live here and nowhere else. Every conversion from a
 * more precise amount names its rounding mode at the call site ({@link #of(BigDecimal, RoundingMode)}).
 */
public final class Money implements Comparable<Money> {

    /** The largest amount we accept from a person or a file: £999,999,999.99. */
    public static final long MAX_PENCE = 99_999_999_999L;

    public static final Money ZERO = new Money(0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern FRACTION = Pattern.compile("\\d{1,2}");

    private final long pence;

    private Money(long pence) {
        this.pence = pence;
    }

    public static Money ofPence(long pence) {
        if (Math.abs(pence) > MAX_PENCE) {
            throw new ArithmeticException("Amount out of range: " + pence + " pence");
        }
        return pence == 0 ? ZERO : new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return ofPence(Math.multiplyExact(pounds, 100L));
    }

    /** An amount with at most two decimals, e.g. {@code new BigDecimal("12.50")}. */
    public static Money of(BigDecimal pounds) {
        BigDecimal pence = pounds.movePointRight(2);
        if (pence.stripTrailingZeros().scale() > 0) {
            throw new ArithmeticException("Not a whole number of pence: " + pounds.toPlainString());
        }
        if (pence.abs().compareTo(BigDecimal.valueOf(MAX_PENCE)) > 0) {
            throw new ArithmeticException("Amount out of range: £" + pounds.toPlainString());
        }
        return ofPence(pence.longValueExact());
    }

    /** Rounds a precise amount of pounds to the penny with the rounding mode the caller names. */
    public static Money of(BigDecimal pounds, RoundingMode rounding) {
        return of(pounds.setScale(2, rounding));
    }

    /**
     * Reads what a person types: "£1,234.5", "1234.50", "12", "-£3.20", " £ 7 ".
     *
     * @throws MoneyFormatException with a plain-English message when the text is not an amount of money
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MoneyFormatException("Enter an amount, for example £12.50.");
        }
        String s = text.strip().replace('\u00a0', ' ');
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = true;
            s = s.substring(1).strip();
        }
        if (s.startsWith("£")) {
            s = s.substring(1).strip();
        } else if (s.startsWith("GBP")) {
            s = s.substring(3).strip();
        }
        if (!negative && (s.startsWith("-") || s.startsWith("\u2212"))) {
            negative = true;
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            throw new MoneyFormatException("Enter a number after the £ sign, for example £12.50.");
        }
        if (s.startsWith("$") || s.startsWith("€") || s.endsWith("€") || s.toUpperCase(Locale.ROOT).startsWith("USD")
                || s.toUpperCase(Locale.ROOT).startsWith("EUR")) {
            throw new MoneyFormatException("Amounts are in pounds (£) only.");
        }
        if (s.endsWith("p") && s.indexOf('.') < 0 && s.indexOf('£') < 0) {
            String digits = s.substring(0, s.length() - 1).strip();
            if (PLAIN.matcher(digits).matches() && digits.length() <= 12) {
                long p = Long.parseLong(digits);
                return checked(negative ? -p : p);
            }
        }
        int dot = s.indexOf('.');
        if (dot != s.lastIndexOf('.')) {
            throw new MoneyFormatException("\"" + text.strip() + "\" has more than one decimal point.");
        }
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty()) {
            whole = "0";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ',' && c != '.') {
                throw new MoneyFormatException("\"" + text.strip() + "\" is not an amount of money: use digits, "
                        + "an optional £ sign and a decimal point, for example £1,234.50.");
            }
        }
        if (whole.indexOf(',') >= 0 && !GROUPED.matcher(whole).matches()) {
            throw new MoneyFormatException("\"" + text.strip() + "\" has commas in the wrong places: "
                    + "write thousands as 1,234 or leave the commas out.");
        }
        if (whole.indexOf(',') < 0 && !PLAIN.matcher(whole).matches()) {
            throw new MoneyFormatException("\"" + text.strip() + "\" is not an amount of money.");
        }
        if (dot >= 0 && fraction.isEmpty()) {
            throw new MoneyFormatException("\"" + text.strip() + "\" ends with a decimal point: add the pence "
                    + "or remove the point.");
        }
        if (!fraction.isEmpty() && !FRACTION.matcher(fraction).matches()) {
            if (fraction.chars().allMatch(Character::isDigit)) {
                throw new MoneyFormatException("\"" + text.strip() + "\" has more than two decimal places: "
                        + "money is in pounds and pence, for example 12.50.");
            }
            throw new MoneyFormatException("\"" + text.strip() + "\" is not an amount of money.");
        }
        String digits = whole.replace(",", "");
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        if (trimmed.length() > 9) {
            throw new MoneyFormatException("\"" + text.strip() + "\" is too large: the most CarePlanner accepts "
                    + "is " + ofPence(MAX_PENCE).format() + ".");
        }
        long pounds = Long.parseLong(trimmed);
        long pennies = fraction.isEmpty() ? 0 : Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
        long total = pounds * 100 + pennies;
        return checked(negative ? -total : total);
    }

    private static Money checked(long pence) {
        if (Math.abs(pence) > MAX_PENCE) {
            throw new MoneyFormatException("That amount is too large: the most CarePlanner accepts is "
                    + ofPence(MAX_PENCE).format() + ".");
        }
        return ofPence(pence);
    }

    public long pence() {
        return pence;
    }

    /** The amount in pounds, scale 2: for exact arithmetic with quantities and rates. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(pence, 2);
    }

    public Money plus(Money other) {
        return ofPence(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return ofPence(Math.subtractExact(pence, other.pence));
    }

    public Money negate() {
        return ofPence(-pence);
    }

    /** Multiplies by an exact factor and rounds once, with the rounding mode the caller names. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return of(toBigDecimal().multiply(factor), rounding);
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public boolean isGreaterThan(Money other) {
        return pence > other.pence;
    }

    public boolean isLessThan(Money other) {
        return pence < other.pence;
    }

    /** en-GB display: "£1,234.50", "-£3.20". */
    public String format() {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String body = f.format(BigDecimal.valueOf(Math.abs(pence), 2));
        return (pence < 0 ? "-£" : "£") + body;
    }

    /** The plain decimal form used in files: "1234.50", "-3.20". */
    public String toPlainString() {
        return toBigDecimal().toPlainString();
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(pence, o.pence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.pence == pence;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pence);
    }

    @Override
    public String toString() {
        return format();
    }
}
