package org.careplanner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careplanner.domain.Money;
import org.careplanner.domain.MoneyFormatException;
import org.careplanner.domain.NhsNumber;
import org.careplanner.domain.Problem;

/**
 * How single values are written in a plan file, both ways: money as "1234.50", decimals as "52.143", dates
 * as "2026-04-01", instants as "2026-04-01T10:15:30Z", enums by name, the NHS number as its ten digits.
 * Reading returns null and adds a plain-English problem when the value is not in that form.
 */
final class FileValues {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Map<Class<?>, String> EXPECTED = Map.of(
            String.class, "text in quotes",
            Money.class, "an amount in quotes, for example \"12.50\"",
            BigDecimal.class, "a number in quotes, for example \"52.143\"",
            LocalDate.class, "a date in quotes, for example \"2026-04-01\"",
            Instant.class, "a UTC time in quotes, for example \"2026-04-01T10:15:30Z\"",
            UUID.class, "an id (a UUID) in quotes",
            NhsNumber.class, "an NHS number of 10 digits in quotes, for example \"9434765919\"");
    private static final int MAX_WHOLE_DIGITS = 9;
    private static final int MAX_DECIMAL_PLACES = 6;

    private final List<Problem> problems;

    FileValues(List<Problem> problems) {
        this.problems = problems;
    }

    /** Whether values of this type are written as one JSON value rather than an object or a list. */
    static boolean isSingleValue(Class<?> type) {
        return type == String.class || type == Money.class || type == BigDecimal.class || type == LocalDate.class
                || type == Instant.class || type == UUID.class || type == NhsNumber.class || type.isEnum()
                || type == Boolean.class || type == boolean.class || type == Integer.class || type == int.class;
    }

    /** The text form of a value written as a JSON string; booleans and integers are written as JSON literals. */
    static String written(Object value) {
        if (value instanceof Money m) {
            return m.toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof NhsNumber n) {
            return n.digits();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    /** Reads a present, non-null value of a single-value type. */
    Object read(JsonNode node, Class<?> type, String path, int maxTextLength) {
        if (type == Boolean.class || type == boolean.class) {
            return node.isBoolean() ? node.booleanValue() : wrongType(node, "true or false", path);
        }
        if (type == Integer.class || type == int.class) {
            return integer(node, path);
        }
        if (!node.isTextual()) {
            return wrongType(node, expected(type), path);
        }
        String text = node.textValue();
        if (type == String.class) {
            return text(text, path, maxTextLength);
        }
        if (type == Money.class) {
            return money(text, path);
        }
        if (type == BigDecimal.class) {
            return decimal(text, path);
        }
        if (type == LocalDate.class) {
            return date(text, path);
        }
        if (type == Instant.class) {
            return instant(text, path);
        }
        if (type == UUID.class) {
            return UUID_FORM.matcher(text).matches() ? UUID.fromString(text)
                    : problem(path, "value.uuid", quoted(text) + " is not an id in the form of a UUID, for example "
                    + "\"3f1c6e1e-8f2b-4c57-9a0e-2b7d5c1a9e40\".");
        }
        if (type == NhsNumber.class) {
            return nhsNumber(text, path);
        }
        return enumValue(text, type, path);
    }

    static String expected(Class<?> type) {
        String form = EXPECTED.get(type);
        return form != null ? form : "one of " + allowed(type) + " in quotes";
    }

    Object wrongType(JsonNode node, String expected, String path) {
        return problem(path, "value.type", "Expected " + expected + ", but found " + describe(node) + ".");
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            String t = node.textValue();
            return "text (" + quoted(t.length() > 40 ? t.substring(0, 40) + "..." : t) + ")";
        }
        if (node.isNumber()) {
            return "a number (" + node.asText() + ")";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    private Object integer(JsonNode node, String path) {
        if (!node.isIntegralNumber()) {
            return wrongType(node, "a whole number", path);
        }
        if (!node.canConvertToInt()) {
            return problem(path, "value.too-large", node.asText() + " is too large for this field.");
        }
        return node.intValue();
    }

    private Object text(String text, String path, int maxLength) {
        if (text.length() > maxLength) {
            return problem(path, "value.too-long", "This text is " + FieldNames.count(text.length())
                    + " characters long; the most this field may hold is " + FieldNames.count(maxLength) + ".");
        }
        return text;
    }

    private Object money(String text, String path) {
        Money money;
        try {
            money = Money.parse(text);
        } catch (MoneyFormatException e) {
            return problem(path, "value.money", e.getMessage());
        }
        if (money.isNegative()) {
            return problem(path, "value.negative", quoted(text) + " is negative: amounts in a plan are 0.00 or more.");
        }
        if (!text.equals(money.toPlainString())) {
            return problem(path, "value.money-form", "Write " + quoted(text) + " as " + quoted(money.toPlainString())
                    + ": pounds and pence with exactly two decimals, without a £ sign or commas.");
        }
        return money;
    }

    private Object decimal(String text, String path) {
        if (!NUMBER.matcher(text).matches()) {
            return problem(path, "value.decimal", quoted(text) + " is not a number: write digits with an optional "
                    + "decimal point, for example \"52.143\".");
        }
        if (text.startsWith("-")) {
            return problem(path, "value.negative", quoted(text) + " is negative: it must be 0 or more.");
        }
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        if (whole.length() > 1 && whole.startsWith("0")) {
            return problem(path, "value.decimal", "Write " + quoted(text) + " without leading zeros.");
        }
        if (whole.length() > MAX_WHOLE_DIGITS) {
            return problem(path, "value.too-large", quoted(text) + " is too large: at most "
                    + MAX_WHOLE_DIGITS + " digits before the decimal point.");
        }
        if (dot >= 0 && text.length() - dot - 1 > MAX_DECIMAL_PLACES) {
            return problem(path, "value.decimal", quoted(text) + " has more than " + MAX_DECIMAL_PLACES
                    + " decimal places.");
        }
        return new BigDecimal(text);
    }

    private Object date(String text, String path) {
        var parts = DATE.matcher(text);
        if (!parts.matches()) {
            return problem(path, "value.date", quoted(text) + " is not a date in the form YYYY-MM-DD, for example "
                    + "\"2026-04-01\".");
        }
        int year = Integer.parseInt(parts.group(1));
        int month = Integer.parseInt(parts.group(2));
        int day = Integer.parseInt(parts.group(3));
        if (month < 1 || month > 12) {
            return problem(path, "value.date", quoted(text) + " is not a real date: there is no month " + month + ".");
        }
        int days = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > days) {
            return problem(path, "value.date", quoted(text) + " is not a real date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has " + days + " days.");
        }
        return LocalDate.of(year, month, day);
    }

    private Object instant(String text, String path) {
        if (INSTANT.matcher(text).matches()) {
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                // falls through to the problem below
            }
        }
        return problem(path, "value.instant", quoted(text) + " is not a UTC time in the form YYYY-MM-DDThh:mm:ssZ, "
                + "for example \"2026-04-01T10:15:30Z\".");
    }

    private Object nhsNumber(String text, String path) {
        var reason = NhsNumber.problemWith(text);
        if (reason.isPresent()) {
            return problem(path, "value.nhs-number", reason.get());
        }
        if (!TEN_DIGITS.matcher(text).matches()) {
            return problem(path, "value.nhs-number", "Write the NHS number as its 10 digits without spaces, for "
                    + "example \"9434765919\".");
        }
        return new NhsNumber(text);
    }

    private Object enumValue(String text, Class<?> type, String path) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        return problem(path, "value.unknown-choice", quoted(text) + " is not a known "
                + FieldNames.words(type.getSimpleName()) + ": use one of " + allowed(type) + ".");
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** Records a problem and returns null, the value a reader uses for "not read". */
    Object problem(String path, String code, String message) {
        problems.add(Problem.blocking(path, code, message));
        return null;
    }
}
