package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as the broker types them, day/month/year (14/3/2026), and what is wrong with one that is not a date. */
final class DateInput {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private DateInput() {
    }

    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String show(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "There is no day 31/02/2020...", when the text is written as a date but there is no such day. */
    static Optional<String> noSuchDay(String text) {
        String typed = text.strip();
        return SHAPE.matcher(typed).matches() && parse(typed).isEmpty()
                ? Optional.of(MessageFormat.format(TEXT.getString("problem.date.noSuchDay"), typed)) : Optional.empty();
    }

    /** What is wrong with a date typed (blank is fine: dates here are optional), in plain English. */
    static Optional<String> problem(String text) {
        String typed = text.strip();
        if (typed.isEmpty() || parse(typed).isPresent()) {
            return Optional.empty();
        }
        if (SHAPE.matcher(typed).matches()) {
            return Optional.of(MessageFormat.format(TEXT.getString("problem.date.noSuchDay"), typed));
        }
        return Optional.of(TEXT.getString("problem.date.notADate"));
    }
}
