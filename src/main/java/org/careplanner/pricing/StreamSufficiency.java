package org.careplanner.pricing;

import org.careplanner.domain.Money;

/**
 * Whether a funding stream with its own annual allocation covers the lines it pays for.
 *
 * @param remaining allocation less cost; negative when the stream is overspent
 */
public record StreamSufficiency(String fundingStreamId, String name, Money allocation, Money cost, Money remaining) {

    static StreamSufficiency of(String fundingStreamId, String name, Money allocation, Money cost) {
        return new StreamSufficiency(fundingStreamId, name, allocation, cost, allocation.minus(cost));
    }

    public boolean isSufficient() {
        return !remaining.isNegative();
    }
}
