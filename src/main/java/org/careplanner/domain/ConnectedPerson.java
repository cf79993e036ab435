package org.careplanner.domain;

/**
 * Marks a line that pays a close family member, or a friend, living in the same household.
 * Such payment needs a written "necessary because..." justification and is flagged for the commissioner.
 */
public record ConnectedPerson(String name, String relationship, boolean livesInSameHousehold, String justification) {
    public ConnectedPerson {
        name = Text.of(name);
        relationship = Text.of(relationship);
        justification = Text.of(justification);
    }
}
