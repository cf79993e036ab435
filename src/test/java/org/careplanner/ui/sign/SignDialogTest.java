package org.careplanner.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Problem;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.SignedContent;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.signing.PlanSigning;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanChecks;
import org.careplanner.ui.MainWindow;
import org.careplanner.ui.plan.ConversationScreen;
import org.careplanner.ui.plan.PlanEditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sign… in the plan editor, driven headlessly: a stroke drawn on the pad with the robot, "Sign and lock", and the
 * version is locked in the store; a blocked plan lists its blocking problems instead; an empty pad is not a signature.
 */
@ExtendWith(ApplicationExtension.class)
class SignDialogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T11:00:00Z"), ZoneOffset.UTC);
    private static final PlanPricer PRICER = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
    private static final PlanChecks CHECKS = plan -> PRICER.assess(plan, LocalDate.now(CLOCK)).problems();

    @TempDir
    Path dir;

    private LocalStore store;
    private Plan opened;
    private PlanPaperwork paperwork;

    private void open(FxRobot robot, String example) throws Exception {
        open(robot, example, plan -> plan);
    }

    private void open(FxRobot robot, String example, java.util.function.UnaryOperator<Plan> change) throws Exception {
        store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.defaults().withClock(CLOCK).withPlanChecks(CHECKS));
        opened = store.plans().saveVersion(change.apply(
                new PlanFile().read(Path.of("docs/examples", example)).onlyPlan()));
        FxToolkit.setupStage(stage -> {
            PlanEditorViewModel editor = new PlanEditorViewModel(opened, CLOCK);
            ConversationScreen screen = new ConversationScreen(editor, Optional.of(store.plans()::saveVersion),
                    BrokerPrompts.english(), () -> { });
            SigningDesk desk = new StoreSigningDesk(new PlanSigning(store.plans(), CHECKS, CLOCK),
                    plan -> PRICER.assess(plan, LocalDate.now(CLOCK)));
            paperwork = new PlanPaperwork(editor, desk, screen::leave);
            screen.addHeaderActions(paperwork.view());
            Scene scene = new Scene((Parent) screen.view(), 1280, 800);
            scene.getStylesheets().add(Objects.requireNonNull(
                    MainWindow.class.getResource("careplanner.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
    }

    private static void openSignDialog(FxRobot robot) throws Exception {
        robot.clickOn("#signPlan");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A signature-like stroke across the pad, pressed, moved through several points and released. */
    private static void drawStroke(FxRobot robot) {
        Node pad = robot.lookup("#signaturePad").query();
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());
        robot.moveTo(b.getMinX() + 40, b.getMinY() + 120).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 12; i++) {
            robot.moveTo(b.getMinX() + 40 + i * 35, b.getMinY() + 120 - 60 * Math.abs(Math.sin(i * 0.8)));
        }
        robot.release(MouseButton.PRIMARY);
    }

    @Test
    void aStrokeDrawnOnThePadSignsAndLocksTheVersion(FxRobot robot) throws Exception {
        open(robot, "pa-two-streams-plan.json");
        assertThat(robot.lookup("#versionLock").queryAs(Label.class).getText())
                .isEqualTo("Version 1 \u00b7 draft");
        openSignDialog(robot);
        assertThat(robot.lookup("#signerName").queryAs(TextField.class).getText()).isEqualTo("Jo Sample");
        assertThat(robot.lookup("#clearSignature").query().isDisabled()).isTrue();

        drawStroke(robot);
        assertThat(robot.lookup("#clearSignature").query().isDisabled()).isFalse();
        robot.clickOn("#signAndLock");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#versionLock").queryAs(Label.class)
                .getText().contains("locked"));
        Plan signed = store.plans().latest(opened.id()).orElseThrow();
        assertThat(robot.lookup("#versionLock").queryAs(Label.class).getText())
                .isEqualTo("Version 1 \u00b7 signed and locked \u00b7 fingerprint "
                        + signed.signedHash().substring(0, 12));
        assertThat(robot.lookup("#signDialog").tryQuery()).isEmpty();
        assertThat(signed.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(store.plans().history(opened.id())).singleElement().satisfies(v -> assertThat(v.sealed()).isTrue());
        assertThat(signed.signatures()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Jo Sample");
            assertThat(s.method()).isEqualTo(SignatureMethod.DRAWN);
            assertThat(java.util.Base64.getDecoder().decode(s.imagePng())).startsWith(0x89, 'P', 'N', 'G');
        });
        assertThat(new SignedContent().check(signed).isUnchanged()).isTrue();
    }

    @Test
    void afterAddingASignerTheFocusIsOnTheNextSignersName(FxRobot robot) throws Exception {
        open(robot, "pa-two-streams-plan.json");
        openSignDialog(robot);
        drawStroke(robot);
        robot.clickOn("#addSigner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#signersSoFar").tryQuery()).isPresent();
        TextField name = robot.lookup("#signerName").queryAs(TextField.class);
        assertThat(name.isFocused()).as(String.valueOf(name.getScene().getFocusOwner())).isTrue();
        robot.write("Sam Sample");
        assertThat(name.getText()).isEqualTo("Sam Sample");
    }

    @Test
    void writingNoFontCanPrintIsNamedByItsPartBeforeSigningAndSigningStillWorks(FxRobot robot) throws Exception {
        // A made-up Chinese family name; no font folder has it (only an empty folder is searched), ADR 0036
        String chinese = "\u7f8e\u5b50";
        String before = System.getProperty(org.careplanner.print.InstalledFonts.FOLDERS_PROPERTY);
        System.setProperty(org.careplanner.print.InstalledFonts.FOLDERS_PROPERTY,
                java.nio.file.Files.createDirectories(dir.resolve("no-fonts")).toString());
        try {
            open(robot, "pa-two-streams-plan.json", plan -> plan.edit().person(new org.careplanner.domain.Person(
                    "Jo", chinese, "", plan.person().dateOfBirth(), plan.person().nhsNumber(), plan.person().address(),
                    plan.person().phone(), plan.person().communicationNeeds(), plan.person().representative())).done());
            openSignDialog(robot);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !robot.lookup("#signPrintNote").queryAs(Label.class).getText().isEmpty());
        } finally {
            if (before == null) {
                System.clearProperty(org.careplanner.print.InstalledFonts.FOLDERS_PROPERTY);
            } else {
                System.setProperty(org.careplanner.print.InstalledFonts.FOLDERS_PROPERTY, before);
            }
        }
        String note = robot.lookup("#signPrintNote").queryAs(Label.class).getText();
        Path pdf = dir.resolve("plan.pdf");
        System.setProperty(org.careplanner.print.InstalledFonts.FOLDERS_PROPERTY, dir.resolve("no-fonts").toString());
        try {
            robot.interact(() -> paperwork.writePdf(opened, org.careplanner.print.PrintSize.STANDARD, pdf));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup("#paperMessage").queryAs(Label.class).getText().startsWith("Saved as"));
        } finally {
            if (before == null) {
                System.clearProperty(org.careplanner.print.InstalledFonts.FOLDERS_PROPERTY);
            } else {
                System.setProperty(org.careplanner.print.InstalledFonts.FOLDERS_PROPERTY, before);
            }
        }
        // Save as PDF… says it beside the buttons too, naming the part, never the text
        assertThat(robot.lookup("#paperMessage").queryAs(Label.class).getText()).startsWith("Saved as plan.pdf.")
                .contains("no font for some of the writing in Name").doesNotContain(chinese);

        assertThat(note).contains("some of the writing in Name will print as white squares",
                "The signed plan keeps every word").doesNotContain(chinese);

        drawStroke(robot);
        robot.clickOn("#signAndLock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> store.plans().latest(opened.id())
                .map(p -> p.status() == PlanStatus.SIGNED).orElse(false));
        assertThat(store.plans().latest(opened.id()).orElseThrow().person().familyName()).isEqualTo(chinese);
    }

    @Test
    void aBlockedPlanListsEveryBlockingProblemAndCannotBeSigned(FxRobot robot) throws Exception {
        open(robot, "blocked-plan.json");
        List<Problem> blocking = CHECKS.check(opened).stream().filter(Problem::isBlocking).toList();

        openSignDialog(robot);

        assertThat(robot.lookup("#signHeading").queryAs(Label.class).getText()).contains("cannot be signed yet");
        VBox list = robot.lookup("#signBlockingProblems").queryAs(VBox.class);
        assertThat(list.getChildren()).hasSize(blocking.size());
        assertThat(((Label) list.getChildren().get(0)).getText()).contains(blocking.get(0).message());
        assertThat(robot.lookup("#signAndLock").tryQuery()).isEmpty();
        robot.clickOn("#closeSign");
        assertThat(store.plans().latest(opened.id())).contains(opened);
    }

    @Test
    void anEmptyPadIsNotASignatureAndClearStartsAgain(FxRobot robot) throws Exception {
        open(robot, "pa-two-streams-plan.json");
        openSignDialog(robot);
        drawStroke(robot);
        robot.clickOn("#clearSignature");
        assertThat(robot.lookup("#clearSignature").query().isDisabled()).isTrue();

        robot.clickOn("#signAndLock");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signProblems").queryAs(Label.class)
                .getText().startsWith("The signature pad is empty"));
        assertThat(store.plans().latest(opened.id())).contains(opened);
    }
}
