package org.careplanner.ui.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The step 5 table's column resize policy: the columns shown share the table's width, each starting from the width
 * it was made with (its preferred width) and taking an equal share of what is over or short, never narrower than its
 * minimum (a column at its minimum gives its share to the others). The widths are worked out afresh from the table's
 * width alone each time the table's width or its columns change, so a layout does not depend on the layouts before it.
 *
 * <p>Why not {@link TableView#CONSTRAINED_RESIZE_POLICY}, which this replaces: it shares a change out from the widths
 * the columns last had, and a hidden column keeps the width it had; so after the table was made wide and then narrow
 * again (ADR 0031: the narrow table shows other columns) the narrow columns came back skewed ("Cost a year" 150 px
 * wide, the support's words at their narrowest), one at a time as each column was hidden or shown. It also keeps
 * one "first run" flag for every table in the application, so the first layout of a session was shared out in
 * another way than the later ones. A heading's edge dragged by the broker is still left to it; the dragged width
 * lasts until the table's width next changes (ADR 0038). Being a {@link ConstrainedColumnResizeBase} (JavaFX's way to
 * write a constrained policy) tells the table to keep its sideways scroll bar hidden, as for the policy it replaces.
 */
@SuppressWarnings("rawtypes") // TableView's policy property takes the raw type
final class ColumnsShareTheWidth extends ConstrainedColumnResizeBase
        implements Callback<TableView.ResizeFeatures, Boolean> {

    @Override
    @SuppressWarnings({"unchecked", "deprecation"})
    public Boolean call(TableView.ResizeFeatures features) {
        TableView.ResizeFeatures<Object> typed = features;
        if (typed.getColumn() != null) {
            return TableView.CONSTRAINED_RESIZE_POLICY.call(features);
        }
        double width = typed.getContentWidth();
        List<TableColumn<Object, ?>> shown = typed.getTable().getVisibleLeafColumns();
        if (width <= 0 || shown.isEmpty()) {
            return false;
        }
        widths(shown, width).forEach(typed::setColumnWidth);
        return true;
    }

    /**
     * Each column's width when {@code columns} share {@code width}: preferred width plus an equal share of the
     * difference, a column that would go under its minimum (or over its maximum) held there and the rest shared again.
     */
    static <C extends TableColumn<?, ?>> Map<C, Double> widths(List<C> columns, double width) {
        Map<C, Double> widths = new IdentityHashMap<>();
        double over = width;
        for (C c : columns) {
            widths.put(c, c.getPrefWidth());
            over -= c.getPrefWidth();
        }
        List<C> free = new ArrayList<>(columns);
        while (Math.abs(over) > 0.001 && !free.isEmpty()) {
            double share = over / free.size();
            over = 0;
            for (Iterator<C> i = free.iterator(); i.hasNext();) {
                C c = i.next();
                double w = widths.get(c) + share;
                double held = Math.max(c.getMinWidth(), Math.min(c.getMaxWidth(), w));
                if (held != w) {
                    over += w - held;
                    i.remove();
                }
                widths.put(c, held);
            }
        }
        return widths;
    }
}
