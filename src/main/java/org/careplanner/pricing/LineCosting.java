package org.careplanner.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careplanner.domain.Money;
import org.careplanner.domain.PaEmployment;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SupportLine;

/**
 * Costs every line of a plan, in plan order. Priced lines are unit price x quantity x frequency; lines
 * with personal-assistant details are costed as employment at the rates in force.
 *
 * <p>The Employment Allowance is one allowance per employer, not per PA: it is used up across that
 * employer's PA lines in plan order. Employers are matched ignoring case and surrounding space; PA lines
 * with no employer named are treated as one employer (the cautious reading: it never makes a plan look
 * cheaper), and PlanRules already asks for the employer to be named.
 */
final class LineCosting {

    private LineCosting() {
    }

    /**
     * @param rates the rates in force, or empty when the table has none for the plan's date: PA lines are
     *              then costed at zero with no breakdown, and the pricer reports a blocking problem
     */
    static List<LineCost> cost(Plan plan, Optional<RatesInForce> rates) {
        BigDecimal weeksPerYear = plan.budget().weeksPerYear();
        Map<String, Money> allowanceLeft = new HashMap<>();
        List<LineCost> costs = new ArrayList<>();
        for (SupportLine line : plan.supportLines()) {
            if (!line.isPersonalAssistant()) {
                costs.add(LineCost.of(line, UnitPriceCost.annual(line, weeksPerYear), weeksPerYear, null));
            } else if (rates.isEmpty()) {
                costs.add(LineCost.of(line, Money.ZERO, weeksPerYear, null));
            } else {
                PaCostBreakdown pa = costEmployment(line.pa(), weeksPerYear, rates.get(), allowanceLeft);
                costs.add(LineCost.of(line, pa.total(), weeksPerYear, pa));
            }
        }
        return List.copyOf(costs);
    }

    private static PaCostBreakdown costEmployment(PaEmployment pa, BigDecimal weeksPerYear, RatesInForce rates,
                                                  Map<String, Money> allowanceLeft) {
        if (!pa.claimsEmploymentAllowance()) {
            return PaEmploymentCost.cost(pa, weeksPerYear, rates, Money.ZERO);
        }
        String employer = pa.employer().strip().toLowerCase(Locale.ROOT);
        Money left = allowanceLeft.getOrDefault(employer, rates.taxYear().employmentAllowance());
        PaCostBreakdown cost = PaEmploymentCost.cost(pa, weeksPerYear, rates, left);
        allowanceLeft.put(employer, left.minus(cost.allowanceUsed()));
        return cost;
    }
}
