package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.careplanner.store.DataFolder;
import org.careplanner.store.FaultyDisk;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSummary;
import org.careplanner.store.StoreSettings;
import org.careplanner.ui.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The disk fills up while the broker types: the editor says so in plain words, what was typed stays on screen,
 * and the save is tried again by itself and lands once there is space, with nothing lost or damaged.
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveDiskFaultTest {

    @TempDir
    static Path dir;

    private static FaultyDisk disk;
    private static LocalStore store;

    /** Opened before the window, off the JavaFX thread (on a loaded machine, opening can outlast TestFX's setup). */
    @BeforeAll
    static void open() {
        Autosave.retryTime = Duration.seconds(1);
        disk = FaultyDisk.install();
        store = LocalStore.open(new DataFolder(dir), StoreSettings.defaults());
    }

    @Start
    void start(Stage stage) {
        new MainWindow(store.plans()::homeList, Optional.of(store.plans()::saveVersion), Clock.systemUTC())
                .show(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @AfterAll
    static void close() throws Exception {
        Autosave.waitForSavesHandedOver();
        store.close();
        disk.close();
        Autosave.retryTime = Duration.seconds(30);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#saveStatus").queryLabeled().getText();
    }

    @Test
    void aFullDiskOrReadOnlyFolderIsSaidAtTheEditorTheEditsStayAndTheRetrySavesThem(FxRobot robot)
            throws Exception {
        robot.clickOn("#newPlan").write("Zo\u00eb");
        robot.clickOn("#familyName").write("Testperson");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Saved".equals(status(robot)));

        disk.set(FaultyDisk.Fault.FULL);
        robot.clickOn("#familyName").write("-O'Brien");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Not saved"));

        assertThat(status(robot)).isEqualTo("Not saved: the disk is full. Your changes are kept on this screen, and "
                + "CarePlanner tries again every 1 seconds. Free some space on the disk, and keep this window open.");
        assertThat(robot.lookup("#familyName").queryTextInputControl().getText()).isEqualTo("Testperson-O'Brien");

        disk.set(FaultyDisk.Fault.NONE);
        // No key pressed: the retry alone saves what is on screen.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Saved".equals(status(robot)));
        // Everything saved before the disk filled and after it was cleared is in the store, whole.
        assertThat(store.plans().homeList()).extracting(PlanSummary::personName)
                .containsExactly("Zo\u00eb Testperson-O'Brien");

        // A folder turned read-only is said in its own words.
        disk.set(FaultyDisk.Fault.READ_ONLY);
        robot.clickOn("#familyName").write("x");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Not saved"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status stayed: " + status(robot), e);
        }
        assertThat(status(robot)).startsWith("Not saved: the folder that holds your plans is read-only.");
        assertThat(robot.lookup("#familyName").queryTextInputControl().getText()).isEqualTo("Testperson-O'Brienx");
        disk.set(FaultyDisk.Fault.NONE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Saved".equals(status(robot)));
    }
}
