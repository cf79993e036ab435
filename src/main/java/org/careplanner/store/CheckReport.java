package org.careplanner.store;

import java.util.List;

/**
 * What {@code careplanner check} found (see {@link LocalStore#check()}).
 *
 * @param summary  what was checked, one line each
 * @param problems each thing found wrong: damage, or a change made outside CarePlanner (ids only)
 * @param warnings things to know that are not damage (e.g. a version signed before hashes were recorded)
 */
public record CheckReport(List<String> summary, List<String> problems, List<String> warnings) {

    public CheckReport {
        summary = List.copyOf(summary);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
