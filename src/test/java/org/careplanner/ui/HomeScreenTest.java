package org.careplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanSummary;
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
 * The home screen against a real store, wired as App wires it: search as you type, review flags in words,
 * opening a plan where it was left (by keyboard alone), and starting a review from a signed plan.
 */
@ExtendWith(ApplicationExtension.class)
class HomeScreenTest {

    /** "Today" for these tests: Wednesday 25 November 2026. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final UUID ZOE = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final UUID ADA = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    private static final UUID ALEX = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    /**
     * The review dates the store is told, by given name: 3 Nov is before today (overdue); 12 Dec is 17 days
     * ahead (due in 30 days); 1 Mar 2027 is 96 days ahead (neither).
     */
    private static final Map<String, LocalDate> REVIEWS = Map.of(
            "Zo\u00eb", LocalDate.of(2026, 11, 3),
            "Ada", LocalDate.of(2026, 12, 12),
            "Alex", LocalDate.of(2027, 3, 1));

    /**
     * How long one step of these tests (a list read, a plan opened) may take before the test gives up: a bound so a
     * step that never ends fails rather than hangs, not a check of speed (speed is the benchmark's). Generous: at a
     * load of 14-15 on two cores, the first plan opened in a test JVM (its conversation screen built for the first
     * time, its document read for the first time) once took more than the 10 s allowed before.
     */
    private static final long PATIENCE_SECONDS = 90;

    @TempDir
    Path dir;

    private LocalStore store;
    private Plan zoeSigned;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.defaults().withClock(TODAY)
                .withNextReviewDate(plan -> REVIEWS.get(plan.person().givenName())));
        Instant then = Instant.parse("2026-01-10T09:00:00Z");
        Plan zoe = Plan.newDraft(ZOE, Person.named("Zo\u00eb", "Nguy\u1ec5n"), then);
        zoeSigned = zoe.edit().status(PlanStatus.SIGNED)
                .signatures(List.of(new Signature(SignerRole.PERSON, "Zo\u00eb Nguy\u1ec5n", then,
                        SignatureMethod.DRAWN, "", "")))
                .done();
        store.plans().saveVersion(zoeSigned);
        Plan ada = Plan.newDraft(ADA, Person.named("Ada", "Testperson"), then);
        store.plans().saveVersion(ada.edit().aboutMe(new AboutMe("", "My allotment", "", "", "Coffee with my neighbour",
                "")).done());
        store.plans().saveVersion(Plan.newDraft(ALEX, Person.named("Alex", "Testperson"), then));
        StoreLibrary library = new StoreLibrary(store);
        new MainWindow(library, Optional.of(store.plans()::saveVersion), Optional.of(library),
                new Appearance(DisplaySettings.DEFAULT), TODAY).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<PlanSummary> list(FxRobot robot) {
        return robot.lookup("#planList").queryAs(ListView.class);
    }

    private static List<String> names(FxRobot robot) {
        return list(robot).getItems().stream().map(PlanSummary::personName).toList();
    }

    private static void waitForNames(FxRobot robot, String... expected) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> names(robot).equals(List.of(expected)));
    }

    @Test
    void typingNarrowsTheListAndZoeIsFoundWithoutHerAccent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> names(robot).size() == 3);
        // Focus starts in the search box: the broker just types.
        robot.write("zoe");
        waitForNames(robot, "Zo\u00eb Nguy\u1ec5n");
        robot.eraseText(3).write("testperson");
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> names(robot).size() == 2
                && names(robot).containsAll(List.of("Ada Testperson", "Alex Testperson")));
    }

    @Test
    void reviewsOverdueAndDueSoonAreFlaggedInWords(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> names(robot).size() == 3);
        assertThat(robot.lookup(".review-flag").queryAll()).map(n -> ((Label) n).getText())
                .contains("Review overdue since 3 Nov 2026", "Review due 12 Dec 2026", "Next review 1 Mar 2027");
        Label overdue = robot.lookup(".review-flag.overdue").queryAs(Label.class);
        assertThat(overdue.getText()).isEqualTo("Review overdue since 3 Nov 2026");
        assertThat(overdue.getGraphic()).as("an icon as well as colour").isNotNull();
        robot.clickOn("#filterOVERDUE");
        waitForNames(robot, "Zo\u00eb Nguy\u1ec5n");
        robot.clickOn("#filterDUE_WITHIN_30_DAYS");
        waitForNames(robot, "Ada Testperson");
    }

    @Test
    void theKeyboardAloneOpensAPlanAtTheStepItWasLeftWithItsAnswers(FxRobot robot) throws Exception {
        store.plans().rememberStep(ADA, "WHAT_MATTERS");
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> names(robot).size() == 3);
        robot.write("ada");
        waitForNames(robot, "Ada Testperson");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#goodDay").tryQuery().isPresent());
        assertThat(robot.lookup("#planTitle").queryLabeled().getText()).isEqualTo("Ada Testperson");
        assertThat(robot.lookup("#goodDay").queryAs(TextInputControl.class).getText())
                .isEqualTo("Coffee with my neighbour");
        assertThat(robot.lookup("#importantTo").queryAs(TextInputControl.class).getText()).isEqualTo("My allotment");

        // Moving to another step is remembered for next time.
        robot.clickOn("#step-about-the-person");
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> store.plans().resumeStep(ADA).equals(Optional.of("ABOUT_THE_PERSON")));
        assertThat(robot.lookup("#givenName").queryAs(TextInputControl.class).getText()).isEqualTo("Ada");
    }

    @Test
    void duplicateForReviewStartsADraftWithoutSignaturesAndLeavesTheSignedPlanAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> names(robot).size() == 3);
        robot.write("zoe");
        waitForNames(robot, "Zo\u00eb Nguy\u1ec5n");
        robot.type(KeyCode.DOWN);
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#planEditor").tryQuery().isPresent());

        Plan review = store.plans().latest(ZOE).orElseThrow();
        assertThat(review.version()).isEqualTo(2);
        assertThat(review.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(review.signatures()).isEmpty();
        assertThat(review.signedHash()).isEmpty();
        assertThat(review.person()).isEqualTo(zoeSigned.person());
        // Today's review is recorded, so the next review dates are counted from it.
        assertThat(review.review().lastReviewDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(store.plans().version(ZOE, 1)).contains(zoeSigned);
        assertThat(store.plans().history(ZOE).get(0).sealed()).isTrue();
        // The review starts at the first step.
        assertThat(robot.lookup("#givenName").queryAs(TextInputControl.class).getText()).isEqualTo("Zo\u00eb");
    }

    @Test
    void everyControlOnTheHomeScreenHasAnAccessibleName(FxRobot robot) {
        for (String id : List.of("#newPlan", "#openPlan", "#duplicateForReview", "#search", "#filterANY",
                "#filterOVERDUE", "#filterDUE_WITHIN_30_DAYS", "#statusFilter", "#planList")) {
            Node control = robot.lookup(id).query();
            assertThat(control.getAccessibleText()).as(id).isNotBlank();
        }
    }
}
