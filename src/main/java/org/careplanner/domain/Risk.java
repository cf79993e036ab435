package org.careplanner.domain;

/** A significant risk, what it would lead to, the proportionate way to reduce it and what to do. */
public record Risk(
        String id,
        String description,
        String consequences,
        String mitigation,
        String procedure,
        String whoToCall) {

    public Risk {
        id = Text.of(id);
        description = Text.of(description);
        consequences = Text.of(consequences);
        mitigation = Text.of(mitigation);
        procedure = Text.of(procedure);
        whoToCall = Text.of(whoToCall);
    }
}
