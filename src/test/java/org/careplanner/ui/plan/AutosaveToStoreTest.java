package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSummary;
import org.careplanner.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Wired as App wires it: what the broker types reaches a real store, and shows on the home list. */
@ExtendWith(ApplicationExtension.class)
class AutosaveToStoreTest {

    /** A new store for each test (the folder is filled in before {@code @Start} runs). */
    @TempDir
    Path dir;

    private LocalStore store;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.defaults());
        new MainWindow(store.plans()::homeList, Optional.of(store.plans()::saveVersion), Clock.systemUTC())
                .show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void theTypedNameIsInTheStoreOnceItSaysSaved(FxRobot robot) throws Exception {
        robot.clickOn("#newPlan").write("Zo\u00eb");
        robot.clickOn("#familyName").write("Testperson");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Saved".equals(robot.lookup("#saveStatus").queryLabeled().getText()));

        assertThat(store.plans().homeList()).extracting(PlanSummary::personName).containsExactly("Zo\u00eb Testperson");

        robot.clickOn("#step-what-matters");
        robot.clickOn("#goodDay").write("Coffee with my neighbour");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Saved".equals(robot.lookup("#saveStatus").queryLabeled().getText())
                        && store.plans().homeList().size() == 1
                        && store.plans().latest(store.plans().homeList().get(0).planId()).orElseThrow()
                        .aboutMe().goodDay().equals("Coffee with my neighbour"));
        assertThat(store.plans().homeList()).hasSize(1);
    }

    @Test
    void goingStraightBackShowsThePlanJustTypedOnTheList(FxRobot robot) throws Exception {
        robot.clickOn("#newPlan").write("Sam");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#planList").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#planList").queryListView().getItems())
                .extracting(item -> ((PlanSummary) item).personName()).containsExactly("Sam");
    }
}
