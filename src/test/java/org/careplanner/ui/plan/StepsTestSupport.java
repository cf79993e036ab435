package org.careplanner.ui.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.store.LocalStore;
import org.careplanner.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the step tests share: a conversation screen on a real store for a made-up person, and robot moves. */
final class StepsTestSupport {

    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T10:00:00Z"),
            java.time.ZoneOffset.UTC);

    private StepsTestSupport() {
    }

    /**
     * A store in a new folder, opened on the test's own thread: opening it (Flyway, H2's syncs) can take longer
     * than TestFX allows a start method on a busy machine.
     */
    static LocalStore openStore(java.nio.file.Path dir) {
        return LocalStore.open(new org.careplanner.store.DataFolder(dir),
                org.careplanner.store.TestStores.defaults());
    }

    /** {@link #openStore(java.nio.file.Path)} with the store's clock at {@code today}. */
    static LocalStore openStore(java.nio.file.Path dir, java.time.Clock today) {
        return LocalStore.open(new org.careplanner.store.DataFolder(dir),
                org.careplanner.store.TestStores.defaults().withClock(today));
    }

    /**
     * The main window as App builds it on {@code store} (home list, saving, resuming, the catalogue), not yet shown:
     * a test adds what else it needs (signing) and shows it.
     */
    static MainWindow mainWindow(LocalStore store, java.time.Clock today) {
        org.careplanner.ui.home.StoreLibrary library = new org.careplanner.ui.home.StoreLibrary(store);
        return new MainWindow(library, Optional.of(store.plans()::saveVersion), Optional.of(library),
                new org.careplanner.ui.Appearance(org.careplanner.ui.DisplaySettings.DEFAULT), today)
                .withCatalogue(store.catalogue()::entries);
    }

    /**
     * After a test on a store: its windows closed, every save already handed over finished, then the store closed
     * ({@code store} may be null: the test failed before opening it).
     */
    static void closeWindowsThenStore(LocalStore store) throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        Autosave.waitForSavesHandedOver();
        if (store != null) {
            store.close();
        }
    }

    /** Deletes a test's folder and everything in it. */
    static void delete(java.nio.file.Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    /** Shows the conversation for a new draft for Ffion Testperson (made up), saved to {@code store}. */
    static PlanEditorViewModel show(Stage stage, LocalStore store, UUID id) {
        return show(stage, store, draft(id));
    }

    static Plan draft(UUID id) {
        return Plan.newDraft(id, Person.named("Ffion", "Testperson"), CLOCK.instant());
    }

    /** Shows the conversation for a plan saved to {@code store} as it is edited. */
    static PlanEditorViewModel show(Stage stage, LocalStore store, Plan draft) {
        PlanEditorViewModel plan = new PlanEditorViewModel(draft, CLOCK);
        ConversationScreen screen = new ConversationScreen(plan, Optional.of(store.plans()::saveVersion),
                BrokerPrompts.english(), () -> { }, store.catalogue()::entries);
        Scene scene = new Scene((Parent) screen.view(), 1100, 760);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("careplanner.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        return plan;
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(visible(robot, query)).write(text);
    }

    static void replaceIn(FxRobot robot, String query, String text) {
        robot.clickOn(visible(robot, query));
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
    }

    static boolean focused(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query().isFocused();
    }

    static Node visible(FxRobot robot, String query) {
        return visible(robot, robot.lookup(query).<Node>query());
    }

    /** Scrolls the step's form so the node is in view, as a broker would before clicking it. */
    static Node visible(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node n = node.getParent();
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane pane && pane.getContent() != null) {
                double content = pane.getContent().getBoundsInLocal().getHeight();
                double viewport = pane.getViewportBounds().getHeight();
                Point2D at = pane.getContent().sceneToLocal(node.localToScene(0, 0));
                if (content > viewport) {
                    pane.setVvalue(Math.max(0, Math.min(1, (at.getY() - viewport / 3) / (content - viewport))));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }
}
