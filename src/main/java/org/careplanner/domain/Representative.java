package org.careplanner.domain;

/**
 * Someone acting for the person: a representative (for someone who lacks capacity) or a nominee
 * (who takes on the legal duties of a direct payment).
 *
 * @param authority what gives them the authority, e.g. "LPA for health and welfare registered 2021"
 */
public record Representative(String name, RepresentativeRole role, String authority, String contact) {
    public Representative {
        name = Text.of(name);
        authority = Text.of(authority);
        contact = Text.of(contact);
    }
}
