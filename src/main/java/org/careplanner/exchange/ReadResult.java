package org.careplanner.exchange;

import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/**
 * What reading a plan file gave: either the plans (one for a plan file, one or more for a bundle) and no
 * problems, or every problem found and no plans. Never both: a file with any problem is not imported.
 *
 * <p>Each problem's {@code field} is the JSON path of the value at fault, e.g.
 * {@code $.plan.supportLines[2].unitPrice}, or {@code $} for the file as a whole.
 */
public record ReadResult(List<Plan> plans, List<Problem> problems) {

    public ReadResult {
        plans = List.copyOf(plans);
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !plans.isEmpty()) {
            throw new IllegalArgumentException("A read result holds plans or problems, not both");
        }
    }

    static ReadResult of(List<Plan> plans) {
        return new ReadResult(plans, List.of());
    }

    static ReadResult failed(List<Problem> problems) {
        return new ReadResult(List.of(), problems);
    }

    public boolean isOk() {
        return problems.isEmpty();
    }

    /** The plan of a single-plan file (or a bundle of one). */
    public Plan onlyPlan() {
        if (plans.size() != 1) {
            throw new IllegalStateException("Expected exactly one plan, found " + plans.size()
                    + (problems.isEmpty() ? "" : " and " + problems.size() + " problems"));
        }
        return plans.get(0);
    }
}
