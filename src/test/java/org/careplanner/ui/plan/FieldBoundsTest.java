package org.careplanner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.domain.TextLimits;
import org.careplanner.exchange.FormatLimits;
import org.careplanner.exchange.PlanFile;
import org.careplanner.interview.ConversationStep;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.signing.PlanSigning;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanChecks;
import org.careplanner.ui.FieldInput;
import org.careplanner.ui.FieldInput.Kind;
import org.careplanner.ui.sign.StoreSigningDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6, bad input, over the real window: the home screen, every step of a full plan (docs/examples, with a
 * personal assistant's line open in the line editor) and the sign dialog. Every text field found in the scene
 * graph must be of a {@link FieldInput} kind, so a field added later without a bound fails here; pasting one
 * character more than its limit, or typing one more at the limit, leaves it at the limit and says so at the
 * field. Money and number fields refuse or flag "abc", "12.345", "1e5" and "-5"; dates flag 31/02/2020.
 */
@ExtendWith(ApplicationExtension.class)
class FieldBoundsTest {

    /** "Today": 10 March 2026, a day on which the example plan can be signed (as in SignDialogTest). */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-10T11:00:00Z"), ZoneOffset.UTC);
    private static final PlanPricer PRICER = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
    private static final PlanChecks CHECKS = plan -> PRICER.assess(plan, LocalDate.now(TODAY)).problems();

    @TempDir
    Path dir;

    private LocalStore store;
    private Stage stage;
    /** Every field exercised, so one shown on several steps (the quotes panel) is tried once. */
    private final Set<TextInputControl> tried = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> kindsSeen = new ArrayList<>();

    @Start
    void start(Stage first) {
        stage = first;
    }

    @AfterEach
    void close() throws Exception {
        StepsTestSupport.closeWindowsThenStore(store);
    }

    @Test
    void everyTextFieldOnEveryScreenIsBoundedAndSaysSoAtTheField(FxRobot robot) throws Exception {
        store = LocalStore.open(new DataFolder(dir),
                org.careplanner.store.TestStores.defaults().withClock(TODAY).withPlanChecks(CHECKS));
        Plan example = new PlanFile().read(Path.of("docs/examples", "pa-two-streams-plan.json")).onlyPlan();
        store.plans().saveVersion(example);
        robot.interact(() -> {
            StepsTestSupport.mainWindow(store, TODAY)
                    .withSigning(new StoreSigningDesk(new PlanSigning(store.plans(), CHECKS, TODAY),
                            plan -> PRICER.assess(plan, LocalDate.now(TODAY))))
                    .show(stage);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#planList").queryAs(ListView.class).getItems().isEmpty());

        // The home screen: its search box.
        tryEveryField(robot, stage.getScene().getRoot());

        // The plan, opened from the list, step by step; on step 5 the personal assistant's line is opened.
        robot.clickOn("#search").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#planEditor").tryQuery().isPresent());
        for (ConversationStep step : ConversationStep.values()) {
            robot.clickOn("#step-" + step.id());
            WaitForAsyncUtils.waitForFxEvents();
            if (step == ConversationStep.SUPPORT) {
                robot.interact(() -> robot.lookup("#supportTable").queryAs(TableView.class).getSelectionModel()
                        .select(0));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(robot.lookup("#paHours").tryQuery()).as("the PA calculator is open").isPresent();
            }
            tryEveryField(robot, stage.getScene().getRoot());
        }

        // The sign dialog: who signs, and a witness when the person agrees verbally.
        robot.clickOn("#signPlan");
        // The dialog opens after the plan is saved and checked, off the JavaFX thread (as SignDialogTest waits).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#signVerbal").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#signVerbal");
        Node signerName = robot.lookup("#signerName").query();
        tryEveryField(robot, signerName.getScene().getRoot());

        assertThat(kindsSeen).as("every kind of field was found and tried (passphrases: their own test)")
                .containsAll(List.of(Kind.values()).stream().filter(k -> k != Kind.PASSPHRASE).map(Kind::name).toList());
    }

    /** Finds every text field under {@code root} and tries it; fails on any field that is not of a kind. */
    private void tryEveryField(FxRobot robot, Parent root) throws Exception {
        List<TextInputControl> found = new ArrayList<>();
        robot.interact(() -> collect(root, found));
        assertThat(found).as("text fields under " + root).isNotEmpty();
        for (TextInputControl field : found) {
            String name = describe(field);
            assertThat(FieldInput.kindOf(field)).as(name + " is of a kind (bounded)").isPresent();
            Kind kind = FieldInput.kindOf(field).orElseThrow();
            assertThat(kind.limit()).as(name).isLessThanOrEqualTo(TextLimits.LONGEST)
                    .isLessThanOrEqualTo(FormatLimits.DEFAULT.maxTextLength());
            if (!tried.add(field) || !field.isEditable() || field.isDisabled() || !isShown(field)) {
                continue;
            }
            kindsSeen.add(kind.name());
            tryField(robot, field, kind, name);
        }
    }

    private void tryField(FxRobot robot, TextInputControl field, Kind kind, String name) throws Exception {
        String before = field.getText();
        StepsTestSupport.visible(robot, field);

        // Pasting one character more than the limit: refused, and the field says why.
        focusOn(robot, field, "");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1".repeat(kind.limit() + 1));
            Clipboard.getSystemClipboard().setContent(content);
            field.paste();
        });
        assertThat(field.getText().length()).as(name + " after pasting " + (kind.limit() + 1)).isLessThanOrEqualTo(
                kind.limit());
        assertThat(FieldInput.refusalOf(field).get()).as(name + " says why the paste was refused").isNotEmpty();
        assertThat(field.getStyleClass()).as(name).contains("input-refused");

        // Full to its limit, one more character typed: refused.
        focusOn(robot, field, longest(kind));
        assertThat(field.getText()).as(name + " takes its longest text").hasSize(longest(kind).length());
        robot.interact(field::end);
        robot.write("1");
        assertThat(field.getText()).as(name + " after typing past its limit").hasSize(longest(kind).length());
        assertThat(FieldInput.refusalOf(field).get()).as(name).isNotEmpty();

        if (kind == Kind.MONEY || kind == Kind.NUMBER || kind == Kind.SCORE) {
            for (String bad : List.of("abc", "12.345", "1e5", "-5")) {
                focusOn(robot, field, "");
                robot.write(bad);
                assertThat(flagged(field)).as(name + " flags \"" + bad + "\" (holding \"" + field.getText() + "\")")
                        .isTrue();
            }
        }
        if (kind == Kind.DATE) {
            focusOn(robot, field, "");
            robot.write("31/02/2020");
            assertThat(field.getText()).isEqualTo("31/02/2020");
            assertThat(field.getStyleClass()).as(name + " flags 31/02/2020").contains("has-problem");
            assertThat(field.getAccessibleHelp()).as(name).contains("There is no day 31/02/2020 in the calendar");
        }
        // Put back as it was: what the plan holds always fits its field.
        focusOn(robot, field, before);
        assertThat(field.getText()).as(name + " takes back what the plan held").isEqualTo(before);
    }

    /** Refused with the reason at the field, or taken and flagged with the field's problem. */
    private static boolean flagged(TextInputControl field) {
        return !FieldInput.refusalOf(field).get().isEmpty()
                || field.getStyleClass().contains("has-problem") && field.getAccessibleHelp() != null;
    }

    /** Moves focus away (which clears a refusal shown), sets the text, and focuses the field again. */
    private void focusOn(FxRobot robot, TextInputControl field, String text) {
        robot.interact(() -> {
            field.getScene().getRoot().requestFocus();
            field.setText(text);
            field.requestFocus();
            field.end();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The longest text a field of the kind takes. */
    private static String longest(Kind kind) {
        return switch (kind) {
            case SCORE -> "10";
            case NUMBER -> "0".repeat(kind.limit() - 3) + ".00";
            case NAME, SHORT_TEXT, LONG_TEXT -> "a".repeat(kind.limit());
            default -> "1".repeat(kind.limit());
        };
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String describe(TextInputControl field) {
        return field.getClass().getSimpleName() + " #" + field.getId() + " (" + field.getAccessibleText() + ")";
    }

    private static void collect(Node node, List<TextInputControl> into) {
        if (node instanceof TextInputControl t) {
            into.add(t);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    @Test
    void passphraseFieldsAreBoundedToo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setScene(new javafx.scene.Scene((Parent) new org.careplanner.ui.lock.PassphraseForm(
                    org.careplanner.ui.lock.PassphraseForm.Purpose.CHOOSE, typed -> Optional.empty(), () -> { }).view(),
                    800, 600));
            stage.show();
        });
        tryEveryField(robot, stage.getScene().getRoot());
        assertThat(kindsSeen).containsOnly(Kind.PASSPHRASE.name()).hasSize(2);
    }

    @Test
    void aRefusalIsShownJustUnderTheField(FxRobot robot) throws Exception {
        store = StepsTestSupport.openStore(dir);
        robot.interact(() -> StepsTestSupport.show(stage, store, UUID.fromString("00000000-0000-4000-8000-0000000f1e1d")));
        robot.clickOn("#step-money-management");
        robot.clickOn(StepsTestSupport.visible(robot, "#allocation")).write("-5");

        TextInputControl allocation = robot.lookup("#allocation").queryTextInputControl();
        assertThat(allocation.getText()).isEqualTo("5");
        Tooltip shown = Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w).findFirst().orElseThrow();
        assertThat(shown.getText()).isEqualTo("Type an amount in pounds: digits, a \u00a3 sign, commas and one "
                + "decimal point, for example \u00a31,234.50. No minus sign, no letters.");
        javafx.geometry.Bounds field = allocation.localToScreen(allocation.getBoundsInLocal());
        // Under the field's text (its shadow may overlap the field's bottom edge), never over what was typed.
        assertThat(shown.getAnchorY()).as("just under the field").isBetween(field.getMinY() + field.getHeight() / 2,
                field.getMaxY() + 10);
        assertThat(shown.getAnchorX()).isCloseTo(field.getMinX(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(allocation.getAccessibleHelp()).isEqualTo(shown.getText());

        // Moving on takes the message away.
        robot.clickOn(StepsTestSupport.visible(robot, "#contingency"));
        assertThat(shown.isShowing()).isFalse();
        assertThat(FieldInput.refusalOf(allocation).get()).isEmpty();
    }
}
