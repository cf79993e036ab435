package org.careplanner.domain;

/**
 * A health or wellbeing need.
 *
 * @param wellbeingOutcome optional Care Act wellbeing outcome, for social-care needs
 */
public record HealthNeed(String id, String description, WellbeingOutcome wellbeingOutcome) {
    public HealthNeed {
        id = Text.of(id);
        description = Text.of(description);
    }
}
