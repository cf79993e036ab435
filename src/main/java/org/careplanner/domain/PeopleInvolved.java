package org.careplanner.domain;

import java.util.List;

/**
 * Who is involved besides the person. The care co-ordinator is required; the commissioner approves.
 *
 * @param commissionerBody the approving body, e.g. an integrated care board, or the council for social care
 */
public record PeopleInvolved(
        Contact broker,
        Contact careCoordinator,
        Contact commissioner,
        String commissionerBody,
        List<Carer> carers) {

    public PeopleInvolved {
        broker = broker == null ? Contact.named("", "") : broker;
        careCoordinator = careCoordinator == null ? Contact.named("", "") : careCoordinator;
        commissioner = commissioner == null ? Contact.named("", "") : commissioner;
        commissionerBody = Text.of(commissionerBody);
        carers = Text.list(carers);
    }

    public static PeopleInvolved empty() {
        return new PeopleInvolved(null, null, null, "", List.of());
    }
}
