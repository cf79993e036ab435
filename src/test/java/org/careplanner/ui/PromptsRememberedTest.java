package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ToggleButton;
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

/** A broker who hides the prompts finds them hidden on the next plan and after the next start. */
@ExtendWith(ApplicationExtension.class)
class PromptsRememberedTest {

    @TempDir
    static Path dir;

    private Path file;
    private Appearance appearance;

    @Start
    void start(Stage stage) {
        file = dir.resolve(DisplaySettings.FILE_NAME);
        appearance = org.careplanner.App.appearanceKeptIn(dir);
        new MainWindow(PlanLibrary.listing(PlanShelf.EMPTY), java.util.Optional.empty(), java.util.Optional.empty(),
                appearance, java.time.Clock.systemUTC()).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void hiddenPromptsStayHiddenForTheNextPlanAndTheNextStart(FxRobot robot) {
        robot.clickOn("#newPlan");
        assertThat(robot.lookup("#promptsPanel").query().isVisible()).isTrue();
        robot.clickOn("#hidePrompts");
        assertThat(robot.lookup("#promptsPanel").query().isVisible()).isFalse();
        appearance.awaitSaved();
        assertThat(kept(file).promptsHidden()).isTrue();
        // Text size and contrast are untouched by it.
        assertThat(kept(file).withPromptsHidden(false)).isEqualTo(DisplaySettings.DEFAULT);

        robot.clickOn("#backToPlans");
        robot.clickOn("#newPlan");
        assertThat(robot.lookup("#promptsPanel").query().isVisible()).isFalse();
        assertThat(robot.lookup("#hidePrompts").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(org.careplanner.App.appearanceKeptIn(dir).settingsProperty().get().promptsHidden()).isTrue();

        robot.clickOn("#hidePrompts");
        appearance.awaitSaved();
        assertThat(kept(file)).isEqualTo(DisplaySettings.DEFAULT);
    }

    /** What the settings file holds, as the next start reads it. */
    private static DisplaySettings kept(Path file) {
        return DisplaySettings.from(new org.careplanner.store.SettingsFile(file, "").read());
    }
}
