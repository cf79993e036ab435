package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first window, driven headlessly as a broker would: open the app, choose "New plan". */
@ExtendWith(ApplicationExtension.class)
class FirstWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new MainWindow(org.careplanner.ui.home.PlanShelf.EMPTY).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void opensOnAnEmptyListOfPlans(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("CarePlanner");
        ListView<?> plans = robot.lookup("#planList").queryAs(ListView.class);
        assertThat(plans.getItems()).isEmpty();
        assertThat(robot.lookup("No plans yet. Choose \u201cNew plan\u201d to start a conversation with someone "
                + "about their personal health budget.").tryQuery()).isPresent();
    }

    @Test
    void newPlanOpensTheEditor(FxRobot robot) {
        assertThat(robot.lookup("#planEditor").tryQuery()).isEmpty();
        robot.clickOn("#newPlan");
        assertThat(robot.lookup("#planEditor").tryQuery()).isPresent();
        assertThat(robot.lookup("#givenName").tryQuery()).isPresent();
    }

    @Test
    void theKeyboardAloneOpensANewPlanAndGoesBack(FxRobot robot) {
        // "New plan" is the default button: Enter opens the editor; Escape (the cancel button) goes back.
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#planEditor").tryQuery()).isPresent();
        // Focus is in the first field, so the broker can type the person's name straight away.
        robot.write("Alex");
        assertThat(robot.lookup("#givenName").queryTextInputControl().getText()).isEqualTo("Alex");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(robot.lookup("#planEditor").tryQuery()).isEmpty();
        assertThat(robot.lookup("#planList").tryQuery()).isPresent();
    }
}
