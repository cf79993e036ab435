package org.careplanner.store;

import java.util.List;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanRules;
import org.careplanner.domain.Problem;

/**
 * The rules an imported plan marked agreed (or later) must meet. The composition root plugs in the pricing
 * package's whole assessment, so an overspent "agreed" plan is refused like any other broken rule.
 */
@FunctionalInterface
public interface PlanChecks {

    /** The plan rules that need no prices (used until pricing is plugged in). */
    PlanChecks WITHOUT_PRICES = new PlanRules(ExclusionList.DEFAULT)::check;

    List<Problem> check(Plan plan);
}
