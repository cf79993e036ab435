package org.careplanner.domain;

/**
 * The person's own words, kept apart from the broker's notes.
 *
 * @param section    the part of the conversation it was said in, e.g. "outcomes"
 * @param changeTalk optional DARN-CAT tag the broker gave it
 */
public record Quote(String id, String section, String text, ChangeTalk changeTalk) {
    public Quote {
        id = Text.of(id);
        section = Text.of(section);
        text = Text.of(text);
    }
}
