package org.careplanner.ui;

import java.util.Locale;
import java.util.Map;

/**
 * How the window looks for the person using it: the size of the text, whether the high-contrast theme is on, and
 * whether the broker has hidden the conversation's prompts. Kept between starts in a small file in the data folder
 * ({@value #FILE_NAME}), which holds these choices and nothing about any person (ADR 0013, ADR 0014); the file is
 * read and written by the composition root, off the JavaFX thread (ADR 0038).
 */
public record DisplaySettings(TextSize textSize, boolean highContrast, boolean promptsHidden) {

    public static final String FILE_NAME = "display.properties";
    public static final DisplaySettings DEFAULT = new DisplaySettings(TextSize.NORMAL, false, false);

    /** Text sizes; each but normal is a style class on the window's root that sets the root font size. */
    public enum TextSize {
        NORMAL(""),
        LARGE("text-large"),
        EXTRA_LARGE("text-extra-large");

        private final String styleClass;

        TextSize(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The root style class, or "" for normal text. */
        public String styleClass() {
            return styleClass;
        }
    }

    public DisplaySettings {
        textSize = textSize == null ? TextSize.NORMAL : textSize;
    }

    /** Text size and contrast, with the prompts shown. */
    public DisplaySettings(TextSize textSize, boolean highContrast) {
        this(textSize, highContrast, false);
    }

    public DisplaySettings withTextSize(TextSize size) {
        return new DisplaySettings(size, highContrast, promptsHidden);
    }

    public DisplaySettings withHighContrast(boolean on) {
        return new DisplaySettings(textSize, on, promptsHidden);
    }

    public DisplaySettings withPromptsHidden(boolean hidden) {
        return new DisplaySettings(textSize, highContrast, hidden);
    }

    /**
     * The settings from the entries of the settings file ({@code org.careplanner.store.SettingsFile}, read by the
     * composition root off the JavaFX thread); an entry missing or not understood gives its default.
     */
    public static DisplaySettings from(Map<String, String> entries) {
        TextSize size = TextSize.NORMAL;
        String named = entries.getOrDefault("text.size", "").strip().toUpperCase(Locale.ROOT);
        for (TextSize s : TextSize.values()) {
            if (s.name().equals(named)) {
                size = s;
            }
        }
        return new DisplaySettings(size, Boolean.parseBoolean(entries.getOrDefault("high.contrast", "false").strip()),
                Boolean.parseBoolean(entries.getOrDefault("prompts.hidden", "false").strip()));
    }

    /** The entries the settings file keeps for these settings. */
    public Map<String, String> entries() {
        return Map.of("text.size", textSize.name(), "high.contrast", Boolean.toString(highContrast),
                "prompts.hidden", Boolean.toString(promptsHidden));
    }
}
