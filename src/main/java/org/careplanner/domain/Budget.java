package org.careplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The money side of the plan.
 *
 * @param allocation                  the amount, in the period it was entered
 * @param allocationPeriod            weekly or annual
 * @param allocationStage             indicative, then agreed
 * @param contingency                 an annual reserve set aside, shown separately
 * @param contingencyInsideAllocation whether the reserve comes out of the allocation
 * @param weeksPerYear                a plan setting: 52 by default, some commissioners use 52.143
 * @param startDate                   when the plan (and its first budget year) starts
 * @param endDate                     optional end date
 */
public record Budget(
        Money allocation,
        AllocationPeriod allocationPeriod,
        AllocationStage allocationStage,
        Money contingency,
        boolean contingencyInsideAllocation,
        BigDecimal weeksPerYear,
        LocalDate startDate,
        LocalDate endDate) {

    public static final BigDecimal DEFAULT_WEEKS_PER_YEAR = BigDecimal.valueOf(52);

    public Budget {
        allocation = allocation == null ? Money.ZERO : allocation;
        allocationPeriod = allocationPeriod == null ? AllocationPeriod.ANNUAL : allocationPeriod;
        allocationStage = allocationStage == null ? AllocationStage.INDICATIVE : allocationStage;
        contingency = contingency == null ? Money.ZERO : contingency;
        weeksPerYear = weeksPerYear == null ? DEFAULT_WEEKS_PER_YEAR : weeksPerYear;
    }

    public static Budget annual(Money allocation, LocalDate startDate) {
        return new Budget(allocation, AllocationPeriod.ANNUAL, AllocationStage.INDICATIVE, Money.ZERO, true,
                DEFAULT_WEEKS_PER_YEAR, startDate, null);
    }
}
