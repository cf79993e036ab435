package org.careplanner.pricing;

import java.time.LocalDate;

/**
 * The rows of a rates table in force on one date: what a personal assistant costs is worked out from these.
 *
 * @param on the date the rows were picked for (the plan's start date)
 */
public record RatesInForce(LocalDate on, LivingWageRow livingWage, TaxYearRow taxYear, HolidayRow holiday) {
}
