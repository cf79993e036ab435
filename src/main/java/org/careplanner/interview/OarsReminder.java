package org.careplanner.interview;

/**
 * A one-line reminder of the OARS skills, with an example of each suited to the step.
 *
 * @param reminder the one line: Open questions, Affirmations, Reflections, Summaries
 */
public record OarsReminder(String reminder, String openQuestion, String affirmation, String reflection,
                           String summary) {

    static final String KEY = "interview.oars.reminder";
}
