package org.careplanner.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careplanner.domain.Problem;

/**
 * Within one list of the plan (outcomes, support lines, funding streams, needs, risks, quotes), each item's
 * id must be its own: lines point at outcomes and streams by id, so a repeated id makes the link ambiguous.
 */
final class DuplicateIds {

    private final List<Problem> problems;

    DuplicateIds(List<Problem> problems) {
        this.problems = problems;
    }

    void check(List<Object> items, String path) {
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String id = idOf(items.get(i));
            if (id == null || id.isBlank()) {
                continue;
            }
            Integer first = firstAt.putIfAbsent(id, i);
            if (first != null) {
                String listName = FieldNames.words(path.substring(path.lastIndexOf('.') + 1));
                problems.add(Problem.blocking(FieldNames.child(FieldNames.item(path, i), "id"), "list.duplicate-id",
                        "Two " + listName + " have the id \"" + id + "\" (the other is " + FieldNames.item(path, first)
                                + "): give each its own id."));
            }
        }
    }

    private static String idOf(Object item) {
        return item instanceof Record record ? RecordShape.of(record.getClass()).textId(record) : null;
    }
}
