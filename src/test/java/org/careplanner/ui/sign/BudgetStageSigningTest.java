package org.careplanner.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.SignedContent;
import org.careplanner.interview.BrokerPrompts;
import org.careplanner.interview.ConversationStep;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.print.PrintSize;
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
 * Whether the budget is indicative or agreed, as a broker records it (step 7, by keyboard), reads it back (step 9),
 * is told of it when signing, and finds it printed: "final" only for an agreed budget in a signed version, "an
 * estimate: not agreed yet" for one signed while still indicative. A signed version shows the choice, unchangeable.
 * The plan is docs/examples/simple-plan.json (made up; its allocation indicative, nothing blocking signing).
 */
@ExtendWith(ApplicationExtension.class)
class BudgetStageSigningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T11:00:00Z"), ZoneOffset.UTC);
    private static final PlanPricer PRICER = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
    private static final PlanChecks CHECKS = plan -> PRICER.assess(plan, LocalDate.now(CLOCK)).problems();

    @TempDir
    Path dir;

    private LocalStore store;
    private Plan opened;
    private PlanEditorViewModel editor;
    private SigningDesk desk;

    private void open() throws Exception {
        store = LocalStore.open(new DataFolder(dir),
                org.careplanner.store.TestStores.defaults().withClock(CLOCK).withPlanChecks(CHECKS));
        opened = store.plans().saveVersion(new PlanFile().read(Path.of("docs/examples/simple-plan.json")).onlyPlan());
        assertThat(opened.budget().allocationStage()).isEqualTo(AllocationStage.INDICATIVE);
        desk = new StoreSigningDesk(new PlanSigning(store.plans(), CHECKS, CLOCK),
                plan -> PRICER.assess(plan, LocalDate.now(CLOCK)));
        FxToolkit.setupStage(stage -> {
            editor = new PlanEditorViewModel(opened, CLOCK);
            ConversationScreen screen = new ConversationScreen(editor, Optional.of(store.plans()::saveVersion),
                    BrokerPrompts.english(), () -> { });
            screen.addHeaderActions(new PlanPaperwork(editor, desk, screen::leave).view());
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
        org.careplanner.ui.plan.Autosave.waitForSavesHandedOver();
        if (store != null) {
            store.close();
        }
    }

    private static RadioButton radio(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(RadioButton.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private void goToStep(FxRobot robot, ConversationStep step) {
        robot.interact(() -> editor.currentStepProperty().set(step));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Signs on the pad as the person, with a stroke drawn across it, and waits for the version to be locked. */
    private Plan signOnThePad(FxRobot robot) throws Exception {
        robot.clickOn("#signAndLock");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#versionLock").contains("locked"));
        return store.plans().latest(opened.id()).orElseThrow();
    }

    private void drawStroke(FxRobot robot) {
        Node pad = robot.lookup("#signaturePad").query();
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());
        robot.moveTo(b.getMinX() + 40, b.getMinY() + 120).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 12; i++) {
            robot.moveTo(b.getMinX() + 40 + i * 35, b.getMinY() + 120 - 60 * Math.abs(Math.sin(i * 0.8)));
        }
        robot.release(MouseButton.PRIMARY);
    }

    private void openSignDialog(FxRobot robot) throws Exception {
        robot.clickOn("#signPlan");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String printed(Plan plan) throws IOException {
        try (PDDocument doc = Loader.loadPDF(desk.pdf(plan, PrintSize.STANDARD).pdf())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theBrokerRecordsByKeyboardThatTheBudgetIsAgreedAndTheSignedPlanPrintsItAsFinal(FxRobot robot)
            throws Exception {
        open();
        goToStep(robot, ConversationStep.MONEY_MANAGEMENT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#allocation").query().isFocused());
        assertThat(radio(robot, "#allocationStageIndicative").isSelected()).isTrue();
        assertThat(radio(robot, "#allocationStageIndicative").isDisabled()).isFalse();
        assertThat(robot.lookup("#allocationStageLocked").query().isVisible()).isFalse();

        // From the amount: Tab to "Given as", Tab to the chosen stage, Down to "agreed".
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(radio(robot, "#allocationStageIndicative").isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(radio(robot, "#allocationStageAgreed").isFocused()).isTrue();
        assertThat(radio(robot, "#allocationStageAgreed").isSelected()).isTrue();
        assertThat(radio(robot, "#allocationStageIndicative").isSelected()).isFalse();
        assertThat(editor.snapshot().budget().allocationStage()).isEqualTo(AllocationStage.AGREED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.plans().latest(opened.id())
                .map(p -> p.budget().allocationStage() == AllocationStage.AGREED).orElse(false));

        goToStep(robot, ConversationStep.SUMMARY);
        assertThat(text(robot, "#summaryBudgetStage")).isEqualTo("The budget is agreed by the NHS or council.");

        openSignDialog(robot);
        assertThat(text(robot, "#signBudgetNote")).isEqualTo("The budget is recorded as agreed by the NHS or council.");
        drawStroke(robot);
        Plan signed = signOnThePad(robot);

        assertThat(signed.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(signed.budget().allocationStage()).isEqualTo(AllocationStage.AGREED);
        assertThat(new SignedContent().check(signed).isUnchanged()).isTrue();
        // A signed version never changes: the choice is shown, not offered, with how to record a change.
        goToStep(robot, ConversationStep.MONEY_MANAGEMENT);
        assertThat(radio(robot, "#allocationStageAgreed").isSelected()).isTrue();
        assertThat(radio(robot, "#allocationStageAgreed").isDisabled()).isTrue();
        assertThat(radio(robot, "#allocationStageIndicative").isDisabled()).isTrue();
        assertThat(robot.lookup("#allocationStageLocked").query().isVisible()).isTrue();
        assertThat(printed(signed)).contains("My budget (a year, final)").doesNotContain("not agreed yet");

        // The plan file carries it: written, read back and opened again, the budget is still agreed.
        PlanFile file = new PlanFile();
        String written = file.write(signed);
        assertThat(written).contains("\"allocationStage\": \"AGREED\"");
        Plan read = file.read(written).onlyPlan();
        assertThat(read).isEqualTo(signed);
        assertThat(new PlanEditorViewModel(read, CLOCK).snapshot().budget().allocationStage())
                .isEqualTo(AllocationStage.AGREED);
    }

    @Test
    void signingWhileTheBudgetIsIndicativeIsAllowedWithANoteAndThePrintoutSaysItIsNotAgreed(FxRobot robot)
            throws Exception {
        open();
        goToStep(robot, ConversationStep.SUMMARY);
        assertThat(text(robot, "#summaryBudgetStage")).isEqualTo("The budget is an indicative figure, not agreed "
                + "yet. When the NHS or council agrees it, record that in step 7 before signing.");
        assertThat(robot.lookup("#summaryBudgetStage").query().getStyleClass()).contains("warning");
        // The read-back's link goes to the choice in step 7.
        robot.clickOn("#summaryBudgetStage");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.currentStepProperty().get()).isEqualTo(ConversationStep.MONEY_MANAGEMENT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> radio(robot, "#allocationStageIndicative").isFocused());

        openSignDialog(robot);
        Label note = robot.lookup("#signBudgetNote").queryAs(Label.class);
        assertThat(note.getText()).startsWith("The budget is still recorded as an indicative figure, not agreed yet. "
                + "You can sign now");
        assertThat(note.getStyleClass()).contains("warning");
        assertThat(robot.lookup("#signAndLock").query().isDisabled()).isFalse();
        drawStroke(robot);
        Plan signed = signOnThePad(robot);

        assertThat(signed.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(signed.budget().allocationStage()).isEqualTo(AllocationStage.INDICATIVE);
        String printed = printed(signed);
        assertThat(printed).contains("My budget (a year, an estimate: not agreed yet)")
                .doesNotContain("a year, final").doesNotContain("a year, agreed");
        goToStep(robot, ConversationStep.MONEY_MANAGEMENT);
        assertThat(radio(robot, "#allocationStageIndicative").isSelected()).isTrue();
        assertThat(radio(robot, "#allocationStageAgreed").isDisabled()).isTrue();
    }
}
