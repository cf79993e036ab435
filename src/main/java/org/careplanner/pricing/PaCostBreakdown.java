package org.careplanner.pricing;

import org.careplanner.domain.Money;

/**
 * The true cost of employing a personal assistant for a year, component by component, so a screen or a
 * printed plan can show how the total was reached. Every component is already rounded to the penny
 * (HALF_UP, where it was worked out); the total is their sum.
 *
 * @param grossPay            hourly rate x hours a week x weeks a year
 * @param holidayPay          5.6 weeks' pay, or 12.07% of gross pay for irregular hours
 * @param niBeforeAllowance   employer's National Insurance on pay and holiday pay above the secondary threshold
 * @param allowanceUsed       the part of the employer's Employment Allowance set against it
 * @param pension             employer's minimum pension contribution (zero when not due)
 * @param insurance           employer's liability insurance, a year
 * @param payroll             payroll service, a year
 * @param dbsCheck            one-off, first year
 * @param recruitment         one-off, first year
 * @param training            one-off, first year
 */
public record PaCostBreakdown(
        Money grossPay,
        Money holidayPay,
        Money niBeforeAllowance,
        Money allowanceUsed,
        Money pension,
        Money insurance,
        Money payroll,
        Money dbsCheck,
        Money recruitment,
        Money training) {

    /** Pay plus holiday pay: the earnings National Insurance and pension are worked out on. */
    public Money earnings() {
        return grossPay.plus(holidayPay);
    }

    /** Employer's National Insurance still to pay once the Employment Allowance is used. */
    public Money niAfterAllowance() {
        return niBeforeAllowance.minus(allowanceUsed);
    }

    /** DBS check, recruitment and training: counted once, in the first year. */
    public Money oneOffs() {
        return dbsCheck.plus(recruitment).plus(training);
    }

    /** The line's annual cost: the sum of the rounded components. */
    public Money total() {
        return earnings().plus(niAfterAllowance()).plus(pension).plus(insurance).plus(payroll).plus(oneOffs());
    }
}
