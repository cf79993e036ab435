package org.careplanner.domain;

/** The broker's own note on a part of the conversation (never the person's words). */
public record BrokerNote(String section, String text) {
    public BrokerNote {
        section = Text.of(section);
        text = Text.of(text);
    }
}
