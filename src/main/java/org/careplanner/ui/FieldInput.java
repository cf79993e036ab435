package org.careplanner.ui;

import static org.careplanner.ui.MainWindow.TEXT;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careplanner.domain.TextLimits;

/**
 * What every text field of the app lets a broker type, in one place: each field is of a {@link Kind} that bounds
 * its length (the same numbers the plan file reader holds a file to: {@link TextLimits}) and, for numbers, money,
 * dates and the like, the characters it takes. An edit that would break the rule (typed or pasted) is refused as
 * a whole, and the field says why on its own line just under it ({@link #messageOf}), until the broker moves on. Names take any letters of any
 * script, apostrophes, hyphens, spaces and combining accents, as typed: nothing is normalised or cut.
 * A field shows the problems of a whole value (a date with no such day, 12.345 pounds) through its view-model;
 * this class only stops what can never become a value. See docs/decisions/0018.
 */
public final class FieldInput {

    /** Most hours in a week, or units in one period: beyond it a typing slip, not a plan. */
    public static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000);
    /** Highest ruler score. */
    public static final int MAX_SCORE = 10;

    private static final String KIND = "careplanner.fieldKind";
    private static final String REFUSAL = "careplanner.fieldRefusal";
    private static final String TIP = "careplanner.fieldRefusalTip";
    private static final String HELP_BEFORE = "careplanner.fieldHelpBefore";
    private static final String MESSAGE = "careplanner.fieldRefusalLine";

    /** The kinds of field, each with its longest text and the characters it takes. */
    public enum Kind {
        NAME(TextLimits.NAME, null, null),
        SHORT_TEXT(TextLimits.SHORT_TEXT, null, null),
        LONG_TEXT(TextLimits.LONG_TEXT, null, null),
        /** Digits and + ( ) - . with an extension at the end ("x 45", "ext. 45"), each step of it as it is typed. */
        PHONE(TextLimits.PHONE, Pattern.compile("[0-9 +()\\-.]*(e|ex|ext\\.?|x)?[0-9 ]*",
                Pattern.CASE_INSENSITIVE), "field.refused.phone"),
        NHS_NUMBER(TextLimits.NHS_NUMBER, Pattern.compile("[0-9 ]*"), "field.refused.nhsNumber"),
        /** Money as {@link org.careplanner.domain.Money#parse} reads it: £, digits, commas, a point; "50p". */
        MONEY(TextLimits.MONEY, Pattern.compile("\\s*£?\\s*[0-9,]*(\\.[0-9]*)?\\s*p?\\s*"), "field.refused.money"),
        /** A quantity or hours a week: digits and one point, at most two decimals, up to {@link #MAX_QUANTITY}. */
        NUMBER(TextLimits.NUMBER, Pattern.compile("[0-9]*(\\.[0-9]{0,2})?"), "field.refused.number"),
        /** A ruler score, 0 to {@link #MAX_SCORE}. */
        SCORE(TextLimits.SCORE, Pattern.compile("[0-9]{0,2}"), "field.refused.score"),
        /** A date typed as day/month/year. */
        DATE(TextLimits.DATE, Pattern.compile("[0-9/]*"), "field.refused.date"),
        /** A passphrase: any characters, far longer than anyone types, short enough that a stray paste is refused. */
        PASSPHRASE(1_000, null, null);

        private final int limit;
        private final Pattern allowed;
        private final String refusedKey;

        Kind(int limit, Pattern allowed, String refusedKey) {
            this.limit = limit;
            this.allowed = allowed;
            this.refusedKey = refusedKey;
        }

        /** The longest text a field of this kind takes. */
        public int limit() {
            return limit;
        }

        /** Why {@code text} cannot be in a field of this kind, or empty when it can. */
        public Optional<String> refusal(String text) {
            if (text.length() > limit) {
                return Optional.of(new MessageFormat(TEXT.getString("field.refused.tooLong"), Locale.UK)
                        .format(new Object[] {limit, text.length()}));
            }
            if (allowed != null && !allowed.matcher(text).matches() || !inRange(text)) {
                return Optional.of(TEXT.getString(refusedKey));
            }
            return Optional.empty();
        }

        private boolean inRange(String text) {
            if (text.isEmpty()) {
                return true;
            }
            if (this == SCORE) {
                return Integer.parseInt(text) <= MAX_SCORE;
            }
            if (this == NUMBER) {
                return new BigDecimal(text.endsWith(".") ? text + "0" : text.startsWith(".") ? "0" + text : text)
                        .compareTo(MAX_QUANTITY) <= 0;
            }
            return true;
        }
    }

    private FieldInput() {
    }

    /**
     * Makes {@code control} a field of {@code kind}: an edit that would make its text too long or not of that
     * kind is refused, and the reason shown at the field. Call before binding its text.
     */
    public static <T extends TextInputControl> T install(T control, Kind kind) {
        StringProperty refusal = new SimpleStringProperty(control, "refusal", "");
        control.getProperties().put(KIND, kind);
        control.getProperties().put(REFUSAL, refusal);
        control.getProperties().put(MESSAGE, messageLine(control, refusal));
        control.setTextFormatter(new TextFormatter<String>(change -> {
            if (!change.isContentChange()) {
                return change;
            }
            Optional<String> why = kind.refusal(change.getControlNewText());
            if (why.isPresent() && !isStoredValue(control, change) && !isMending(kind, change)) {
                refuse(control, refusal, why.get());
                return null;
            }
            return change;
        }));
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                clear(control, refusal);
            }
        });
        control.sceneProperty().addListener((obs, was, now) -> clear(control, refusal));
        if (control instanceof javafx.scene.control.TextField) {
            // A TextField with a formatter swallows Escape to "cancel the edit"; ours holds no value to go back
            // to, so Escape goes on to the window as it would without one: Back, or a dialog's Cancel.
            control.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && control.getParent() != null) {
                    e.consume();
                    control.getParent().fireEvent(e.copyFor(control.getParent(), control.getParent()));
                }
            });
        }
        return control;
    }

    /**
     * Whether {@code change} is the program putting a value in the field (a plan opened, its binding set), not the
     * broker typing or pasting: it replaces the whole text of a field the broker is not in. Such a value is shown as
     * it is, even one the field would not take from the keyboard (text longer than today's limits, from a file
     * imported before them: ADR 0018): refusing it would show the field empty and the broker's next edit would
     * replace the stored text with that, unseen. The view-model says under the field what is wrong with it.
     */
    private static boolean isStoredValue(TextInputControl control, TextFormatter.Change change) {
        return !control.isFocused() && change.getRangeStart() == 0
                && change.getRangeEnd() == change.getControlText().length();
    }

    /**
     * Whether {@code change} shortens a value the field would not take (shown as stored): the broker may delete
     * from it until it fits, and only then type into it.
     */
    private static boolean isMending(Kind kind, TextFormatter.Change change) {
        return kind.refusal(change.getControlText()).isPresent()
                && change.getControlNewText().length() < change.getControlText().length();
    }

    /**
     * The line that says why an edit of {@code control} was refused: the form puts it just under the field (or under
     * the field's row), where it takes its own space while it shows and none otherwise, so it never covers the next
     * field's label. Empty for a control not made a field by {@link #install}.
     */
    public static Optional<Label> messageOf(TextInputControl control) {
        return Optional.ofNullable((Label) control.getProperties().get(MESSAGE));
    }

    /** {@code control} with its {@link #messageOf message line} under it, for a form that has no line of its own. */
    public static VBox withMessage(TextInputControl control) {
        VBox box = new VBox(4, control);
        messageOf(control).ifPresent(box.getChildren()::add);
        return box;
    }

    private static Label messageLine(TextInputControl control, StringProperty refusal) {
        Label line = new Label();
        line.setId((control.getId() == null ? "field" : control.getId()) + "Refusal");
        control.idProperty().addListener((obs, was, id) -> line.setId(id + "Refusal"));
        line.getStyleClass().add("field-refusal-line");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(refusal);
        line.visibleProperty().bind(refusal.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        // Read out with the field (its accessible help, set in refuse), so a screen reader hears it where it is.
        return line;
    }

    /** The kind of field {@code control} was made, if it was made one. */
    public static Optional<Kind> kindOf(TextInputControl control) {
        return Optional.ofNullable((Kind) control.getProperties().get(KIND));
    }

    /** The longest text {@code control} takes; empty for a field with no bound (a mistake the tests look for). */
    public static OptionalInt limitOf(TextInputControl control) {
        return kindOf(control).map(k -> OptionalInt.of(k.limit())).orElse(OptionalInt.empty());
    }

    /** Why the last edit of {@code control} was refused, shown at the field; "" when nothing was refused. */
    public static ReadOnlyStringProperty refusalOf(TextInputControl control) {
        Object p = control.getProperties().get(REFUSAL);
        return p instanceof StringProperty s ? s : new SimpleStringProperty("");
    }

    private static void refuse(TextInputControl control, StringProperty refusal, String message) {
        if (refusal.get().isEmpty()) {
            // The field's own problem, if any, is read out again once the broker moves on.
            control.getProperties().put(HELP_BEFORE, control.getAccessibleHelp() == null ? "" : control.getAccessibleHelp());
        }
        refusal.set(message);
        if (!control.getStyleClass().contains("input-refused")) {
            control.getStyleClass().add("input-refused");
        }
        control.setAccessibleHelp(message);
        Window window = control.getScene() == null ? null : control.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Object line = control.getProperties().get(MESSAGE);
        if (line instanceof Label l && l.getScene() == control.getScene()) {
            // Shown on its own line under the field; a form scrolled so the field is at its foot is moved up to it.
            javafx.application.Platform.runLater(() -> reveal(l));
            return;
        }
        // A form that did not place the message line: the reason floats just under the field instead (it may cover
        // what is below; FieldBoundsTest finds such a field on the app's screens).
        Tooltip tip = (Tooltip) control.getProperties().computeIfAbsent(TIP, k -> {
            Tooltip t = new Tooltip();
            t.getStyleClass().add("field-refusal");
            t.setId("fieldRefusal");
            t.setWrapText(true);
            t.setMaxWidth(420);
            t.setAutoHide(true);
            t.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_LEFT);
            // The click that hides it still does what the broker clicked for (the next field, another step).
            t.setConsumeAutoHidingEvents(false);
            return t;
        });
        tip.setText(message);
        Bounds at = control.localToScreen(control.getBoundsInLocal());
        if (at != null) {
            tip.show(control, at.getMinX(), at.getMaxY() + 2);
        }
    }

    /** Scrolls each scroll pane {@code node} is in, as little as it can, so that all of {@code node} is in view. */
    private static void reveal(javafx.scene.Node node) {
        if (node.getScene() == null || !node.isVisible()) {
            return;
        }
        node.getScene().getRoot().layout();
        for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                javafx.scene.Node content = pane.getContent();
                double extra = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                if (extra <= 0) {
                    continue;
                }
                Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double span = pane.getVmax() - pane.getVmin();
                double top = (pane.getVvalue() - pane.getVmin()) / span * extra;
                double viewHeight = pane.getViewportBounds().getHeight();
                double newTop = at.getMaxY() > top + viewHeight ? Math.min(at.getMinY(), at.getMaxY() - viewHeight)
                        : at.getMinY() < top ? at.getMinY() : top;
                pane.setVvalue(pane.getVmin() + Math.max(0, Math.min(extra, newTop)) / extra * span);
            }
        }
    }

    private static void clear(TextInputControl control, StringProperty refusal) {
        if (refusal.get().isEmpty()) {
            return;
        }
        refusal.set("");
        control.getStyleClass().remove("input-refused");
        Object before = control.getProperties().remove(HELP_BEFORE);
        control.setAccessibleHelp(before == null || before.toString().isEmpty() ? null : before.toString());
        if (control.getProperties().get(TIP) instanceof Tooltip tip) {
            tip.hide();
        }
    }
}
