package org.careplanner.interview;

import java.util.Locale;
import java.util.Objects;
import org.careplanner.domain.StageOfChange;

/**
 * What a stage of change means for the broker: a short prompt, and whether the person is ready to make an action
 * plan. Don't push an action plan before they are ready.
 */
public record StageGuidance(StageOfChange stage) {

    public StageGuidance {
        Objects.requireNonNull(stage, "stage");
    }

    public static StageGuidance of(StageOfChange stage) {
        return new StageGuidance(stage);
    }

    /** True for preparation, action and maintenance; before that (or after a setback), explore, don't plan. */
    public boolean readyForActionPlan() {
        return switch (stage) {
            case PREPARATION, ACTION, MAINTENANCE -> true;
            case PRECONTEMPLATION, CONTEMPLATION, RELAPSE -> false;
        };
    }

    /** Bundle key of the stage's plain name, e.g. "Thinking about it". */
    public String nameKey() {
        return key("name");
    }

    /** Bundle key of the prompt for the broker. */
    public String guidanceKey() {
        return key("guidance");
    }

    private String key(String part) {
        return "interview.stage." + stage.name().toLowerCase(Locale.ROOT) + "." + part;
    }
}
