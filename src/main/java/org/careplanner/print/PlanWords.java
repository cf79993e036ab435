package org.careplanner.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printed plan's text, from {@code PrintedPlan.properties}, so it can be reviewed and translated. */
final class PlanWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.careplanner.print.PrintedPlan", Locale.UK);

    /** The text for {@code key}, with {0}, {1} ... replaced by the arguments in order. */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The plain words for an enum value under {@code prefix}, or its name in lower case when none are given. */
    String of(String prefix, Enum<?> value) {
        String key = prefix + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The person's own words, in quotation marks. */
    static String quoted(String words) {
        return "\u201c" + words.strip() + "\u201d";
    }
}
