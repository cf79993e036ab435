package org.careplanner.interview;

import java.util.List;

/**
 * What the broker sees for one step, as text.
 *
 * @param process       the name of the step's motivational-interviewing process, with what it is for
 * @param openQuestions questions to ask the person, in the order to offer them
 */
public record StepPrompts(ConversationStep step, String title, String purpose, String process,
                          List<String> openQuestions, OarsReminder oars) {
    public StepPrompts {
        openQuestions = List.copyOf(openQuestions);
    }
}
