package org.careplanner.domain;

import java.math.BigDecimal;

/**
 * One piece of chosen support. Its annual cost is unit price x quantity x frequency, or, for a
 * personal assistant with {@link #pa()} details, the true cost of employing them.
 *
 * @param category        the kind of thing bought; checked against the list of what a budget may not buy
 * @param catalogueCode   optional reference to a service catalogue entry
 * @param unit            what one unit is: "hour", "session", "item"
 * @param quantity        units per frequency period (e.g. 10 hours per week)
 * @param when            when the support happens, in words ("weekday mornings")
 * @param fundingStreamId the stream that pays; its management option applies to the line
 * @param outcomeIds      the outcomes it serves: a line that serves none blocks agreement
 * @param connectedPerson optional: pays a connected person
 * @param evidence        optional: flagged as lacking an evidence base
 * @param pa              optional: personal-assistant employment details
 */
public record SupportLine(
        String id,
        String description,
        SupportProvider provider,
        String providerName,
        String category,
        String catalogueCode,
        Money unitPrice,
        String unit,
        BigDecimal quantity,
        Frequency frequency,
        String when,
        String fundingStreamId,
        java.util.List<String> outcomeIds,
        ConnectedPerson connectedPerson,
        EvidenceNote evidence,
        PaEmployment pa) {

    public SupportLine {
        id = Text.of(id);
        description = Text.of(description);
        providerName = Text.of(providerName);
        category = Text.of(category);
        catalogueCode = Text.of(catalogueCode);
        unitPrice = unitPrice == null ? Money.ZERO : unitPrice;
        unit = Text.of(unit);
        quantity = quantity == null ? BigDecimal.ONE : quantity;
        frequency = frequency == null ? Frequency.PER_WEEK : frequency;
        when = Text.of(when);
        fundingStreamId = Text.of(fundingStreamId);
        outcomeIds = Text.list(outcomeIds);
    }

    /** A simple priced line: unit price x quantity x frequency. */
    public static SupportLine priced(String id, String description, String category, Money unitPrice,
                                     BigDecimal quantity, Frequency frequency, String fundingStreamId,
                                     java.util.List<String> outcomeIds) {
        return new SupportLine(id, description, SupportProvider.PAID_PROVIDER, "", category, "", unitPrice, "",
                quantity, frequency, "", fundingStreamId, outcomeIds, null, null, null);
    }

    public boolean isPersonalAssistant() {
        return pa != null;
    }
}
