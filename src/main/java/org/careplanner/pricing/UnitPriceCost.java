package org.careplanner.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.Money;
import org.careplanner.domain.SupportLine;

/**
 * The annual cost of a priced line: unit price x quantity x how many times a year the frequency comes round.
 * Worked at full precision and rounded once, HALF_UP, to the penny.
 */
final class UnitPriceCost {

    private static final BigDecimal FOUR_WEEKLY_PERIODS = BigDecimal.valueOf(13);
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private UnitPriceCost() {
    }

    static Money annual(SupportLine line, BigDecimal weeksPerYear) {
        BigDecimal exact = line.unitPrice().toBigDecimal()
                .multiply(line.quantity())
                .multiply(timesAYear(line.frequency(), weeksPerYear));
        return Money.of(exact, RoundingMode.HALF_UP); // the line's one rounding
    }

    /** One-off costs count once, against the first year. */
    static BigDecimal timesAYear(Frequency frequency, BigDecimal weeksPerYear) {
        return switch (frequency) {
            case PER_WEEK -> weeksPerYear;
            case PER_FOUR_WEEKS -> FOUR_WEEKLY_PERIODS;
            case PER_MONTH -> MONTHS;
            case PER_YEAR, ONE_OFF -> BigDecimal.ONE;
        };
    }
}
