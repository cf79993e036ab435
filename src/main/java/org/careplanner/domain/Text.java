package org.careplanner.domain;

import java.util.List;

/** Null-safe normalising of record components: absent text is "", absent lists are empty. */
final class Text {
    private Text() {
    }

    static String of(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
