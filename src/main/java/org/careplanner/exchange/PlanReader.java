package org.careplanner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Signature;
import org.careplanner.domain.TextLimits;

/**
 * Reads a plan object into a {@link Plan}, field by field as the domain records declare them, collecting
 * every problem instead of stopping at the first. Checks the form of the file only; the plan's own rules
 * ({@link org.careplanner.domain.PlanRules}) are the caller's to run.
 */
final class PlanReader {

    /** Fields that must be present; any other field may be left out or null, meaning "not given". */
    private static final Map<String, String> REQUIRED = Map.of(
            "Plan.id", "The plan has no id: every plan needs one, a UUID such as "
                    + "\"3f1c6e1e-8f2b-4c57-9a0e-2b7d5c1a9e40\".",
            "Plan.version", "The plan has no version number: versions start at 1.");

    private final FormatLimits limits;
    private final List<Problem> problems;
    private final FileValues values;

    PlanReader(FormatLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
        this.values = new FileValues(problems);
    }

    /** The plan at this path, or null when it has problems (all of them added). */
    Plan plan(JsonNode node, String path) {
        return (Plan) record(node, Plan.class, path);
    }

    private Object record(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            return values.wrongType(node, FieldNames.withArticle(FieldNames.words(type.getSimpleName()))
                    + " ({...})", path);
        }
        int problemsBefore = problems.size();
        RecordComponent[] components = type.getRecordComponents();
        reportUnknownFields(node, type, components, path);
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = component(node, type, components[i], path);
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        return construct(type, components, arguments, path);
    }

    private Object component(JsonNode object, Class<?> owner, RecordComponent component, String parentPath) {
        String name = component.getName();
        String path = FieldNames.child(parentPath, name);
        JsonNode node = object.get(name);
        String required = REQUIRED.get(owner.getSimpleName() + "." + name);
        if (node == null || node.isNull()) {
            if (required != null) {
                return values.problem(path, "field.missing", required);
            }
            return absent(component.getType());
        }
        Object value = value(node, component.getGenericType(), path, maxTextLength(owner, name));
        if (owner == Plan.class && name.equals("version") && value instanceof Integer v && v < 1) {
            return values.problem(path, "plan.version", "The plan's version is " + v + ": versions start at 1.");
        }
        return value;
    }

    private Object value(JsonNode node, Type type, String path, int maxTextLength) {
        Class<?> raw = rawClass(type);
        if (FileValues.isSingleValue(raw)) {
            return values.read(node, raw, path, maxTextLength);
        }
        if (raw == List.class) {
            return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (raw.isRecord()) {
            return record(node, raw, path);
        }
        throw new IllegalStateException("The plan format has no form for " + type.getTypeName());
    }

    private Object list(JsonNode node, Type itemType, String path) {
        if (!node.isArray()) {
            return values.wrongType(node, "a list ([...])", path);
        }
        if (node.size() > limits.maxListItems()) {
            return values.problem(path, "list.too-long", "This list has " + FieldNames.count(node.size())
                    + " items; the most a plan file may hold in one list is " + FieldNames.count(limits.maxListItems())
                    + ".");
        }
        List<Object> items = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String itemPath = FieldNames.item(path, i);
            Object value = item.isNull()
                    ? values.problem(itemPath, "value.type", "A list may not hold null: remove the item.")
                    : value(item, itemType, itemPath, limits.maxTextLength());
            complete &= value != null;
            items.add(value);
        }
        if (!complete) {
            return null;
        }
        new DuplicateIds(problems).check(items, path);
        return items;
    }

    private void reportUnknownFields(JsonNode node, Class<?> type, RecordComponent[] components, String path) {
        List<String> known = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknownField(name, known, FieldNames.withArticle(FieldNames.words(type.getSimpleName())), path,
                        problems);
            }
        }
    }

    static void unknownField(String name, List<String> known, String owner, String path, List<Problem> out) {
        String hint = FieldNames.closest(name, known).map(n -> "did you mean \"" + n + "\"?")
                .orElse(owner + " has no such field.");
        out.add(Problem.blocking(FieldNames.child(path, name), "field.unknown",
                "Unknown field \"" + name + "\": " + hint));
    }

    /** The fields a record must have in a file: the schema's "required" list says the same. */
    static List<String> requiredFields(Class<?> type) {
        return REQUIRED.keySet().stream().filter(k -> k.startsWith(type.getSimpleName() + "."))
                .map(k -> k.substring(k.indexOf('.') + 1)).sorted().toList();
    }

    /**
     * A drawn signature may be long; any other text is held to what the editor lets a broker type in that field
     * ({@link TextLimits}), and never past the file's own limit.
     */
    private int maxTextLength(Class<?> owner, String name) {
        return owner == Signature.class && name.equals("imagePng") ? limits.maxImageLength()
                : Math.min(limits.maxTextLength(), TextLimits.of(owner, name));
    }

    /** Absent means null, which the domain's records turn into their defaults; a missing flag is false. */
    private static Object absent(Class<?> type) {
        return type == boolean.class ? Boolean.FALSE : null;
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private Object construct(Class<?> type, RecordComponent[] components, Object[] arguments, String path) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            // The record refused the values: a rule of the domain this reader did not check itself.
            return values.problem(path, "value.invalid", e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }
}
