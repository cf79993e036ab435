package org.careplanner.store;

import java.util.List;
import org.careplanner.domain.Problem;

/**
 * What importing a plan file did. Either the file had problems and nothing in the store changed, or it was
 * imported and {@link #versions()} says what happened to each version in it.
 *
 * @param problems every problem found (each with the JSON path of the value at fault); non-empty means nothing changed
 */
public record ImportReport(List<Problem> problems, List<ImportedVersion> versions) {
    public ImportReport {
        problems = List.copyOf(problems);
        versions = List.copyOf(versions);
    }

    static ImportReport failed(List<Problem> problems) {
        return new ImportReport(problems, List.of());
    }

    public boolean isImported() {
        return problems.isEmpty();
    }

    /** Versions a person should review: plans that were already in the store and differ from the file. */
    public List<ImportedVersion> conflicts() {
        return versions.stream().filter(ImportedVersion::isConflict).toList();
    }
}
