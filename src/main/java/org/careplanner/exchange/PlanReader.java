package org.careplanner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
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

    /** {@link #REQUIRED}'s messages by record type and component position (null: not required), looked up once. */
    private static final ClassValue<String[]> REQUIRED_BY_TYPE = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            RecordShape shape = RecordShape.of(type);
            String[] messages = new String[shape.size()];
            for (int i = 0; i < messages.length; i++) {
                messages[i] = REQUIRED.get(type.getSimpleName() + "." + shape.name(i));
            }
            return messages;
        }
    };

    /** Marks the drawn signature's image in {@link #TEXT_LIMITS_BY_TYPE}: held to the image limit instead. */
    private static final int IMAGE = -1;

    /** Each record component's own text limit ({@link TextLimits}), by type and position, looked up once. */
    private static final ClassValue<int[]> TEXT_LIMITS_BY_TYPE = new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> type) {
            RecordShape shape = RecordShape.of(type);
            int[] out = new int[shape.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = type == Signature.class && shape.name(i).equals("imagePng") ? IMAGE
                        : TextLimits.of(type, shape.name(i));
            }
            return out;
        }
    };

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
        RecordShape shape = RecordShape.of(type);
        reportUnknownFields(node, shape, path);
        Object[] arguments = new Object[shape.size()];
        for (int i = 0; i < shape.size(); i++) {
            arguments[i] = component(node, shape, i, path);
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        return construct(shape, arguments, path);
    }

    private Object component(JsonNode object, RecordShape owner, int index, String parentPath) {
        String name = owner.name(index);
        String path = FieldNames.child(parentPath, name);
        JsonNode node = object.get(name);
        String required = REQUIRED_BY_TYPE.get(owner.type())[index];
        if (node == null || node.isNull()) {
            if (required != null) {
                return values.problem(path, "field.missing", required);
            }
            return absent(owner.componentType(index));
        }
        Object value = value(node, owner.genericType(index), path, maxTextLength(owner.type(), index));
        if (owner.type() == Plan.class && name.equals("version") && value instanceof Integer v && v < 1) {
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

    private void reportUnknownFields(JsonNode node, RecordShape shape, String path) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (shape.indexOf(name) < 0) {
                unknownField(name, shape.names(), FieldNames.withArticle(FieldNames.words(shape.type().getSimpleName())),
                        path, problems);
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
    private int maxTextLength(Class<?> owner, int index) {
        int own = TEXT_LIMITS_BY_TYPE.get(owner)[index];
        return own == IMAGE ? limits.maxImageLength() : Math.min(limits.maxTextLength(), own);
    }
    /** Absent means null, which the domain's records turn into their defaults; a missing flag is false. */
    private static Object absent(Class<?> type) {
        return type == boolean.class ? Boolean.FALSE : null;
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private Object construct(RecordShape shape, Object[] arguments, String path) {
        try {
            return shape.construct(arguments);
        } catch (InvocationTargetException e) {
            // The record refused the values: a rule of the domain this reader did not check itself.
            return values.problem(path, "value.invalid", e.getCause().getMessage());
        }
    }
}
