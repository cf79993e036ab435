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
        assertMessageCoversNothing(robot, field, name);

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
                if (!FieldInput.refusalOf(field).get().isEmpty()) {
                    assertMessageCoversNothing(robot, field, name + " refusing \"" + bad + "\"");
                }
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

    /**
     * The refusal is on screen, just under the field, and covers no other text or control of the window: not the
     * next field's label (as the message did when it floated over the form), nor anything else. Found by what it
     * says, wherever it is drawn: a line in the window or a pop-up over it.
     */
    static void assertMessageCoversNothing(FxRobot robot, TextInputControl field, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            field.getScene().getRoot().applyCss();
            field.getScene().getRoot().layout();
        });
        String message = FieldInput.refusalOf(field).get();
        javafx.geometry.Bounds fieldAt = field.localToScreen(field.getBoundsInLocal());
        List<Node> others = new ArrayList<>();
        robot.interact(() -> collectShown(field.getScene().getRoot(), others));
        javafx.geometry.Bounds shownAt = Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing() && message.equals(t.getText()))
                .map(w -> (javafx.geometry.Bounds) new javafx.geometry.BoundingBox(w.getX(), w.getY(), w.getWidth(),
                        w.getHeight()))
                .findFirst().orElse(null);
        Node line = null;
        if (shownAt == null) {
            line = others.stream().filter(n -> n instanceof javafx.scene.control.Labeled l
                    && message.equals(l.getText())).findFirst().orElse(null);
            assertThat(line).as(name + ": the refusal \"" + message + "\" is on screen").isNotNull();
            shownAt = drawnPart(line);
        }
        assertThat(shownAt.getMinY()).as(name + ": the refusal is under the field")
                .isGreaterThanOrEqualTo(fieldAt.getMaxY() - 1);
        assertThat(shownAt.getMinY()).as(name + ": just under it").isLessThanOrEqualTo(fieldAt.getMaxY() + 12);
        for (Node other : others) {
            if (other == field || other == line || isInside(line, other) || isInside(other, field)) {
                continue;
            }
            javafx.geometry.Bounds b = drawnPart(other);
            boolean overlaps = b.getWidth() > 0 && b.getHeight() > 0 && b.getMinX() < shownAt.getMaxX() - 1
                    && shownAt.getMinX() < b.getMaxX() - 1 && b.getMinY() < shownAt.getMaxY() - 1
                    && shownAt.getMinY() < b.getMaxY() - 1;
            assertThat(overlaps).as(name + ": the refusal at " + shownAt + " covers " + other + " at " + b).isFalse();
        }
    }

    /** The part of {@code node} drawn on screen: its bounds cut to the view of each scroll pane it is in. */
    private static javafx.geometry.Bounds drawnPart(Node node) {
        javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane) {
                javafx.geometry.Bounds view = pane.localToScreen(pane.getLayoutBounds());
                double minX = Math.max(b.getMinX(), view.getMinX());
                double minY = Math.max(b.getMinY(), view.getMinY());
                b = new javafx.geometry.BoundingBox(minX, minY, Math.max(0, Math.min(b.getMaxX(), view.getMaxX()) - minX),
                        Math.max(0, Math.min(b.getMaxY(), view.getMaxY()) - minY));
            }
        }
        return b;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text and controls on show under {@code node}: every label, button and field (not what is inside them), on
     * screen and not scrolled out of its scroll pane's view.
     */
    private static void collectShown(Node node, List<Node> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()
                || node instanceof javafx.scene.control.Control && !(node instanceof javafx.scene.control.Labeled)
                        && !(node instanceof javafx.scene.control.ScrollPane)
                        && !(node instanceof javafx.scene.control.ScrollBar)) {
            if (inView(node)) {
                into.add(node);
            }
            if (!(node instanceof Parent p) || node instanceof javafx.scene.control.TextInputControl) {
                return;
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectShown(child, into);
            }
        }
    }

    /** Whether some of {@code node} is inside the view of every scroll pane it is in. */
    private static boolean inView(Node node) {
        javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane) {
                javafx.geometry.Bounds view = pane.localToScene(pane.getLayoutBounds());
                if (!view.intersects(b)) {
                    return false;
                }
            }
        }
        return true;
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

    /**
     * The defect seen on 1 Dec: a letter typed in a number field was answered by a message floating over the form,
     * on top of the next field's label. Now the message has its own line under the field: the next field's label
     * moves down to make room, and comes back when the broker moves on.
     */
    @Test
    void aRefusalTakesItsOwnLineAndTheNextLabelMovesDownForIt(FxRobot robot) throws Exception {
        store = StepsTestSupport.openStore(dir);
        robot.interact(() -> StepsTestSupport.show(stage, store, UUID.fromString("00000000-0000-4000-8000-0000000f1e1d")));
        TextInputControl nhsNumber = robot.lookup("#nhsNumber").queryTextInputControl();
        Node nextLabel = robot.lookup(".label").queryAll().stream().filter(n -> n instanceof javafx.scene.control.Label l
                && l.getLabelFor() != null && l.getLabelFor() != nhsNumber && below(l, nhsNumber))
                .min(java.util.Comparator.comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY()))
                .orElseThrow();
        double gapWas = gap(nextLabel, nhsNumber);
        robot.clickOn(StepsTestSupport.visible(robot, "#nhsNumber")).write("943x");

        assertThat(nhsNumber.getText()).isEqualTo("943");
        String message = "An NHS number is 10 digits (spaces allowed), for example 943 476 5919.";
        javafx.scene.control.Label line = FieldInput.messageOf(nhsNumber).orElseThrow();
        assertThat(line.getText()).isEqualTo(message);
        assertThat(line.isVisible()).isTrue();
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())).as("no pop-up")
                .isEmpty();
        javafx.geometry.Bounds at = line.localToScene(line.getBoundsInLocal());
        javafx.geometry.Bounds label = nextLabel.localToScene(nextLabel.getBoundsInLocal());
        assertThat(at.intersects(label)).as("the message at " + at + " is clear of the next label at " + label)
                .isFalse();
        double gapWithMessage = gap(nextLabel, nhsNumber);
        assertThat(gapWithMessage).as("the next label moved down").isGreaterThan(gapWas + at.getHeight());
        assertThat(nhsNumber.getAccessibleHelp()).isEqualTo(message);
        assertMessageCoversNothing(robot, nhsNumber, "#nhsNumber");

        // Moving on takes the message away, and its line with it.
        robot.clickOn(StepsTestSupport.visible(robot, "#dateOfBirth"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FieldInput.refusalOf(nhsNumber).get()).isEmpty();
        assertThat(line.isVisible()).isFalse();
        // (The field's own problem, "943" being too short, may now show under it instead, as it did before.)
        assertThat(line.isManaged()).isFalse();
        robot.interact(() -> stage.getScene().getRoot().layout());
        assertThat(gap(nextLabel, nhsNumber)).isLessThan(gapWithMessage);
    }

    /** How far under the field {@code node} starts. */
    private static double gap(Node node, Node field) {
        return node.localToScene(node.getBoundsInLocal()).getMinY() - field.localToScene(field.getBoundsInLocal())
                .getMaxY();
    }

    private static boolean below(Node node, Node field) {
        javafx.geometry.Bounds n = node.localToScene(node.getBoundsInLocal());
        javafx.geometry.Bounds f = field.localToScene(field.getBoundsInLocal());
        return n.getMinY() >= f.getMaxY() && n.getMinX() < f.getMaxX() && f.getMinX() < n.getMaxX();
    }
}
