package org.careplanner.domain;

import java.time.LocalDate;

/**
 * Something the person wants to achieve, in their own words.
 *
 * @param importance    optional 0-10 ruler answer
 * @param confidence    optional 0-10 ruler answer
 * @param stageOfChange optional
 */
public record Outcome(
        String id,
        String inPersonsWords,
        String howProgressWillBeSeen,
        LocalDate targetDate,
        Integer importance,
        Integer confidence,
        StageOfChange stageOfChange) {

    public Outcome {
        id = Text.of(id);
        inPersonsWords = Text.of(inPersonsWords);
        howProgressWillBeSeen = Text.of(howProgressWillBeSeen);
    }
}
