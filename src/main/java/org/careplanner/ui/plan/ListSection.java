package org.careplanner.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A section that is a list of rows the broker adds and removes (needs, outcomes, risks): any change to the list or
 * to a row's fields is a change of the section, so autosave and the step list follow it.
 *
 * @param <R> one row as typed
 */
abstract class ListSection<R> implements PlanSection {

    private final ObservableList<R> rows;
    private final List<Runnable> listeners = new ArrayList<>();

    ListSection(Function<R, Observable[]> fieldsOfRow) {
        rows = FXCollections.observableArrayList(fieldsOfRow::apply);
        rows.addListener((ListChangeListener<R>) c -> fire());
    }

    /** Tells the listeners the section changed (for fields outside the rows). */
    final void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    @Override
    public final void onChange(Runnable listener) {
        listeners.add(listener);
    }

    ObservableList<R> rows() {
        return rows;
    }

    /** A new id for a row, unique in any plan. */
    static String newId(String kind) {
        return kind + "-" + UUID.randomUUID();
    }
}
