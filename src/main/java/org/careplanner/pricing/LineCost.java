package org.careplanner.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.careplanner.domain.Money;
import org.careplanner.domain.SupportLine;

/**
 * What one support line costs. The annual figure is the one that counts (the plan total is the sum of
 * these); weekly, 4-weekly and monthly are views of it for display, each rounded HALF_UP on its own, so
 * they need not multiply back to the annual figure to the penny. One-off costs are in the first year's
 * annual figure, so they are spread across the views too.
 *
 * @param pa the breakdown of a personal assistant's employment costs, or null for a priced line
 */
public record LineCost(String lineId, String description, Money annual, Money weekly, Money fourWeekly, Money monthly,
                       PaCostBreakdown pa) {

    private static final BigDecimal FOUR_WEEKLY_PERIODS = BigDecimal.valueOf(13);
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public LineCost {
        Objects.requireNonNull(annual, "annual");
    }

    static LineCost of(SupportLine line, Money annual, BigDecimal weeksPerYear, PaCostBreakdown pa) {
        return new LineCost(line.id(), line.description(), annual,
                displayShare(annual, weeksPerYear),
                displayShare(annual, FOUR_WEEKLY_PERIODS),
                displayShare(annual, MONTHS),
                pa);
    }

    public Optional<PaCostBreakdown> paBreakdown() {
        return Optional.ofNullable(pa);
    }

    /** For display only: the annual amount divided into periods, rounded HALF_UP to the penny. */
    private static Money displayShare(Money annual, BigDecimal periods) {
        return Money.of(annual.toBigDecimal().divide(periods, 2, RoundingMode.HALF_UP));
    }
}
