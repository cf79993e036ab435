package org.careplanner.store;

import java.util.List;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;

/**
 * Each support line's annual cost, in plan order, for the finance CSV. The pricing package computes it (weeks
 * per year, PA on-costs, rounding once per line); the composition root plugs it in so the store does not need
 * to know how plans are priced.
 */
@FunctionalInterface
public interface LineCosts {

    /** Used until pricing is plugged in: the CSV's cost column is left empty. */
    LineCosts NOT_KNOWN = plan -> List.of();

    /** One amount per support line, in the plan's order; an empty list when not known. */
    List<Money> annualCosts(Plan plan);
}
