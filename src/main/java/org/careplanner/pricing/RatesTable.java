package org.careplanner.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dated rates a plan is priced with. Rates live in data, not code: the defaults are read from
 * {@code rates.json} next to this class, and any other table (for example the editable copy the store
 * keeps) can be read with {@link #fromJson(String)}.
 *
 * <p>Three kinds of row, each with its own effective date: the National Living Wage (from 1 April), the
 * tax year (employer's National Insurance, Employment Allowance, pension thresholds, from 6 April) and
 * holiday. The row in force on a date is the one with the latest {@code effectiveFrom} on or before it.
 */
public record RatesTable(List<LivingWageRow> livingWage, List<TaxYearRow> taxYears, List<HolidayRow> holiday) {

    static final String DEFAULTS_RESOURCE = "rates.json";

    public RatesTable {
        livingWage = sorted(livingWage, "livingWage");
        taxYears = sorted(taxYears, "taxYears");
        holiday = sorted(holiday, "holiday");
    }

    /** The table shipped with the app; see docs/rates.md for the source of every figure. */
    public static RatesTable defaults() {
        try (InputStream in = RatesTable.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default rates table " + DEFAULTS_RESOURCE + " is missing.");
            }
            return RatesJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The default rates table could not be read.", e);
        }
    }

    /**
     * Reads a table from JSON in the same shape as the defaults.
     *
     * @throws RatesFormatException with a plain-English message when the JSON is not a valid table
     */
    public static RatesTable fromJson(String json) {
        return RatesJson.read(json);
    }

    /** The table as JSON, in the shape {@link #fromJson(String)} reads. */
    public String toJson() {
        return RatesJson.write(this);
    }

    /** The rows in force on a date, or empty when the date is before the first row of any kind. */
    public Optional<RatesInForce> inForceOn(LocalDate date) {
        Optional<LivingWageRow> wage = rowOn(livingWage, date);
        Optional<TaxYearRow> tax = rowOn(taxYears, date);
        Optional<HolidayRow> leave = rowOn(holiday, date);
        if (wage.isEmpty() || tax.isEmpty() || leave.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RatesInForce(date, wage.get(), tax.get(), leave.get()));
    }

    /** The first date on which every kind of row is in force: rates cannot be picked for earlier dates. */
    public LocalDate firstDateCovered() {
        return List.of(livingWage.get(0).effectiveFrom(), taxYears.get(0).effectiveFrom(),
                holiday.get(0).effectiveFrom()).stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    private static <T extends Dated> Optional<T> rowOn(List<T> rows, LocalDate date) {
        T found = null;
        for (T row : rows) {
            if (!row.effectiveFrom().isAfter(date)) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    private static <T extends Dated> List<T> sorted(List<T> rows, String kind) {
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("The rates table needs at least one \"" + kind + "\" row.");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (T row : rows) {
            if (row == null) {
                throw new IllegalArgumentException("The rates table has an empty \"" + kind + "\" row.");
            }
            if (!seen.add(row.effectiveFrom())) {
                throw new IllegalArgumentException("The rates table has two \"" + kind + "\" rows taking effect on "
                        + row.effectiveFrom() + ": keep one.");
            }
        }
        return rows.stream().sorted(Comparator.comparing(Dated::effectiveFrom)).toList();
    }
}
