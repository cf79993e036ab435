package org.careplanner.ui.plan;

import java.util.List;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/**
 * A part of the plan that one step edits with more than plain text fields (lists of outcomes, support lines,
 * risks...). The editor fills it from the plan when it opens, writes it back into every snapshot, and asks it for
 * the problems with what is typed but not valid yet. Registered once in {@link PlanEditorViewModel}'s constructor;
 * the step's form gets it back with {@link PlanEditorViewModel#section(Class)}.
 */
interface PlanSection {

    /** Fills the section from the plan being opened. */
    void load(Plan plan);

    /** The plan with this section's part written in: only values that are valid, so the result is a valid plan. */
    Plan applyTo(Plan plan);

    /** What is typed but not valid yet, each at its field's path (as {@link Problem#field()}). */
    List<Problem> problems();

    /** Calls {@code listener} after every change the broker makes in this section. */
    void onChange(Runnable listener);
}
