package org.careplanner.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.TestStores;
import org.careplanner.ui.MainWindow;
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

/**
 * Locking hides the window's dialogs, which would show plan content over the lock (and, being modal, keep the
 * passphrase from being typed): a dialog open at the lock, a message, and a dialog shown while locked are all
 * hidden, and come back at unlock; a dialog closed for good while locked stays closed. "Lock now" says the broker
 * locked it, not that it was left unused.
 */
@ExtendWith(ApplicationExtension.class)
class LockHidesDialogsTest {

    /** A made-up name, as a dialog about a plan would show it. */
    private static final String NAME = "Quillonette Pemberley";

    @TempDir
    static Path dir;

    private LocalStore store;
    private MainWindow window;
    private Stage main;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(new DataFolder(dir.resolve("store")), TestStores.defaults());
        main = stage;
        window = new MainWindow(PlanShelf.EMPTY).withIdleLock(LockSettings.DEFAULT.idleTime(),
                IdleLock.checkWith(store::isPassphrase)).withLockMenu(LockSettings.DEFAULT, chosen -> { });
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    private Stage dialog(String id) {
        Stage d = new Stage();
        d.initOwner(main);
        d.initModality(Modality.WINDOW_MODAL);
        Label content = new Label(NAME);
        content.setId(id);
        d.setScene(new Scene(content, 300, 100));
        d.show();
        return d;
    }

    private static boolean anyOtherWindowShows(Stage main) {
        return Window.getWindows().stream().anyMatch(w -> w != main && w.isShowing());
    }

    @Test
    void dialogsAreHiddenWhileLockedAndComeBackAfter(FxRobot robot) throws Exception {
        Stage[] open = new Stage[3];
        Alert[] message = new Alert[2];
        robot.interact(() -> {
            open[0] = dialog("signLike");
            message[0] = new Alert(Alert.AlertType.INFORMATION, NAME, ButtonType.OK);
            message[0].initOwner(main);
            message[0].show();
            // A JavaFX Dialog (as the export and transfer passphrase dialogs are), to close itself while locked.
            message[1] = new Alert(Alert.AlertType.INFORMATION, NAME, ButtonType.OK);
            message[1].initOwner(main);
            message[1].show();
        });
        Window secondMessage = message[1].getDialogPane().getScene().getWindow();

        robot.interact(() -> window.idleLock().orElseThrow().lockNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(open[0].isShowing()).as("the dialog, locked").isFalse();
        assertThat(message[0].isShowing()).as("the message, locked").isFalse();
        assertThat(message[1].isShowing()).as("the second message, locked").isFalse();
        assertThat(robot.lookup("#passphraseExplanation").queryLabeled().getText()).isEqualTo(
                "The plans are hidden until your passphrase is typed. Type it to carry on: nothing you were working "
                        + "on has been lost.");

        // Work that ends while locked: one dialog closes itself for good, another is shown (e.g. its summary).
        robot.interact(() -> {
            IdleLock.close(open[0]);
            IdleLock.close(message[1]);
            open[1] = dialog("shownWhileLocked");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(open[1].isShowing()).as("a dialog shown while locked").isFalse();
        assertThat(anyOtherWindowShows(main)).as("any window but the locked one").isFalse();

        // The passphrase can be typed: no modal dialog is in the way.
        robot.clickOn("#passphrase").write(TestStores.PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lockedContent").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(open[0].isShowing()).as("the dialog closed for good while locked").isFalse();
        assertThat(message[1].isShowing()).as("the Dialog closed for good while locked").isFalse();
        assertThat(secondMessage.isShowing()).as("its window").isFalse();
        assertThat(open[1].isShowing()).as("the dialog shown while locked, after").isTrue();
        assertThat(message[0].isShowing()).as("the message, after").isTrue();
        robot.interact(() -> message[0].close());
        assertThat(message[0].isShowing()).isFalse();
    }
}
