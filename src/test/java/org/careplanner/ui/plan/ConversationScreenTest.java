package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** The guided conversation, driven headlessly as a broker would, with the mouse and with the keyboard alone. */
@ExtendWith(ApplicationExtension.class)
class ConversationScreenTest {

    @Start
    void start(Stage stage) {
        new MainWindow(PlanShelf.EMPTY).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void namingThePersonOpensTheOtherStepsAndThePromptsFollowTheStep(FxRobot robot) {
        robot.clickOn("#newPlan");
        assertThat(robot.lookup("#step-what-matters").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#step-summary").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#nextStep").query().isDisabled()).isTrue();

        robot.clickOn("#givenName").write("Alex");
        robot.clickOn("#familyName").write("Testperson");

        assertThat(robot.lookup("#planTitle").queryLabeled().getText()).isEqualTo("Alex Testperson");
        assertThat(robot.lookup("#step-what-matters").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#step-summary").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#step-about-the-person").query().getAccessibleText())
                .isEqualTo("About you: In progress");

        robot.clickOn("#step-what-matters");
        robot.clickOn("#importantTo").write("My allotment, and my dog");
        assertThat(robot.lookup("#stepTitle").queryLabeled().getText()).isEqualTo("What matters to you");
        assertThat(robot.lookup("#step-what-matters").query().getAccessibleText())
                .isEqualTo("What matters to you: In progress");
        Node panel = robot.lookup("#promptsPanel").query();
        assertThat(robot.from(panel).lookup("1. What is important to you in your life?").tryQuery()).isPresent();
        assertThat(robot.from(panel).lookup("What would you like me to call you?").tryQuery()).isEmpty();

        robot.clickOn("#hidePrompts");
        assertThat(panel.isVisible()).isFalse();
        assertThat(robot.lookup("#hidePrompts").queryLabeled().getText()).isEqualTo("S_how prompts");
        robot.clickOn("#hidePrompts");
        assertThat(panel.isVisible()).isTrue();

        // Alt+H, the underlined letter, hides them too (it once only moved the focus to the button).
        robot.push(KeyCode.ALT, KeyCode.H);
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    void theKeyboardAloneWalksThroughTheFirstTwoSteps(FxRobot robot) throws Exception {
        // A key goes to the focused window: on a loaded machine the stage may not have the focus yet.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#newPlan").query().getScene().getWindow().isFocused());
        robot.type(KeyCode.ENTER); // "New plan" is the default button
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#givenName").tryQuery().isPresent());
        assertThat(robot.lookup("#givenName").query().isFocused())
                .as(String.valueOf(robot.lookup("#givenName").query().getScene().getFocusOwner())).isTrue();
        robot.write("Alex");
        assertThat(robot.lookup("#givenName").queryTextInputControl().getText()).isEqualTo("Alex");
        String[][] fields = {{"familyName", "Testperson"}, {"preferredName", "Al"}, {"dateOfBirth", "14/3/1958"},
            {"nhsNumber", "943 476 5919"}, {"communicationNeeds", "Large print"}};
        for (String[] field : fields) {
            robot.type(KeyCode.TAB).write(field[1]);
            assertThat(robot.lookup("#" + field[0]).queryTextInputControl().getText())
                    .as(field[0] + " " + robot.lookup("#givenName").query().getScene().getFocusOwner())
                    .isEqualTo(field[1]);
        }
        robot.push(KeyCode.ALT, KeyCode.N); // Next
        assertThat(robot.lookup("#stepTitle").queryLabeled().getText()).isEqualTo("What matters to you");
        assertThat(robot.lookup("#likeAndAdmire").query().isFocused()).isTrue();
        robot.write("Kind and funny");
        robot.type(KeyCode.TAB).write("My allotment");
        assertThat(robot.lookup("#likeAndAdmire").queryTextInputControl().getText()).isEqualTo("Kind and funny");
        assertThat(robot.lookup("#importantTo").queryTextInputControl().getText()).isEqualTo("My allotment");

        robot.push(KeyCode.ALT, KeyCode.B); // Back
        assertThat(robot.lookup("#givenName").query().isFocused()).isTrue();
        assertThat(robot.lookup("#nhsNumber").queryTextInputControl().getText()).isEqualTo("943 476 5919");

        // Tab order follows the form down to the last field, then ("Back" is disabled on the first step) "Next";
        // Enter on a focused button presses it.
        // Under the form come the person's words ("Add their words") and the broker's notes, then the buttons.
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.TAB);
        }
        // The care co-ordinator's name, where they work and their phone close step 1's form.
        assertThat(robot.lookup("#name").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(robot.lookup("#addQuote").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#brokerNote").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#nextStep").query().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#stepTitle").queryLabeled().getText()).isEqualTo("What matters to you");
    }

    @Test
    void aWrongNhsNumberIsShownAtTheFieldAsItIsTyped(FxRobot robot) {
        robot.clickOn("#newPlan");
        robot.clickOn("#nhsNumber").write("943 476 5918");
        Label problem = robot.lookup("#nhsNumberProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("This is not a valid NHS number");
        assertThat(robot.lookup("#nhsNumber").query().getStyleClass()).contains("has-problem");

        robot.type(KeyCode.BACK_SPACE).write("9");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        assertThat(robot.lookup("#nhsNumber").query().getStyleClass()).doesNotContain("has-problem");
        assertThat(robot.lookup("#step-about-the-person").query().getAccessibleText())
                .isEqualTo("About you: In progress");
    }

    @Test
    void everyControlHasAnAccessibleText(FxRobot robot) throws Exception {
        robot.clickOn("#newPlan").write("Alex");
        for (String step : new String[] {"#step-about-the-person", "#step-what-matters", "#step-health-needs",
            "#step-outcomes", "#step-support", "#step-risks", "#step-money-management", "#step-review",
            "#step-summary"}) {
            robot.clickOn(step);
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> robot.lookup(".text-input").tryQuery().isPresent());
            java.util.Set<Node> controls = new java.util.HashSet<>(robot.lookup(".text-input").queryAll());
            controls.addAll(robot.lookup(".button").queryAll());
            controls.addAll(robot.lookup(".toggle-button").queryAll());
            controls.addAll(robot.lookup(".combo-box").queryAll());
            controls.addAll(robot.lookup(".check-box").queryAll());
            controls.addAll(robot.lookup(".hyperlink").queryAll());
            assertThat(controls).hasSizeGreaterThan(10)
                    .allSatisfy(n -> assertThat(n.getAccessibleText()).as(n.getId()).isNotBlank());
        }
    }

    @Test
    void aLongStepTitleWrapsWithoutStretchingItsButton(FxRobot robot) {
        robot.clickOn("#newPlan");
        // "Staying safe, and what to do if things go wrong" takes two lines; it once made its button 200 px tall.
        javafx.scene.layout.Region risks = robot.lookup("#step-risks").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.Region support = robot.lookup("#step-support").queryAs(javafx.scene.layout.Region.class);
        assertThat(risks.getHeight()).isGreaterThan(support.getHeight()).isLessThan(support.getHeight() * 1.6);
    }
}
