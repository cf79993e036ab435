package org.careplanner.domain;

import java.time.LocalDate;

/**
 * A source of money for the plan and how it is managed (e.g. NHS continuing healthcare as a direct
 * payment; the council's social-care part held by a third party).
 *
 * @param annualAllocation   optional: this stream's own share of the allocation, checked for sufficiency
 * @param heldBy             for third-party or managed accounts: the organisation that holds the money
 * @param firstPaymentDate   for direct payments: drives the first review (within 3 months for the NHS)
 * @param paymentAmount      for direct payments: the amount of each payment
 * @param paymentFrequency   for direct payments: how often (often every 4 weeks)
 */
public record FundingStream(
        String id,
        String name,
        Commissioner commissioner,
        ManagementOption management,
        Money annualAllocation,
        String heldBy,
        LocalDate firstPaymentDate,
        Money paymentAmount,
        Frequency paymentFrequency) {

    public FundingStream {
        id = Text.of(id);
        name = Text.of(name);
        commissioner = commissioner == null ? Commissioner.NHS : commissioner;
        management = management == null ? ManagementOption.NOTIONAL : management;
        heldBy = Text.of(heldBy);
    }

    public static FundingStream of(String id, String name, Commissioner commissioner, ManagementOption management) {
        return new FundingStream(id, name, commissioner, management, null, "", null, null, null);
    }
}
