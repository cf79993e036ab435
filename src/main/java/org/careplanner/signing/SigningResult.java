package org.careplanner.signing;

import java.util.List;
import java.util.Optional;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/**
 * What signing gave: the signed, sealed version as stored, or every reason it could not be signed (then
 * nothing was stored).
 */
public record SigningResult(Optional<Plan> signed, List<Problem> problems) {

    public SigningResult {
        problems = List.copyOf(problems);
        if (signed.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("A signing result holds the signed plan or the problems, not both");
        }
    }

    static SigningResult signed(Plan plan) {
        return new SigningResult(Optional.of(plan), List.of());
    }

    static SigningResult refused(List<Problem> problems) {
        return new SigningResult(Optional.empty(), problems);
    }

    public boolean isSigned() {
        return signed.isPresent();
    }
}
