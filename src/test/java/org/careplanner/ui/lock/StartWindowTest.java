package org.careplanner.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.careplanner.ui.Appearance;
import org.careplanner.ui.DisplaySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** First start asks to choose a passphrase (typed twice); every start asks for it, with a retry when wrong. */
@ExtendWith(ApplicationExtension.class)
class StartWindowTest {

    private static final String RIGHT = "kettle orange bicycle";
    private final List<String> tried = new ArrayList<>();
    private final AtomicBoolean opened = new AtomicBoolean();

    private final PassphraseCheck store = passphrase -> {
        String p = new String(passphrase);
        tried.add(p);
        return p.equals(RIGHT) ? Optional.empty()
                : Optional.of("That passphrase does not open this store. Check Caps Lock and try again.");
    };

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(boolean firstStart) throws Exception {
        FxToolkit.setupStage(stage -> StartWindow.show(stage, firstStart, new Appearance(DisplaySettings.DEFAULT),
                store, () -> opened.set(true)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#passphraseMessage").queryAs(Labeled.class).getText();
    }

    private void waitForCheck(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#unlock").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstStartNeedsALongEnoughPassphraseTypedTheSameTwice(FxRobot robot) throws Exception {
        show(true);
        robot.clickOn("#passphrase").write("short");
        robot.clickOn("#passphraseConfirm").write("short");
        robot.clickOn("#unlock");
        assertThat(message(robot)).contains("at least 10 characters");
        assertThat(tried).isEmpty();

        robot.lookup("#passphrase").queryTextInputControl().clear();
        robot.lookup("#passphraseConfirm").queryTextInputControl().clear();
        robot.clickOn("#passphrase").write(RIGHT);
        robot.clickOn("#passphraseConfirm").write(RIGHT + "x");
        robot.clickOn("#unlock");
        assertThat(message(robot)).contains("not the same");
        assertThat(tried).isEmpty();

        robot.lookup("#passphraseConfirm").queryTextInputControl().clear();
        robot.clickOn("#passphraseConfirm").write(RIGHT);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, opened::get);
        assertThat(tried).containsExactly(RIGHT);
    }

    @Test
    void aWrongPassphraseIsSaidUnderTheFieldAndCanBeTriedAgain(FxRobot robot) throws Exception {
        show(false);
        assertThat(robot.lookup("#passphraseConfirm").tryQuery()).isEmpty();
        robot.clickOn("#passphrase").write("kettle orange bicycle!");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitForCheck(robot);
        assertThat(message(robot)).isEqualTo("That passphrase does not open this store. Check Caps Lock and try again.");
        assertThat(robot.lookup("#passphrase").queryTextInputControl().getText()).isEmpty();
        assertThat(opened).isFalse();

        robot.write(RIGHT);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, opened::get);
        assertThat(tried).containsExactly("kettle orange bicycle!", RIGHT);
    }
}
