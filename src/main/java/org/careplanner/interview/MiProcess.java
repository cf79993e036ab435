package org.careplanner.interview;

import java.util.Locale;

/**
 * The four processes of motivational interviewing. Each builds on the one before, and a conversation goes back
 * to an earlier one whenever it needs to.
 */
public enum MiProcess {
    /** Build the relationship; find out what the person's life is like. */
    ENGAGING,
    /** Agree what to work on. */
    FOCUSING,
    /** Draw out the person's own reasons for change and their belief they can do it. */
    EVOKING,
    /** Work out together how they will get there. */
    PLANNING;

    /** Bundle key of the process's name and what it is for, for the broker. */
    public String labelKey() {
        return "interview.process." + name().toLowerCase(Locale.ROOT);
    }
}
