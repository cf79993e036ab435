package org.careplanner.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
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
 * Issue 6's auto-lock, in the main window with a one-second idle time: the window locks by itself, shows no plan
 * text while locked, refuses a wrong passphrase with a message, and the right one (checked against a real store's
 * salt file, as App does) brings back the same editor with the unsaved typing still in its field.
 */
@ExtendWith(ApplicationExtension.class)
class AutoLockTest {

    /** A made-up given name, typed and never saved. */
    private static final String TYPED = "Quillonette";

    @TempDir
    static Path dir;

    private LocalStore store;
    private MainWindow window;
    private final List<LockSettings> remembered = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** For each setting remembered, whether it was handed over on the JavaFX thread (App writes it to a file). */
    private final List<Boolean> rememberedOnFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        store = LocalStore.open(new DataFolder(dir.resolve("store")), TestStores.defaults());
        // The default 5 minutes while the test opens the editor and types (a busy machine may take over a second
        // between two steps); one second once the typing is done.
        window = new MainWindow(PlanShelf.EMPTY).withIdleLock(LockSettings.DEFAULT.idleTime(),
                IdleLock.checkWith(store::isPassphrase)).withLockMenu(LockSettings.DEFAULT, chosen -> {
                    rememberedOnFxThread.add(javafx.application.Platform.isFxApplicationThread());
                    remembered.add(chosen);
                });
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void locksWhenIdleAndUnlocksOnlyWithThePassphraseKeepingTheTyping(FxRobot robot) throws Exception {
        // "New plan" is the default button; the cursor lands in the person's given name.
        robot.type(KeyCode.ENTER);
        robot.write(TYPED);
        assertThat(robot.lookup("#givenName").queryTextInputControl().getText()).isEqualTo(TYPED);
        assertThat(robot.lookup("#lockPane").query().isVisible()).isFalse();
        robot.interact(() -> window.idleLock().orElseThrow().setIdleTime(Duration.ofSeconds(1)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lockPane").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lockedContent").query().isVisible()).isFalse();
        assertThat(shownTexts(robot.lookup("#lockPane").query().getScene().getRoot()))
                .as("text shown while locked").noneMatch(t -> t.contains(TYPED))
                .anyMatch(t -> t.equals("CarePlanner is locked"))
                .anyMatch(t -> t.startsWith("CarePlanner locked itself after a time without use"));

        robot.clickOn("#passphrase").write("not the right passphrase at all");
        robot.clickOn("#unlock");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#passphraseMessage").queryLabeled().getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#passphraseMessage").queryLabeled().getText()).isEqualTo(
                "That is not the passphrase of this store. Check Caps Lock and the keyboard layout, and try again.");
        assertThat(robot.lookup("#lockPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lockedContent").query().isVisible()).isFalse();

        robot.clickOn("#passphrase").write(TestStores.PASSPHRASE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lockedContent").query().isVisible());
        assertThat(robot.lookup("#planEditor").tryQuery()).as("the same screen").isPresent();
        assertThat(robot.lookup("#givenName").queryTextInputControl().getText()).isEqualTo(TYPED);
    }

    @Test
    void theSecurityMenuLocksAtOnceAndRemembersTheIdleTime(FxRobot robot) throws Exception {
        robot.clickOn("#securityMenu").clickOn("Lock after 15 minutes without use");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !remembered.isEmpty());
        assertThat(remembered).containsExactly(new LockSettings(15));
        assertThat(rememberedOnFxThread).as("written off the JavaFX thread").containsExactly(false);

        robot.clickOn("#securityMenu").clickOn("Lock now");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lockPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#passphraseExplanation").queryLabeled().getText())
                .as("the broker locked it: nothing about a time without use").startsWith("The plans are hidden")
                .doesNotContain("without use");
        assertThat(robot.lookup("#lockedContent").query().isVisible()).isFalse();

        robot.clickOn("#passphrase").write(TestStores.PASSPHRASE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lockedContent").query().isVisible());
        assertThat(robot.lookup("#planList").tryQuery()).as("back on the home screen").isPresent();
    }

    /** Every text in the scene that is shown: in a node whose every ancestor is visible. */
    private static List<String> shownTexts(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        } else if (node instanceof TextInputControl t) {
            texts.add(t.getText());
        } else if (node instanceof Text t) {
            texts.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
