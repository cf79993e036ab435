package org.careplanner.domain;

/** How the money in a funding stream is managed. A plan may mix them across streams. */
public enum ManagementOption {
    /** The NHS (or council) holds the money and buys the support. */
    NOTIONAL,
    /** An organisation holds the money on the person's behalf. */
    THIRD_PARTY,
    /** The money is paid to the person or their nominee, into a dedicated auditable account. */
    DIRECT_PAYMENT,
    /** A direct payment held in an account managed by a provider. */
    MANAGED_ACCOUNT;

    public boolean isDirectPayment() {
        return this == DIRECT_PAYMENT || this == MANAGED_ACCOUNT;
    }
}
