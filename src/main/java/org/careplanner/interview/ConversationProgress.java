package org.careplanner.interview;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Severity;

/**
 * Where the conversation has got to with a plan: each step's status, which steps can be visited, and the step
 * to resume at. A value computed from a plan snapshot and its problems (for example from {@code new
 * PlanRules(ExclusionList.DEFAULT).check(plan)}, with the pricing package's problems added); recompute it after
 * each edit.
 *
 * <p>A step's status: {@link StepStatus#HAS_PROBLEMS} when a blocking problem other than an empty part is on one
 * of its fields; otherwise {@link StepStatus#NOT_STARTED} while nothing is written in its parts and no quote or
 * note was written during it; {@link StepStatus#IN_PROGRESS} while a part is still empty (for the summary: nobody
 * has signed) or a warning stands; else {@link StepStatus#COMPLETE}.
 *
 * @param statuses    every step's status, in conversation order
 * @param personNamed whether the person's name is written down, which opens every step after the first
 * @param resumeAt    the step to go back to when the plan is opened again
 */
public record ConversationProgress(Map<ConversationStep, StepStatus> statuses, boolean personNamed,
                                   ConversationStep resumeAt) {

    /** The code {@link org.careplanner.domain.PlanRules} gives a part of the plan that is still empty. */
    static final String EMPTY_SECTION = "section.empty";

    public ConversationProgress {
        statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
    }

    /**
     * @param lastVisited the step the broker was on when the plan was last closed, if it was recorded
     */
    public static ConversationProgress of(Plan plan, List<Problem> problems, Optional<ConversationStep> lastVisited) {
        Map<ConversationStep, StepStatus> statuses = new EnumMap<>(ConversationStep.class);
        for (ConversationStep step : ConversationStep.values()) {
            statuses.put(step, statusOf(step, plan, problems));
        }
        return new ConversationProgress(statuses, StepContent.hasPersonsName(plan),
                resumeAt(plan, statuses, lastVisited));
    }

    public StepStatus status(ConversationStep step) {
        return statuses.get(step);
    }

    public boolean canVisit(ConversationStep step) {
        return step.isFirst() || personNamed;
    }

    /** The first step can always be visited; the others once the person's name is written down. */
    public static boolean canVisit(ConversationStep step, Plan plan) {
        return step.isFirst() || StepContent.hasPersonsName(plan);
    }

    public static StepStatus statusOf(ConversationStep step, Plan plan, List<Problem> problems) {
        List<Problem> own = problems.stream().filter(p -> ConversationStep.forField(p.field()) == step).toList();
        if (own.stream().anyMatch(p -> p.isBlocking() && !EMPTY_SECTION.equals(p.code()))) {
            return StepStatus.HAS_PROBLEMS;
        }
        if (!StepContent.isStarted(step, plan)) {
            return StepStatus.NOT_STARTED;
        }
        if (own.stream().anyMatch(p -> p.isBlocking() || p.severity() == Severity.WARNING)
                || !StepContent.isFilledIn(step, plan)) {
            return StepStatus.IN_PROGRESS;
        }
        return StepStatus.COMPLETE;
    }

    /**
     * The last step visited, if recorded and still open; otherwise the first step that is not complete; the
     * summary when all are.
     */
    private static ConversationStep resumeAt(Plan plan, Map<ConversationStep, StepStatus> statuses,
                                             Optional<ConversationStep> lastVisited) {
        if (lastVisited.isPresent() && canVisit(lastVisited.get(), plan)) {
            return lastVisited.get();
        }
        if (!StepContent.hasPersonsName(plan)) {
            return ConversationStep.first();
        }
        return statuses.entrySet().stream()
                .filter(e -> e.getValue() != StepStatus.COMPLETE)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(ConversationStep.SUMMARY);
    }
}
