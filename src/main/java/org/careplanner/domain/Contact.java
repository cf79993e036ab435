package org.careplanner.domain;

/** A professional named on the plan: broker, care co-ordinator, commissioner. */
public record Contact(String name, String organisation, String phone, String email) {
    public Contact {
        name = Text.of(name);
        organisation = Text.of(organisation);
        phone = Text.of(phone);
        email = Text.of(email);
    }

    public static Contact named(String name, String organisation) {
        return new Contact(name, organisation, "", "");
    }

    public boolean isEmpty() {
        return name.isBlank();
    }
}
