package org.careplanner.exchange;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Turns the format's names into words a broker can read, and guesses what a mistyped field meant. */
final class FieldNames {

    private FieldNames() {
    }

    /** "supportLines" → "support lines", "SupportLine" → "support line", "NHS" stays as it is. */
    static String words(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            boolean startsWord = Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camelCase.charAt(i - 1));
            if (startsWord) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** "a support line", "an outcome". */
    static String withArticle(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** The known name closest to a mistyped one (at most two letters out), if any. */
    static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String name : known) {
            int d = distance(typed.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein edit distance; names are short, so the quadratic table is fine. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "1,000,000". */
    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    static String child(String parent, String field) {
        return parent + "." + field;
    }

    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
