package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.careplanner.store.DamagedStores;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.RunningInstance;
import org.careplanner.store.StoreBackup;
import org.careplanner.store.StoreDamagedException;
import org.careplanner.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The windows shown when the store cannot be opened at start: a damaged file, and a second start. */
@ExtendWith(ApplicationExtension.class)
class StartProblemsTest {

    @TempDir
    Path dir;

    private Stage stage;
    private final AtomicBoolean quit = new AtomicBoolean();
    private final Appearance appearance = new Appearance(DisplaySettings.DEFAULT);

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aDamagedStoreIsSaidPlainlyAndTheLatestBackupRestoredFromTheOffer(FxRobot robot) throws Exception {
        UUID planId = DamagedStores.withBackupThenDamaged(dir, true);
        DataFolder folder = new DataFolder(dir);
        StoreDamagedException damaged = (StoreDamagedException) catchOpening(folder);
        AtomicReference<LocalStore> opened = new AtomicReference<>();
        robot.interact(() -> StartProblems.damaged(stage, appearance, damaged.latestBackup(), () -> {
            StoreBackup.restoreLatest(folder, DamagedStores.settings());
            return LocalStore.open(folder, DamagedStores.settings());
        }, opened::set, () -> quit.set(true)).show());

        assertThat(robot.lookup("#startProblemTitle").queryLabeled().getText())
                .isEqualTo("Your plans store is damaged");
        assertThat(robot.lookup("#startProblemMessage").queryLabeled().getText())
                .startsWith("Part of the file that holds your plans has been overwritten, so CarePlanner cannot read it.")
                .contains("The latest automatic backup is from " + StoreDamagedException.describe(
                        Instant.parse("2026-05-01T10:00:00Z")) + ".")
                .contains("kept aside");

        robot.clickOn("#restoreBackup");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.get() != null);
        try (LocalStore store = opened.get()) {
            assertThat(store.plans().latest(planId)).isPresent();
        }
        assertThat(dir.resolve("careplanner.damaged-20260501-100000.mv.db")).isRegularFile();
        assertThat(stage.isShowing()).isFalse();
        assertThat(quit).isFalse();
    }

    @Test
    void withNoBackupOnlyQuitIsOfferedAndTheFileIsLeftAlone(FxRobot robot) throws Exception {
        DamagedStores.withBackupThenDamaged(dir, false);
        byte[] before = Files.readAllBytes(new DataFolder(dir).databaseFile());
        StoreDamagedException damaged = (StoreDamagedException) catchOpening(new DataFolder(dir));
        robot.interact(() -> StartProblems.damaged(stage, appearance, damaged.latestBackup(), () -> {
            throw new AssertionError("nothing to restore");
        }, x -> { }, () -> quit.set(true)).show());

        assertThat(robot.lookup("#restoreBackup").tryQuery()).isEmpty();
        assertThat(robot.lookup("#startProblemMessage").queryLabeled().getText())
                .contains("There is no automatic backup to restore.");
        robot.clickOn("#quit");
        assertThat(quit).isTrue();
        assertThat(Files.readAllBytes(new DataFolder(dir).databaseFile())).isEqualTo(before);
    }

    @Test
    void aSecondStartSwitchesToTheOpenWindowAndEnds(FxRobot robot) {
        AtomicInteger shown = new AtomicInteger();
        DataFolder folder = new DataFolder(dir);
        try (RunningInstance first = RunningInstance.listen(folder, shown::incrementAndGet).orElseThrow()) {
            robot.interact(() -> StartProblems.inUse(stage, appearance, true,
                    () -> RunningInstance.askToShow(folder), () -> quit.set(true)).show());
            assertThat(robot.lookup("#startProblemTitle").queryLabeled().getText())
                    .isEqualTo("CarePlanner is already open");
            assertThat(robot.lookup("#startProblemMessage").queryLabeled().getText())
                    .startsWith("Your plans are open in another CarePlanner window.");

            robot.clickOn("#switchToOpenWindow");
            WaitForAsyncUtils.waitForFxEvents();
            try {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, quit::get);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the second start did not end", e);
            }
            assertThat(shown).hasValue(1);
        }
    }

    @Test
    void whenTheOtherWindowDoesNotAnswerItSaysSoAndStays(FxRobot robot) throws Exception {
        DataFolder folder = new DataFolder(dir);
        robot.interact(() -> StartProblems.inUse(stage, appearance, true, () -> {
            if (!RunningInstance.askToShow(folder)) {
                throw new StoreException(MainWindow.TEXT.getString("inUse.noAnswer"));
            }
            return true;
        }, () -> quit.set(true)).show());
        robot.clickOn("#switchToOpenWindow");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#startProblemWorking").queryLabeled().getText().startsWith("The other"));
        assertThat(robot.lookup("#startProblemWorking").queryLabeled().getText())
                .isEqualTo("The other CarePlanner window did not answer. It may be closing: wait a moment, then "
                        + "start CarePlanner again.");
        assertThat(robot.lookup("#switchToOpenWindow").queryButton().isDisabled()).isFalse();
        assertThat(quit).isFalse();
    }

    @Test
    void anotherProgramHoldingTheStoreOffersOnlyQuit(FxRobot robot) {
        robot.interact(() -> StartProblems.inUse(stage, appearance, false, () -> true, () -> quit.set(true)).show());
        assertThat(robot.lookup("#switchToOpenWindow").tryQuery()).isEmpty();
        assertThat(robot.lookup("#startProblemMessage").queryLabeled().getText())
                .startsWith("Another program is using your plans store just now");
    }

    private static StoreException catchOpening(DataFolder folder) {
        try {
            LocalStore.open(folder, DamagedStores.settings()).close();
        } catch (StoreException e) {
            return e;
        }
        throw new AssertionError("the damaged store opened");
    }
}
