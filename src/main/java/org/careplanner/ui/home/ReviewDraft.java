package org.careplanner.ui.home;

import java.time.Clock;
import java.time.LocalDate;
import org.careplanner.domain.Plan;
import org.careplanner.domain.ReviewArrangement;

/**
 * The start of a review (shared/domain.md: a review "starts the plan's next version", ADR 0013): the plan's next
 * version, a draft, with everything carried over for the broker to go through with the person, signatures and
 * the signed hash cleared, and today recorded as the last review so the next review dates move on a year.
 */
final class ReviewDraft {

    private ReviewDraft() {
    }

    static Plan from(Plan latest, Clock clock) {
        Plan next = latest.nextDraftVersion(clock.instant());
        ReviewArrangement old = next.review();
        ReviewArrangement moved = new ReviewArrangement(old.reviewer(), LocalDate.now(clock),
                old.earlyReviewTriggers(), old.notes());
        return next.edit().review(moved).done();
    }
}
