package org.careplanner.exchange;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One domain record type as the plan format sees it: its components (the format's field names, in order), their
 * accessors and its canonical constructor, looked up once per type and kept.
 *
 * <p>Why kept: {@link Class#getRecordComponents()} builds new component objects on every call, each with a fresh
 * accessor {@code Method} that starts on the slow native path of reflection; called for every record written or
 * read, that was most of the time an export took (docs/benchmarks.md). The same {@code Method} and
 * {@code Constructor} objects reused are soon compiled to plain calls.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Class<?> type;
    private final String[] names;
    private final Class<?>[] types;
    private final Type[] genericTypes;
    private final Method[] accessors;
    private final List<String> nameList;
    private final Map<String, Integer> index;
    private final Constructor<?> constructor;
    /** The component {@code id} when it is text (an item's id within its list), else -1. */
    private final int textId;

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        int n = components.length;
        names = new String[n];
        types = new Class<?>[n];
        genericTypes = new Type[n];
        accessors = new Method[n];
        index = new HashMap<>();
        int id = -1;
        for (int i = 0; i < n; i++) {
            names[i] = components[i].getName();
            types[i] = components[i].getType();
            genericTypes[i] = components[i].getGenericType();
            accessors[i] = components[i].getAccessor();
            // Public accessors of public records: no access check needed on each call (it showed in the export).
            accessors[i].setAccessible(true);
            index.put(names[i], i);
            if (names[i].equals("id") && types[i] == String.class) {
                id = i;
            }
        }
        textId = id;
        nameList = List.of(names);
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has its canonical constructor: " + type.getName(), e);
        }
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    Class<?> type() {
        return type;
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    Class<?> componentType(int i) {
        return types[i];
    }

    Type genericType(int i) {
        return genericTypes[i];
    }

    /** The field names in the record's order. */
    List<String> names() {
        return nameList;
    }

    /** The position of the component with this name, or -1. */
    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** The value of component {@code i} of {@code record} (a record of this type). */
    Object value(Record record, int i) {
        try {
            return accessors[i].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + names[i] + " of " + type.getSimpleName(), e);
        }
    }

    /** The record's text id, or null when its type has none. */
    String textId(Record record) {
        return textId < 0 ? null : (String) value(record, textId);
    }

    /**
     * A new record from its component values, in order.
     *
     * @throws InvocationTargetException when the record's constructor refuses the values (a rule of the domain)
     */
    Object construct(Object[] arguments) throws InvocationTargetException {
        try {
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from "
                    + Arrays.toString(types), e);
        }
    }
}
