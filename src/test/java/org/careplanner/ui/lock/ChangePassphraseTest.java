package org.careplanner.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.Plan;
import org.careplanner.store.AutomaticBackups;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreBackup;
import org.careplanner.store.StorePassphrase;
import org.careplanner.store.StoreSettings;
import org.careplanner.store.TestStores;
import org.careplanner.store.WrongPassphraseException;
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
 * Security → "Change passphrase…" in the main window over a real store, wired as App wires it: the change is
 * made through the dialog, with the window disabled and its progress shown while it runs, the typing of an open
 * plan saved first; afterwards only the new passphrase opens the store, unlocks the window and opens the fresh
 * backup. A wrong current passphrase, a weak new one and a mistyped confirmation are each said at their field
 * and change nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ChangePassphraseTest {

    /** Made up, meets the passphrase rule. */
    private static final String NEW = "violet harbour teaspoon Monday";
    /** A made-up given name, typed just before the change (still waiting for its autosave). */
    private static final String TYPED = "Quillonette";

    @TempDir
    Path dir;

    private LocalStore store;
    private Path folder;
    private MainWindow window;
    /** Held by the first test so it can look at the window while the change runs; open otherwise. */
    private CountDownLatch letTheChangeRun = new CountDownLatch(0);
    private final CountDownLatch changeStarted = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        folder = dir.resolve("store");
        store = LocalStore.open(new DataFolder(folder), TestStores.defaults());
        PassphraseChange real = new StorePassphraseChange(store);
        PassphraseChange watched = new PassphraseChange() {
            @Override
            public Outcome change(char[] current, char[] next) {
                changeStarted.countDown();
                try {
                    letTheChangeRun.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return real.change(current, next);
            }

            @Override
            public boolean backUp() {
                return real.backUp();
            }
        };
        window = new MainWindow(PlanShelf.EMPTY, Optional.of(store.plans()::saveVersion), Clock.systemDefaultZone())
                .withIdleLock(LockSettings.DEFAULT.idleTime(), IdleLock.checkWith(store::isPassphrase))
                .withLockMenu(LockSettings.DEFAULT, chosen -> { })
                .withPassphraseChange(watched);
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    private static StoreSettings with(String passphrase) {
        return StoreSettings.defaults().withPassphrase(StorePassphrase.weakForTestsOnly(passphrase.toCharArray(),
                TestStores.TEST_ITERATIONS));
    }

    private void openTheDialog(FxRobot robot) {
        robot.clickOn("#securityMenu").clickOn("Change passphrase\u2026");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the three passphrases key by key, and clicks "Change passphrase". */
    private void type(FxRobot robot, String current, String next, String again) {
        robot.clickOn("#currentPassphrase").write(current);
        robot.clickOn("#newPassphrase").write(next);
        robot.clickOn("#confirmPassphrase").write(again);
        robot.clickOn("#changePassphrase");
    }

    /** Puts the three passphrases in their fields at once (typing each would take seconds), and clicks. */
    private void fill(FxRobot robot, String current, String next, String again) {
        robot.interact(() -> {
            robot.lookup("#currentPassphrase").queryTextInputControl().setText(current);
            robot.lookup("#newPassphrase").queryTextInputControl().setText(next);
            robot.lookup("#confirmPassphrase").queryTextInputControl().setText(again);
        });
        robot.clickOn("#changePassphrase");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    @Test
    void theNewPassphraseOpensTheStoreTheOldOneNoLonger(FxRobot robot) throws Exception {
        letTheChangeRun = new CountDownLatch(1);
        // A new plan with a name typed, its autosave still waiting (1.5 s): the change must save it first.
        robot.type(KeyCode.ENTER);
        robot.write(TYPED);
        openTheDialog(robot);
        type(robot, TestStores.PASSPHRASE, NEW, NEW);

        assertThat(changeStarted.await(30, TimeUnit.SECONDS)).as("the change started").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lockedContent").query().isDisabled()).as("the window, while it runs").isTrue();
        assertThat(robot.lookup("#changeBar").query().isVisible()).as("progress shown").isTrue();
        assertThat(text(robot, "#changeProgress")).isEqualTo("Encrypting the plans under the new passphrase\u2026");
        assertThat(robot.lookup("#changePassphrase").queryButton().isDisabled()).isTrue();
        letTheChangeRun.countDown();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#changeDone").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#changeBackups")).startsWith("A fresh backup was made under the new passphrase. "
                + "Backups made before today still open only with your OLD passphrase");
        assertThat(robot.lookup("#lockedContent").query().isDisabled()).as("the window, afterwards").isFalse();
        assertThat(robot.lookup("#givenName").queryTextInputControl().getText()).as("the typing, still there")
                .isEqualTo(TYPED);
        robot.clickOn("#closeChange");

        // The open window now unlocks with the new passphrase only.
        robot.interact(() -> window.idleLock().orElseThrow().lockNow());
        robot.clickOn("#passphrase").write(TestStores.PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#passphraseMessage").isEmpty());
        assertThat(robot.lookup("#lockPane").query().isVisible()).as("still locked after the old one").isTrue();
        robot.clickOn("#passphrase").write(NEW).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lockedContent").query().isVisible());

        // The fresh backup, opened on its own, needs the new passphrase too.
        AutomaticBackups.Backup fresh = store.automaticBackups().latest().orElseThrow();
        store.close();
        assertThatThrownBy(() -> StoreBackup.restore(new DataFolder(dir.resolve("old")), fresh.file(),
                TestStores.defaults())).hasMessageContaining("That passphrase does not open this store");
        StoreBackup.restore(new DataFolder(dir.resolve("restored")), fresh.file(), with(NEW));
        try (LocalStore restored = LocalStore.open(new DataFolder(dir.resolve("restored")), with(NEW))) {
            assertThat(restored.plans().planIds()).hasSize(1);
        }

        assertThatThrownBy(() -> LocalStore.open(new DataFolder(folder), TestStores.defaults()))
                .isInstanceOf(WrongPassphraseException.class);
        try (LocalStore reopened = LocalStore.open(new DataFolder(folder), with(NEW))) {
            List<Plan> plans = reopened.plans().planIds().stream().map(id -> reopened.plans().latest(id).orElseThrow())
                    .toList();
            assertThat(plans).as("the plan typed before the change, saved").singleElement()
                    .satisfies(p -> assertThat(p.person().givenName()).isEqualTo(TYPED));
        }
        store = LocalStore.open(new DataFolder(folder), with(NEW));
    }

    @Test
    void aWrongCurrentPassphraseIsSaidAtItsFieldAndChangesNothing(FxRobot robot) throws Exception {
        openTheDialog(robot);
        fill(robot, "not the passphrase at all", NEW, NEW);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#currentProblem").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#currentProblem")).isEqualTo("That passphrase does not open this store. Check Caps Lock and the keyboard "
                + "layout, and try again.");
        assertThat(robot.lookup("#changeDone").tryQuery()).isEmpty();
        assertThat(robot.lookup("#lockedContent").query().isDisabled()).isFalse();
        assertThat(store.isPassphrase(TestStores.PASSPHRASE.toCharArray())).isTrue();
        assertThat(store.isPassphrase(NEW.toCharArray())).isFalse();
        stillOpensWithTheOldPassphraseOnly();
    }

    @Test
    void aWeakOrMistypedNewPassphraseIsRefusedAtItsField(FxRobot robot) throws Exception {
        openTheDialog(robot);
        fill(robot, TestStores.PASSPHRASE, "short", "short");
        assertThat(text(robot, "#newProblem")).startsWith("A passphrase needs at least 10 characters");
        assertThat(text(robot, "#confirmProblem")).isEmpty();

        fill(robot, TestStores.PASSPHRASE, "aaaaaaaaaaaa", "aaaaaaaaaaaa");
        assertThat(text(robot, "#newProblem")).startsWith("A passphrase of one character repeated");

        fill(robot, TestStores.PASSPHRASE, NEW, NEW + " typo");
        assertThat(text(robot, "#newProblem")).isEmpty();
        assertThat(text(robot, "#confirmProblem"))
                .isEqualTo("The two passphrases are not the same: type it again in both boxes.");

        fill(robot, "", NEW, NEW);
        assertThat(text(robot, "#currentProblem")).isEqualTo("Type the passphrase you use now.");

        assertThat(changeStarted.getCount()).as("no change was even tried").isEqualTo(1);
        assertThat(robot.lookup("#changeDone").tryQuery()).isEmpty();
        stillOpensWithTheOldPassphraseOnly();
    }

    private void stillOpensWithTheOldPassphraseOnly() {
        store.close();
        assertThatThrownBy(() -> LocalStore.open(new DataFolder(folder), with(NEW)))
                .isInstanceOf(WrongPassphraseException.class);
        store = LocalStore.open(new DataFolder(folder), TestStores.defaults());
    }
}
