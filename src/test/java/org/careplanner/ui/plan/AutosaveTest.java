package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.careplanner.domain.Plan;
import org.careplanner.ui.MainWindow;
import org.careplanner.ui.home.PlanShelf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan is saved a moment after the broker stops typing, off the JavaFX thread, and "Saved" means saved. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    /** Plans handed to the saver, with the thread each was saved on. */
    private final List<Plan> saved = new CopyOnWriteArrayList<>();
    private final List<String> savedOn = new CopyOnWriteArrayList<>();
    /** The saver waits for this before returning, so the test can see "Saving…" while a save is under way. */
    private final CountDownLatch storeMayReturn = new CountDownLatch(1);
    private volatile boolean storeFails;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        PlanSaver saver = plan -> {
            savedOn.add(Thread.currentThread().getName());
            saved.add(plan);
            try {
                if (!storeMayReturn.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never let the save finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (storeFails) {
                throw new IllegalStateException("Disk full");
            }
            return plan;
        };
        new MainWindow(PlanShelf.EMPTY, Optional.of(saver), Clock.systemUTC()).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        storeMayReturn.countDown();
        FxToolkit.cleanupStages();
    }

    @Test
    void savesOnceTheBrokerStopsTypingOffTheFxThread(FxRobot robot) throws Exception {
        robot.clickOn("#newPlan").write("Alex");
        robot.clickOn("#familyName").write("Testperson");
        assertThat(saved).as("nothing is saved while the broker is typing").isEmpty();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !saved.isEmpty());
        assertThat(savedOn).containsExactly("autosave");
        assertThat(saved.get(0).person().fullName()).isEqualTo("Alex Testperson");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveStatus").queryLabeled().getText()).isEqualTo("Saving\u2026");

        storeMayReturn.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Saved".equals(robot.lookup("#saveStatus").queryLabeled().getText()));
        assertThat(saved).hasSize(1);
    }

    @Test
    void aFailedSaveSaysSoPlainly(FxRobot robot) throws Exception {
        storeFails = true;
        storeMayReturn.countDown();
        robot.clickOn("#newPlan").write("Alex");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#saveStatus").queryLabeled().getText().startsWith("Not saved"));
        assertThat(savedOn).containsExactly("autosave");
    }

    @Test
    void goingBackToThePlansSavesWhatIsWaitingAtOnce(FxRobot robot) throws Exception {
        storeMayReturn.countDown();
        robot.clickOn("#newPlan").write("Alex");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> !saved.isEmpty());
        assertThat(saved.get(0).person().givenName()).isEqualTo("Alex");
    }

    @Test
    void anAnswerThatIsNotValidYetIsNotCalledSaved(FxRobot robot) throws Exception {
        storeMayReturn.countDown();
        robot.clickOn("#newPlan").write("Alex");
        robot.clickOn("#nhsNumber").write("943 476 5918");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#saveStatus").queryLabeled().getText().startsWith("Saved, except the answers"));
        assertThat(saved.get(saved.size() - 1).person().nhsNumber()).isNull();

        robot.type(javafx.scene.input.KeyCode.BACK_SPACE).write("9");
        assertThat(robot.lookup("#saveStatus").queryLabeled().getText()).isEqualTo("Saving\u2026");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Saved".equals(robot.lookup("#saveStatus").queryLabeled().getText()));
        assertThat(saved.get(saved.size() - 1).person().nhsNumber().formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void closingTheWindowSavesWhatIsWaitingAtOnce(FxRobot robot) throws Exception {
        storeMayReturn.countDown();
        robot.clickOn("#newPlan").write("Alex");
        robot.interact(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> !saved.isEmpty());
        assertThat(saved.get(0).person().givenName()).isEqualTo("Alex");
        assertThat(savedOn).containsExactly("autosave");
    }
}
