package org.careplanner.print;

import java.util.List;

/**
 * A printed plan: its PDF, and the parts of the plan (in the printed plan's own words, e.g. "About me › A good
 * day") that hold a character no font on this computer has, printed as a white square. Empty when every
 * character printed. The parts are plain words, never the plan's text: they can be shown and logged (ADR 0036).
 */
public record PrintedPlan(byte[] pdf, List<String> unprintableIn) {

    public PrintedPlan {
        unprintableIn = List.copyOf(unprintableIn);
    }

    /** Whether every character of the plan printed as written. */
    public boolean complete() {
        return unprintableIn.isEmpty();
    }
}
