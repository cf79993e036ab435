package org.careplanner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Monitoring and review: who reviews, when it was last done, and what brings it forward. The due dates
 * themselves are computed from the funding streams (see the pricing package's review schedule).
 */
public record ReviewArrangement(String reviewer, LocalDate lastReviewDate, List<ReviewTrigger> earlyReviewTriggers,
                                String notes) {
    public ReviewArrangement {
        reviewer = Text.of(reviewer);
        earlyReviewTriggers = Text.list(earlyReviewTriggers);
        notes = Text.of(notes);
    }

    public static ReviewArrangement empty() {
        return new ReviewArrangement("", null, List.of(), "");
    }
}
