package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.careplanner.domain.PlanStatus;
import org.careplanner.store.PlanSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The home list shows each plan on the shelf in plain words, read off the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class HomeListTest {

    private final List<String> readOn = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // "Today" is 25 November 2026, so the review due on 1 July 2026 is overdue.
        new MainWindow(() -> {
            readOn.add(Thread.currentThread().getName());
            return List.of(new PlanSummary(UUID.fromString("00000000-0000-4000-8000-00000000a1e0"), "Alex Testperson",
                    "", PlanStatus.DRAFT, 2, Instant.parse("2026-05-01T10:00:00Z"), LocalDate.of(2026, 7, 1)));
        }, java.util.Optional.empty(), java.time.Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"),
                java.time.ZoneOffset.UTC)).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void showsThePersonStatusVersionAndReview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#planList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(robot.lookup("Alex Testperson \u2014 draft, version 2 \u2014 Review overdue since 1 Jul 2026")
                .tryQuery()).isPresent();
        assertThat(readOn).hasSize(1).allSatisfy(name -> assertThat(name).isNotEqualTo("JavaFX Application Thread"));
    }
}
