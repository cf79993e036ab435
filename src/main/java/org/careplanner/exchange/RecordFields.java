package org.careplanner.exchange;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** The plan format's field names and order are the domain records' own component names and order. */
final class RecordFields {

    private RecordFields() {
    }

    static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }
}
