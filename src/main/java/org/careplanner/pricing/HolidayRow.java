package org.careplanner.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Statutory holiday from a date: 5.6 weeks a year for regular hours; for irregular hours, holiday
 * accrues at 12.07% of hours worked (5.6 / 46.4 weeks).
 *
 * @param weeksPerYear       statutory weeks of paid leave, e.g. 5.6
 * @param irregularHoursRate holiday pay as a share of pay for irregular hours, e.g. 0.1207
 * @param source             where the figures come from
 */
public record HolidayRow(LocalDate effectiveFrom, BigDecimal weeksPerYear, BigDecimal irregularHoursRate, String source)
        implements Dated {
    public HolidayRow {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(weeksPerYear, "weeksPerYear");
        Objects.requireNonNull(irregularHoursRate, "irregularHoursRate");
        source = source == null ? "" : source;
    }
}
