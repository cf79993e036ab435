package org.careplanner.store;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names folded so a search finds a person however their name was typed: case, accents and apostrophe
 * styles do not matter ("zoe" finds "Zoë", "nguyen" finds "Nguyễn", "o’brien" finds "O'Brien").
 * Both the stored column and the search text are folded here, so they always agree.
 */
final class NameFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameFolding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = COMBINING_MARKS.matcher(s).replaceAll("");
        // Letters that do not decompose into a base letter and a mark.
        s = s.replace('đ', 'd').replace('Đ', 'D').replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l')
                .replace('Ł', 'L').replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'');
        s = s.replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-');
        s = s.toLowerCase(Locale.ROOT);
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    /**
     * The words of a folded name that a search word may start: each word, and each part of it after an apostrophe
     * or a hyphen, so "o'brien" is found by "o'b" and by "brien", "smith-jones" by "smith" and by "jones".
     */
    static Set<String> words(String folded) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : folded.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            out.add(word);
            for (int i = 0; i < word.length() - 1; i++) {
                char ch = word.charAt(i);
                if (ch == '\'' || ch == '-') {
                    out.add(word.substring(i + 1));
                }
            }
        }
        return out;
    }
}
