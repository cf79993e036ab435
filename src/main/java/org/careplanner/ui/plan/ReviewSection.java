package org.careplanner.ui.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.ReviewArrangement;
import org.careplanner.domain.ReviewTrigger;

/**
 * Step 8, checking how it is going: who reviews the plan, when it was last reviewed (for a plan that is itself a
 * review), what brings a review forward, and notes. The due dates follow from the start date and the funding
 * streams (the pricing package's review schedule); the start date is edited in step 7.
 */
final class ReviewSection implements PlanSection {

    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty lastReview = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final Map<ReviewTrigger, BooleanProperty> triggers = new EnumMap<>(ReviewTrigger.class);
    private final List<Runnable> listeners = new ArrayList<>();
    private LocalDate loadedLastReview;

    ReviewSection() {
        for (ReviewTrigger t : ReviewTrigger.values()) {
            triggers.put(t, new SimpleBooleanProperty(false));
        }
        reviewer.addListener(o -> fire());
        lastReview.addListener(o -> fire());
        notes.addListener(o -> fire());
        triggers.values().forEach(p -> p.addListener(o -> fire()));
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    @Override
    public void load(Plan plan) {
        ReviewArrangement r = plan.review();
        loadedLastReview = r.lastReviewDate();
        reviewer.set(r.reviewer());
        lastReview.set(DateInput.show(r.lastReviewDate()));
        notes.set(r.notes());
        triggers.forEach((t, p) -> p.set(r.earlyReviewTriggers().contains(t)));
    }

    @Override
    public Plan applyTo(Plan plan) {
        LocalDate last = lastReview.get().isBlank() ? null
                : DateInput.parse(lastReview.get()).orElse(loadedLastReview);
        loadedLastReview = last;
        List<ReviewTrigger> chosen = triggers.entrySet().stream().filter(e -> e.getValue().get())
                .map(Map.Entry::getKey).toList();
        return plan.edit().review(new ReviewArrangement(reviewer.get().strip(), last, chosen, notes.get().strip()))
                .done();
    }

    @Override
    public List<Problem> problems() {
        List<Problem> found = new ArrayList<>();
        DateInput.problem(lastReview.get()).ifPresent(m ->
                found.add(Problem.blocking("review.lastReviewDate", "review.last-review-date", m)));
        return found;
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    StringProperty reviewerProperty() {
        return reviewer;
    }

    StringProperty lastReviewProperty() {
        return lastReview;
    }

    StringProperty notesProperty() {
        return notes;
    }

    BooleanProperty trigger(ReviewTrigger t) {
        return triggers.get(t);
    }
}
