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
     * What a search word is matched against: every ending of every word of a folded name ("zoe" gives "zoe", "oe",
     * "e"). A search word is part of a word of the name exactly when it starts one of these endings, so an index of
     * them finds by any part of a word, as a search through the whole name did, without reading every name.
     */
    static Set<String> words(String folded) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : folded.split(" ")) {
            for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                out.add(word.substring(i));
            }
        }
        return out;
    }
}
