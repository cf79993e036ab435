package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The top of a plan (Back to plans, the person's name, the save status, Sign…, Print…, Save as PDF…) never cuts
 * its words short with "…". It did, in the main window's own size, whenever a field was marked in red: the long
 * "Saved, except the answers marked in red…" squeezed "Back to plans" and the name. Now the paperwork goes onto a
 * row of its own when the one row is too narrow, and stays on the one row when there is room.
 */
@ExtendWith(ApplicationExtension.class)
class HeaderFitsItsWidthTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private Stage stage;
    private PlanEditorViewModel plan;
    private HBox paperwork;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** The plan screen at the given width, with a stand-in for the paperwork of the same size as the real one. */
    private void show(double width) {
        plan = new PlanEditorViewModel(Plan.newDraft(UUID.randomUUID(), Person.named("Kit", "Testwood"),
                CLOCK.instant()), CLOCK);
        ConversationScreen screen = new ConversationScreen(plan, Optional.of(p -> p), BrokerPrompts.english(),
                () -> { });
        paperwork = new HBox(10, new Button("Sign…"), new Button("Print…"), new Button("Save as PDF…"),
                new CheckBox("Large print"));
        screen.addHeaderActions(paperwork);
        Scene scene = new Scene((Parent) screen.view(), width, 720);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("careplanner.css")).toExternalForm());
        stage.setScene(scene);
        // The window is shared by the UI tests: one that sized it (SupportStepFitsSmallWindowTest) would otherwise
        // keep its width, and the header would be laid out at that width instead of this one.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aLongSaveStatusInTheMainWindowsSizeCutsNothingShort(FxRobot robot) throws Exception {
        robot.interact(() -> show(1100));
        // A wrong check digit is kept out of the saved plan, so the status names the answers marked in red.
        robot.clickOn("#nhsNumber").write("999 765 4324");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveStatus").queryLabeled().getText()
                .startsWith("Saved, except"));
        WaitForAsyncUtils.waitForFxEvents();

        for (Labeled words : List.of(robot.lookup("#backToPlans").queryLabeled(),
                robot.lookup("#planTitle").queryLabeled())) {
            assertWhole(words);
        }
        paperwork.getChildren().forEach(n -> assertWhole((Labeled) n));
        assertThat(top(paperwork)).as("the paperwork on a row of its own, under the name")
                .isGreaterThan(bottom(robot.lookup("#backToPlans").query()));
    }

    @Test
    void withRoomEverythingStaysOnOneRow(FxRobot robot) throws Exception {
        robot.interact(() -> show(1280)); // the headless screen is 1280 wide
        robot.clickOn("#nhsNumber").write("999 765 4324");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#saveStatus").queryLabeled().getText()
                .startsWith("Saved, except"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(top(paperwork)).as("the paperwork beside the name")
                .isLessThan(bottom(robot.lookup("#backToPlans").query()));
        paperwork.getChildren().forEach(n -> assertWhole((Labeled) n));
    }

    private static void assertWhole(Labeled words) {
        assertThat(words.getWidth()).as("\"%s\" shown whole", words.getText())
                .isGreaterThanOrEqualTo(words.prefWidth(-1) - 0.5);
    }

    private static double top(Node node) {
        return scene(node).getMinY();
    }

    private static double bottom(Node node) {
        return scene(node).getMaxY();
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
