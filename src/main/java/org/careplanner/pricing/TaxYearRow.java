package org.careplanner.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.careplanner.domain.Money;

/**
 * The employer's costs that follow the tax year (6 April to 5 April): National Insurance, the
 * Employment Allowance and automatic-enrolment pension thresholds. All amounts are per year.
 *
 * @param employerNiRate      employer's (secondary Class 1) National Insurance rate, e.g. 0.15
 * @param secondaryThreshold  earnings a year per employee above which the employer pays National Insurance
 * @param employmentAllowance the most one employer's National Insurance is reduced by in a tax year
 * @param pensionLowerLimit   lower limit of the qualifying earnings band
 * @param pensionUpperLimit   upper limit of the qualifying earnings band
 * @param pensionTrigger      earnings above which a worker must be automatically enrolled
 * @param employerPensionRate the employer's minimum contribution on qualifying earnings, e.g. 0.03
 * @param source              where the figures come from
 */
public record TaxYearRow(
        LocalDate effectiveFrom,
        BigDecimal employerNiRate,
        Money secondaryThreshold,
        Money employmentAllowance,
        Money pensionLowerLimit,
        Money pensionUpperLimit,
        Money pensionTrigger,
        BigDecimal employerPensionRate,
        String source) implements Dated {

    public TaxYearRow {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(employerNiRate, "employerNiRate");
        Objects.requireNonNull(secondaryThreshold, "secondaryThreshold");
        Objects.requireNonNull(employmentAllowance, "employmentAllowance");
        Objects.requireNonNull(pensionLowerLimit, "pensionLowerLimit");
        Objects.requireNonNull(pensionUpperLimit, "pensionUpperLimit");
        Objects.requireNonNull(pensionTrigger, "pensionTrigger");
        Objects.requireNonNull(employerPensionRate, "employerPensionRate");
        source = source == null ? "" : source;
        if (pensionUpperLimit.isLessThan(pensionLowerLimit)) {
            throw new IllegalArgumentException("The tax-year row from " + effectiveFrom
                    + " has a pension upper limit below its lower limit.");
        }
    }
}
