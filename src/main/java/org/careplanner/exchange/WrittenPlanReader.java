package org.careplanner.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careplanner.domain.Money;
import org.careplanner.domain.NhsNumber;
import org.careplanner.domain.Plan;

/**
 * Reads back a single-plan file exactly as {@link PlanWriter} writes it, in one pass over the text straight into
 * the records: for documents this program wrote itself and kept in its own store (docs/decisions/0020). It checks
 * only what it must to build the plan: the envelope, each field's name and JSON type, and what the records' own
 * constructors check. The checks a file from outside gets ({@link PlanReader}: limits, the exact written form of
 * each value, repeated ids, every problem with its path) are not made here.
 *
 * <p>Anything it does not expect gives empty, never a half-read plan: the caller then reads the text with the
 * checking reader, which says what is wrong.
 */
final class WrittenPlanReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Not what this writer writes: the caller falls back to the checking reader. */
    private static final class NotAsWritten extends Exception {
        NotAsWritten() {
            super(null, null, false, false);
        }
    }

    private static final NotAsWritten NOT_AS_WRITTEN = new NotAsWritten();

    Optional<Plan> read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            Plan plan = null;
            boolean format = false;
            boolean version = false;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                expect(t, JsonToken.FIELD_NAME);
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> format = value == JsonToken.VALUE_STRING && PlanFileFormat.PLAN.equals(p.getText());
                    case "formatVersion" -> version = value == JsonToken.VALUE_NUMBER_INT
                            && p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == PlanFileFormat.VERSION;
                    case "plan" -> plan = (Plan) record(p, Plan.class);
                    default -> throw NOT_AS_WRITTEN;
                }
            }
            if (!format || !version || plan == null || p.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(plan);
        } catch (NotAsWritten | IOException | RuntimeException e) {
            // A RuntimeException is a value a record or a parse refused: the checking reader will say which.
            return Optional.empty();
        }
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws NotAsWritten {
        if (actual != wanted) {
            throw NOT_AS_WRITTEN;
        }
    }

    private Object record(JsonParser p, Class<?> type) throws IOException, NotAsWritten {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        RecordShape shape = RecordShape.of(type);
        Object[] arguments = new Object[shape.size()];
        for (int i = 0; i < arguments.length; i++) {
            // Absent means null, which the records turn into their defaults; a missing flag is false (as PlanReader).
            arguments[i] = shape.componentType(i) == boolean.class ? Boolean.FALSE : null;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            expect(t, JsonToken.FIELD_NAME);
            int i = shape.indexOf(p.currentName());
            if (i < 0) {
                throw NOT_AS_WRITTEN;
            }
            if (p.nextToken() != JsonToken.VALUE_NULL) {
                arguments[i] = value(p, shape.genericType(i));
            }
        }
        if (type == Plan.class && (arguments[shape.indexOf("id")] == null
                || arguments[shape.indexOf("version")] == null || (int) arguments[shape.indexOf("version")] < 1)) {
            throw NOT_AS_WRITTEN;
        }
        try {
            return shape.construct(arguments);
        } catch (InvocationTargetException e) {
            throw NOT_AS_WRITTEN;
        }
    }

    private Object value(JsonParser p, Type type) throws IOException, NotAsWritten {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        JsonToken t = p.currentToken();
        if (raw == Boolean.class || raw == boolean.class) {
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            throw NOT_AS_WRITTEN;
        }
        if (raw == Integer.class || raw == int.class) {
            expect(t, JsonToken.VALUE_NUMBER_INT);
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw NOT_AS_WRITTEN;
            }
            return p.getIntValue();
        }
        if (raw == List.class) {
            expect(t, JsonToken.START_ARRAY);
            Type itemType = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                if (item == JsonToken.VALUE_NULL) {
                    throw NOT_AS_WRITTEN;
                }
                items.add(value(p, itemType));
            }
            return items;
        }
        if (!FileValues.isSingleValue(raw)) {
            if (raw.isRecord()) {
                return record(p, raw);
            }
            throw NOT_AS_WRITTEN;
        }
        expect(t, JsonToken.VALUE_STRING);
        String text = p.getText();
        if (raw == String.class) {
            return text;
        }
        if (raw == Money.class) {
            return Money.parse(text);
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (raw == Instant.class) {
            return Instant.parse(text);
        }
        if (raw == UUID.class) {
            return UUID.fromString(text);
        }
        if (raw == NhsNumber.class) {
            return new NhsNumber(text);
        }
        if (raw.isEnum()) {
            return enumValue(raw, text);
        }
        throw NOT_AS_WRITTEN;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type.asSubclass(Enum.class), name);
    }
}
