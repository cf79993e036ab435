package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.careplanner.ui.home.PlanLibrary;
import org.careplanner.ui.home.PlanShelf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text size and high contrast, chosen from the View menu: applied to the whole window at once, and remembered. */
@ExtendWith(ApplicationExtension.class)
class DisplaySettingsTest {

    @TempDir
    static Path dir;

    private Path file;
    private Appearance appearance;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        file = dir.resolve(DisplaySettings.FILE_NAME);
        appearance = org.careplanner.App.appearanceKeptIn(dir);
        new MainWindow(PlanLibrary.listing(PlanShelf.EMPTY), java.util.Optional.empty(), java.util.Optional.empty(),
                appearance, java.time.Clock.systemUTC()).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
        return view.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void extraLargeTextAndHighContrastApplyToTheWholeWindowAndAreRemembered(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Label title = robot.lookup(".page-title").queryAs(Label.class);
        // Normal text: the root font is 14 px and a page title 1.6 em of it.
        assertThat(search.getFont().getSize()).isEqualTo(14.0);
        assertThat(title.getFont().getSize()).isCloseTo(22.4, org.assertj.core.data.Offset.offset(0.01));

        robot.interact(() -> ((javafx.scene.control.RadioMenuItem) item(robot, "textSizeEXTRA_LARGE")).setSelected(true));
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) item(robot, "highContrast")).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().getStyleClass()).contains("text-extra-large", "high-contrast");
        // Extra large: the root font is 22 px, so the title is 1.6 x 22 = 35.2 px.
        assertThat(search.getFont().getSize()).isEqualTo(22.0);
        assertThat(title.getFont().getSize()).isCloseTo(35.2, org.assertj.core.data.Offset.offset(0.01));
        // High contrast: white text on black.
        assertThat(title.getTextFill()).isEqualTo(javafx.scene.paint.Color.WHITE);

        appearance.awaitSaved();
        assertThat(Files.exists(file)).isTrue();
        assertThat(kept(file))
                .isEqualTo(new DisplaySettings(DisplaySettings.TextSize.EXTRA_LARGE, true));
        // The next start reads the same choice back.
        assertThat(org.careplanner.App.appearanceKeptIn(dir).settingsProperty().get().textSize())
                .isEqualTo(DisplaySettings.TextSize.EXTRA_LARGE);
    }

    @Test
    void aDamagedOrMissingSettingsFileGivesTheUsualLook() throws Exception {
        assertThat(kept(dir.resolve("nothing-here.properties"))).isEqualTo(DisplaySettings.DEFAULT);
        Path odd = dir.resolve("odd.properties");
        Files.writeString(odd, "text.size=ENORMOUS\nhigh.contrast=perhaps\n");
        assertThat(kept(odd)).isEqualTo(DisplaySettings.DEFAULT);
    }

    /** What the settings file holds, as the next start reads it. */
    private static DisplaySettings kept(Path file) {
        return DisplaySettings.from(new org.careplanner.store.SettingsFile(file, "").read());
    }
}
