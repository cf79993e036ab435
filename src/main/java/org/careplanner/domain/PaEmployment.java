package org.careplanner.domain;

import java.math.BigDecimal;

/**
 * Details of a personal assistant employed through the budget; the pricing engine turns them into the
 * true annual cost of employment using the rates in force.
 *
 * @param employer                  who is the employer (the person, their representative or nominee)
 * @param hourlyRate                gross pay per hour
 * @param hoursPerWeek              contracted hours a week
 * @param irregularHours            holiday accrued as 12.07% of hours worked instead of 5.6 weeks
 * @param pensionEligible           aged 22 to State Pension age (earnings are checked by the engine)
 * @param claimsEmploymentAllowance the employer claims the Employment Allowance against their NI
 * @param selfEmployed              the PA says they are self-employed (a status risk: record the check)
 * @param employmentStatusCheck     the outcome of the employment-status check, e.g. HMRC's CEST result
 * @param employersLiabilityInsurance annual
 * @param payrollService            annual
 * @param dbsCheck                  one-off
 * @param recruitment               one-off
 * @param training                  one-off
 */
public record PaEmployment(
        String employer,
        Money hourlyRate,
        BigDecimal hoursPerWeek,
        boolean irregularHours,
        boolean pensionEligible,
        boolean claimsEmploymentAllowance,
        boolean selfEmployed,
        String employmentStatusCheck,
        Money employersLiabilityInsurance,
        Money payrollService,
        Money dbsCheck,
        Money recruitment,
        Money training) {

    public PaEmployment {
        employer = Text.of(employer);
        hourlyRate = hourlyRate == null ? Money.ZERO : hourlyRate;
        hoursPerWeek = hoursPerWeek == null ? BigDecimal.ZERO : hoursPerWeek;
        employmentStatusCheck = Text.of(employmentStatusCheck);
        employersLiabilityInsurance = orZero(employersLiabilityInsurance);
        payrollService = orZero(payrollService);
        dbsCheck = orZero(dbsCheck);
        recruitment = orZero(recruitment);
        training = orZero(training);
    }

    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }
}
