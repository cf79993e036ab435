package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;
import org.careplanner.store.StoreException;
import org.careplanner.store.TestStores;
import org.careplanner.ui.home.StoreLibrary;
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
 * The main window built before its store is open, as App builds it while the key is derived (ADR 0027): it lists
 * every plan once the store opens, search works on it, and a store that did not open fails its waiting reads with
 * the store's own message instead of leaving them waiting.
 */
@ExtendWith(ApplicationExtension.class)
class PreparedWindowTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> GIVEN = List.of("Zo\u00eb", "Ada", "Alex", "Bryn", "Cerys");

    @TempDir
    Path dir;

    private Stage stage;
    private LocalStore store;
    private final CompletableFuture<LocalStore> opening = new CompletableFuture<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StoreLibrary library = new StoreLibrary(opening);
        window = new MainWindow(library, Optional.of(plan -> opening.join().plans().saveVersion(plan)),
                Optional.of(library), new Appearance(DisplaySettings.DEFAULT), TODAY).prepare();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
    }

    private void storeWithFivePlans() {
        try (LocalStore made = LocalStore.open(new DataFolder(dir), TestStores.defaults().withClock(TODAY))) {
            Instant then = Instant.parse("2026-01-10T09:00:00Z");
            for (int i = 0; i < GIVEN.size(); i++) {
                made.plans().saveVersion(Plan.newDraft(UUID.randomUUID(), Person.named(GIVEN.get(i), "Testperson"),
                        then.plusSeconds(i)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<PlanSummary> list(FxRobot robot) {
        return robot.lookup("#planList").queryAs(ListView.class);
    }

    @Test
    void aWindowBuiltBeforeItsStoreOpenedListsEveryPlanOnceItDoesAndSearchWorks(FxRobot robot) throws Exception {
        storeWithFivePlans();
        // Built and laid out with no store yet: its list waits for the store without holding a thread.
        WaitForAsyncUtils.waitForFxEvents();

        store = LocalStore.open(new DataFolder(dir), TestStores.defaults().withClock(TODAY));
        opening.complete(store);
        robot.interact(() -> window.show(stage));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == GIVEN.size());
        // Every one of them (saved at the same fixed time, so in no particular order).
        assertThat(list(robot).getItems()).extracting(PlanSummary::personName).containsExactlyInAnyOrder(
                "Cerys Testperson", "Bryn Testperson", "Alex Testperson", "Ada Testperson", "Zo\u00eb Testperson");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#search").query().isFocused());
        robot.write("zoe");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getItems().get(0).personName()).isEqualTo("Zo\u00eb Testperson");
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEqualTo("zoe");
    }

    @Test
    void theWorkAfterTheListWaitsUntilTheListIsLaidOut(FxRobot robot) throws Exception {
        storeWithFivePlans();
        store = LocalStore.open(new DataFolder(dir), TestStores.defaults().withClock(TODAY));
        // What the list's cells show when the day's backup and review dates would start (App.show does this).
        List<String> shownThen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> {
            window.show(stage);
            window.whenHomeListed(() -> {
                list(robot).lookupAll(".list-cell").forEach(cell -> {
                    if (cell instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null) {
                        shownThen.add(((PlanSummary) c.getItem()).personName());
                    }
                });
                ran.countDown();
            });
        });
        opening.complete(store);

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        // Every plan already in a cell: the list had been laid out for drawing before the work was started.
        assertThat(shownThen).containsExactlyInAnyOrder("Cerys Testperson", "Bryn Testperson", "Alex Testperson",
                "Ada Testperson", "Zo\u00eb Testperson");
    }

    @Test
    void whenTheStoreDidNotOpenAWaitingReadFailsWithTheStoresMessage() {
        CompletableFuture<LocalStore> failed = new CompletableFuture<>();
        StoreException refused = new StoreException("The store in " + dir + " was made by a newer version of "
                + "CarePlanner.");
        failed.completeExceptionally(refused);

        assertThatThrownBy(() -> new StoreLibrary(failed).search(PlanSearch.everything())).isSameAs(refused);
    }
}
