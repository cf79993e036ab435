package org.careplanner.domain;

/** A carer and what they are willing and able to do. */
public record Carer(String name, String relationship, String willingAndAbleTo) {
    public Carer {
        name = Text.of(name);
        relationship = Text.of(relationship);
        willingAndAbleTo = Text.of(willingAndAbleTo);
    }
}
