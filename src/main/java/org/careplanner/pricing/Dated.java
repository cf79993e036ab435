package org.careplanner.pricing;

import java.time.LocalDate;

/** A row of a rates table that takes effect on a date and stays in force until a later row replaces it. */
interface Dated {
    LocalDate effectiveFrom();
}
