package org.careplanner.ui.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The part of a step that shows a list section's rows, one block each, drawn again when a row is added or
 * removed (not on each keystroke). Each block registers its controls by path, so a problem's link can find them.
 *
 * @param <R> one row as typed
 */
final class RowsStep<R> {

    /** Builds one row's block; {@code fields} takes each control under its problem path. */
    interface RowView<R> {
        Node build(R row, int index, Map<String, Node> fields);
    }

    private final VBox view = new VBox(14);
    private final ListSection<R> section;
    private final RowView<R> rowView;
    private final Node empty;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final java.util.List<Node> firstFields = new java.util.ArrayList<>();

    RowsStep(ListSection<R> section, RowView<R> rowView, Node empty) {
        this.section = section;
        this.rowView = rowView;
        this.empty = empty;
        section.rows().addListener((ListChangeListener<R>) c -> {
            if (MoneyStep.isStructural(c)) {
                show();
            }
        });
        show();
    }

    private void show() {
        fields.clear();
        firstFields.clear();
        view.getChildren().clear();
        for (int i = 0; i < section.rows().size(); i++) {
            Map<String, Node> own = new LinkedHashMap<>();
            view.getChildren().add(rowView.build(section.rows().get(i), i, own));
            firstFields.add(own.values().iterator().next());
            fields.putAll(own);
        }
        if (section.rows().isEmpty()) {
            view.getChildren().add(empty);
        }
    }

    /** The control at a path, or the closest one: a row's first field for a path inside the row. */
    Node fieldAt(String path) {
        Node exact = fields.get(path);
        if (exact != null) {
            return exact;
        }
        int end = path.indexOf(']');
        if (end < 0) {
            return null;
        }
        String row = path.substring(0, end + 1);
        return fields.entrySet().stream().filter(e -> e.getKey().startsWith(row)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The first field of the row at {@code index}, once drawn. */
    Node firstFieldOf(int index) {
        return firstFields.get(index);
    }

    Node view() {
        return view;
    }
}
