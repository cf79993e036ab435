package org.careplanner.ui.plan;

import static org.careplanner.ui.MainWindow.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.careplanner.ui.FieldInput;

/**
 * The controls the steps of the conversation are built from, made the same way everywhere: bound to the
 * view-model, bounded in length as they are typed, Tab moving on from a text area, choices shown in plain words.
 */
final class FormControls {

    private FormControls() {
    }

    /** A few lines of the person's words; Tab moves to the next control (Ctrl+Tab too), never types a tab. */
    static TextArea area(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        FieldInput.install(area, FieldInput.Kind.LONG_TEXT);
        area.textProperty().bindBidirectional(value);
        tabMovesOn(area);
        return area;
    }

    /** Tab in a text area moves focus on, as in every other control: it is passed on as Ctrl+Tab. */
    static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    /** A one-line field {@code columns} characters wide, taking what a field of {@code kind} takes. */
    static TextField line(String id, StringProperty value, int columns, FieldInput.Kind kind) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        FieldInput.install(field, kind);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A 0 to 10 ruler score: digits only; a score over 10 is refused, with the reason at the field. */
    static TextField score(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(3);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        FieldInput.install(field, FieldInput.Kind.SCORE);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /**
     * A choice of an enum's values, each named in messages.properties under {@code prefix} + its name, with a
     * first choice of "none" (the value null) named by {@code noneKey}, so an answer can be taken back.
     */
    static <E extends Enum<E>> ComboBox<E> optionalChoice(String id, E[] values, String prefix, String noneKey,
                                                          ObjectProperty<E> value) {
        List<E> items = new ArrayList<>();
        items.add(null);
        items.addAll(Arrays.asList(values));
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(MoneyStep.named(prefix));
        String none = TEXT.getString(noneKey);
        box.setPromptText(none);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : TEXT.getString(prefix + item.name()));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A button named by {@code key} (with its mnemonic) and read out as {@code key.accessible}. */
    static Button button(String id, String key) {
        Button b = new Button(TEXT.getString(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(TEXT.getString(key + ".accessible"));
        return b;
    }

    static Label heading(String key) {
        Label heading = new Label(TEXT.getString(key));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        return heading;
    }

    /** A line of plain explanation. */
    static Label note(String text, String style) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add(style);
        return note;
    }
}
