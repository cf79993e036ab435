package org.careplanner.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.careplanner.domain.Money;
import org.careplanner.domain.PaEmployment;

/**
 * The true cost of employing a personal assistant for a year, at the rates in force.
 *
 * <p>Rounding: each component is rounded HALF_UP to the penny where it is worked out, and later
 * components are worked from the rounded earlier ones (holiday for irregular hours from the rounded
 * gross pay; National Insurance and pension from rounded pay plus holiday). The line's cost is the sum of
 * the rounded components, so the breakdown a person sees adds up exactly. See docs/rates.md.
 */
final class PaEmploymentCost {

    private PaEmploymentCost() {
    }

    /**
     * @param allowanceLeft how much of the employer's Employment Allowance is still unused this year (zero when
     *                      the employer does not claim it)
     */
    static PaCostBreakdown cost(PaEmployment pa, BigDecimal weeksPerYear, RatesInForce rates, Money allowanceLeft) {
        TaxYearRow tax = rates.taxYear();
        BigDecimal weeklyPay = pa.hourlyRate().toBigDecimal().multiply(pa.hoursPerWeek());
        Money gross = Money.of(weeklyPay.multiply(weeksPerYear), RoundingMode.HALF_UP);
        Money holiday = pa.irregularHours()
                ? gross.times(rates.holiday().irregularHoursRate(), RoundingMode.HALF_UP)
                : Money.of(weeklyPay.multiply(rates.holiday().weeksPerYear()), RoundingMode.HALF_UP);
        Money earnings = gross.plus(holiday);
        Money niBefore = earnings.minus(tax.secondaryThreshold()).max(Money.ZERO)
                .times(tax.employerNiRate(), RoundingMode.HALF_UP);
        Money allowanceUsed = niBefore.min(allowanceLeft.max(Money.ZERO));
        return new PaCostBreakdown(gross, holiday, niBefore, allowanceUsed, pension(pa, earnings, tax),
                pa.employersLiabilityInsurance(), pa.payrollService(), pa.dbsCheck(), pa.recruitment(), pa.training());
    }

    /** Employer's minimum on qualifying earnings, when the worker is eligible and earns over the trigger. */
    private static Money pension(PaEmployment pa, Money earnings, TaxYearRow tax) {
        if (!pa.pensionEligible() || !earnings.isGreaterThan(tax.pensionTrigger())) {
            return Money.ZERO;
        }
        Money qualifying = earnings.min(tax.pensionUpperLimit()).minus(tax.pensionLowerLimit()).max(Money.ZERO);
        return qualifying.times(tax.employerPensionRate(), RoundingMode.HALF_UP);
    }
}
