package org.careplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careplanner.ui.Appearance;
import org.careplanner.ui.DisplaySettings;
import org.careplanner.ui.lock.LockSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two settings files of the data folder as App reads them at a start (on the launcher's thread, before the first
 * window: ADR 0038) and writes each choice back: a missing, damaged or unreadable file gives the usual look and
 * 5 minutes for the lock, never a failed start; a choice is kept whole for the next start, also over a damaged file.
 */
class RememberedSettingsTest {

    @TempDir
    Path dir;

    @Test
    void noFilesYetGiveTheUsualLookAndFiveMinutes() {
        assertThat(App.appearanceKeptIn(dir).settingsProperty().get()).isEqualTo(DisplaySettings.DEFAULT);
        assertThat(App.lockSettingsKeptIn(dir)).isEqualTo(LockSettings.DEFAULT);
        assertThat(App.lockSettingsKeptIn(dir).idleMinutes()).isEqualTo(5);
    }

    @Test
    void aDamagedDisplayFileGivesTheUsualLook() throws Exception {
        for (byte[] damaged : damagedContents("text.size=EXTRA_LARGE\nhigh.contrast=true\n")) {
            Files.write(dir.resolve(DisplaySettings.FILE_NAME), damaged);
            assertThat(App.appearanceKeptIn(dir).settingsProperty().get()).as(describe(damaged))
                    .isEqualTo(DisplaySettings.DEFAULT);
        }
        // Values not understood: each setting takes its default.
        Files.writeString(dir.resolve(DisplaySettings.FILE_NAME), "text.size=ENORMOUS\nhigh.contrast=perhaps\n");
        assertThat(App.appearanceKeptIn(dir).settingsProperty().get()).isEqualTo(DisplaySettings.DEFAULT);
    }

    @Test
    void aDamagedLockFileGivesFiveMinutes() throws Exception {
        for (byte[] damaged : damagedContents("idleMinutes=30\n")) {
            Files.write(dir.resolve(LockSettings.FILE_NAME), damaged);
            assertThat(App.lockSettingsKeptIn(dir)).as(describe(damaged)).isEqualTo(LockSettings.DEFAULT);
        }
        for (String odd : List.of("idleMinutes=soon\n", "idleMinutes=7\n", "idleMinutes=\n", "idleMinutes=-1\n")) {
            Files.writeString(dir.resolve(LockSettings.FILE_NAME), odd);
            assertThat(App.lockSettingsKeptIn(dir)).as(odd).isEqualTo(LockSettings.DEFAULT);
        }
    }

    @Test
    void aFolderWhereTheFileShouldBeGivesTheDefaults() throws Exception {
        Files.createDirectory(dir.resolve(DisplaySettings.FILE_NAME));
        Files.createDirectory(dir.resolve(LockSettings.FILE_NAME));
        assertThat(App.appearanceKeptIn(dir).settingsProperty().get()).isEqualTo(DisplaySettings.DEFAULT);
        assertThat(App.lockSettingsKeptIn(dir)).isEqualTo(LockSettings.DEFAULT);
    }

    @Test
    void choicesAreKeptForTheNextStartAlsoOverADamagedFileAndNothingElseIsLeft() throws Exception {
        Files.write(dir.resolve(DisplaySettings.FILE_NAME), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x41});
        Files.writeString(dir.resolve(LockSettings.FILE_NAME), "idleMinutes=\\u12");
        Appearance appearance = App.appearanceKeptIn(dir);
        DisplaySettings chosen = new DisplaySettings(DisplaySettings.TextSize.LARGE, true, true);
        appearance.choose(chosen);
        appearance.awaitSaved();
        App.lockSettingsRememberedIn(dir).accept(new LockSettings(15));

        assertThat(App.appearanceKeptIn(dir).settingsProperty().get()).isEqualTo(chosen);
        assertThat(App.lockSettingsKeptIn(dir).idleMinutes()).isEqualTo(15);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(DisplaySettings.FILE_NAME, LockSettings.FILE_NAME);
        }
        // Only these choices are in the files: nothing about any person.
        assertThat(Files.readString(dir.resolve(DisplaySettings.FILE_NAME)))
                .contains("text.size=LARGE", "high.contrast=true", "prompts.hidden=true");
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyLosesTheChoice() throws Exception {
        // The data folder's place is taken by a file: nothing can be written under it.
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        Appearance appearance = App.appearanceKeptIn(notAFolder);
        appearance.choose(DisplaySettings.DEFAULT.withHighContrast(true));
        appearance.awaitSaved();
        App.lockSettingsRememberedIn(notAFolder).accept(new LockSettings(1));
        assertThat(appearance.settingsProperty().get().highContrast()).as("in force until the program ends").isTrue();
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    /**
     * A good file's text damaged in the ways a file is: bytes that are not UTF-8 text (cut in a character, or another
     * encoding's), a broken Unicode escape, zeros where a crash left them, and a file far larger than any settings.
     */
    private static List<byte[]> damagedContents(String good) {
        byte[] text = good.getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = new byte[text.length + 2];
        System.arraycopy(text, 0, notUtf8, 0, text.length);
        notUtf8[text.length] = (byte) 0xC3; // the first byte of a two-byte character, then a newline
        notUtf8[text.length + 1] = '\n';
        byte[] latin1 = ("# caf\u00e9\n" + good).getBytes(StandardCharsets.ISO_8859_1);
        byte[] badEscape = ("x=\\u00G1\n" + good).getBytes(StandardCharsets.UTF_8);
        byte[] zeros = new byte[4096];
        byte[] huge = new byte[200 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        System.arraycopy(text, 0, huge, 0, text.length);
        return List.of(notUtf8, latin1, badEscape, zeros, huge);
    }

    private static String describe(byte[] content) {
        return content.length + " bytes starting "
                + new String(content, 0, Math.min(12, content.length), StandardCharsets.ISO_8859_1);
    }
}
