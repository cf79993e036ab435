package org.careplanner.pricing;

import java.time.LocalDate;
import java.util.Objects;
import org.careplanner.domain.Money;

/**
 * The National Living Wage (the minimum hourly rate for workers aged 21 and over) from a date.
 * New rates take effect on 1 April.
 *
 * @param source where the figure comes from (title and address), so an edited table still cites it
 */
public record LivingWageRow(LocalDate effectiveFrom, Money hourlyRate, String source) implements Dated {
    public LivingWageRow {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        source = source == null ? "" : source;
    }
}
