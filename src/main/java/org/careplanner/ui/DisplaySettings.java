package org.careplanner.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * How the window looks for the person using it: the size of the text, whether the high-contrast theme is on, and
 * whether the broker has hidden the conversation's prompts. Kept between starts in a small file in the data folder
 * ({@value #FILE_NAME}), which holds these choices and nothing about any person (ADR 0013, ADR 0014).
 */
public record DisplaySettings(TextSize textSize, boolean highContrast, boolean promptsHidden) {

    public static final String FILE_NAME = "display.properties";
    public static final DisplaySettings DEFAULT = new DisplaySettings(TextSize.NORMAL, false, false);

    private static final System.Logger LOG = System.getLogger(DisplaySettings.class.getName());

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

    /** Reads the settings file; a missing or unreadable file gives the defaults. Call off the JavaFX thread. */
    public static DisplaySettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Display settings not readable, using the defaults: "
                    + e.getClass().getSimpleName());
            return DEFAULT;
        }
        TextSize size = TextSize.NORMAL;
        String named = p.getProperty("text.size", "").strip().toUpperCase(Locale.ROOT);
        for (TextSize s : TextSize.values()) {
            if (s.name().equals(named)) {
                size = s;
            }
        }
        return new DisplaySettings(size, Boolean.parseBoolean(p.getProperty("high.contrast", "false").strip()),
                Boolean.parseBoolean(p.getProperty("prompts.hidden", "false").strip()));
    }

    /** Writes the settings file whole (a new file moved into place). Call off the JavaFX thread. */
    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("text.size", textSize.name());
        p.setProperty("high.contrast", Boolean.toString(highContrast));
        p.setProperty("prompts.hidden", Boolean.toString(promptsHidden));
        Path folder = Optional.ofNullable(file.toAbsolutePath().getParent()).orElseThrow();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "display", ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "CarePlanner display settings: text size, contrast and prompts only");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
