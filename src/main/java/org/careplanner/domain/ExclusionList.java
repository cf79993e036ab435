package org.careplanner.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a personal health budget may not buy. An editable list: commissioners add local items.
 * A support line whose category matches an entry (ignoring case and surrounding space) blocks agreement.
 */
public record ExclusionList(List<String> categories) {

    /** The national list from shared/domain.md. */
    public static final ExclusionList DEFAULT = new ExclusionList(List.of(
            "Alcohol",
            "Tobacco",
            "Gambling",
            "Debt repayment",
            "Anything illegal",
            "Emergency or urgent care",
            "Primary care (GP)",
            "Dental services",
            "Services already commissioned from the NHS",
            "Elective private surgery"));

    public ExclusionList {
        categories = Text.list(categories);
    }

    public Optional<String> match(String category) {
        if (category == null || category.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalise(category);
        return categories.stream().filter(c -> normalise(c).equals(wanted)).findFirst();
    }

    public ExclusionList with(String category) {
        return new ExclusionList(java.util.stream.Stream.concat(categories.stream(), java.util.stream.Stream.of(category))
                .toList());
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
