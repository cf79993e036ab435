package org.careplanner.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.PlanSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The home list's search: a newer question does not wait behind a slow older one, and the older answer, coming
 * back last, is dropped: the list shows the answer to what is in the box now.
 */
@ExtendWith(ApplicationExtension.class)
class HomeSearchTest {

    private static final PlanSummary ZOE = summary("Zo\u00eb Nguy\u1ec5n");
    private static final PlanSummary ADA = summary("Ada Testperson");

    private final CountDownLatch firstAnswerMayGo = new CountDownLatch(1);
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<List<PlanSummary>> shown = new CopyOnWriteArrayList<>();

    private static PlanSummary summary(String name) {
        return new PlanSummary(UUID.randomUUID(), name, "", PlanStatus.DRAFT, 1, Instant.parse("2026-11-01T10:00:00Z"),
                null);
    }

    @Start
    void start(Stage stage) {
        // No window needed: the search is a view-model; the toolkit runs its timer and task callbacks.
    }

    /** Answers "everything" slowly (only once allowed to), and "zoe" at once. */
    private final PlanLibrary slowFirst = new PlanLibrary() {
        @Override
        public List<PlanSummary> search(PlanSearch query) {
            asked.add(query.text());
            if (query.text().isEmpty()) {
                try {
                    firstAnswerMayGo.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of(ZOE, ADA);
            }
            return query.text().equals("zoe") ? List.of(ZOE) : List.of();
        }

        @Override
        public Optional<Plan> latest(UUID planId) {
            return Optional.empty();
        }

        @Override
        public Plan save(Plan plan) {
            return plan;
        }

        @Override
        public Optional<String> resumeStep(UUID planId) {
            return Optional.empty();
        }

        @Override
        public void rememberStep(UUID planId, String step) {
            // not needed here
        }
    };

    @Test
    void aLateAnswerToAnOlderQuestionIsDropped(FxRobot robot) throws Exception {
        AtomicReference<HomeSearch> search = new AtomicReference<>();
        robot.interact(() -> {
            HomeSearch s = new HomeSearch(slowFirst);
            s.results().addListener((ListChangeListener<PlanSummary>) c -> shown.add(List.copyOf(s.results())));
            s.searchNow();
            s.textProperty().set("zoe");
            search.set(s);
        });
        // "zoe" is answered while the first question is still out.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.contains(List.of(ZOE)));
        firstAnswerMayGo.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            AtomicReference<Integer> dropped = new AtomicReference<>();
            robot.interact(() -> dropped.set(search.get().dropped()));
            return dropped.get() == 1;
        });
        assertThat(asked).containsExactlyInAnyOrder("", "zoe");
        assertThat(shown).containsExactly(List.of(ZOE));
    }
}
