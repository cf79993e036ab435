package org.careplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema ships for other tools; the reader is what enforces the format. These tests keep the two from
 * drifting: a field, a choice or a required field added to the domain fails here until the schema (and
 * docs/plan-format.md) say the same.
 */
class PlanSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = PlanFile.class.getResourceAsStream("careplanner-plan.schema.json")) {
            assertThat(in).as("schema on the class path").isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void isDraft2020Schema() {
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theEnvelopesNameTheFormatsAndVersionTheReaderAccepts() {
        JsonNode plan = def("planFile");
        JsonNode bundle = def("bundleFile");

        assertThat(names(plan.get("required"))).containsExactly("format", "formatVersion", "plan");
        assertThat(names(bundle.get("required"))).containsExactly("format", "formatVersion", "plans");
        assertThat(plan.at("/properties/format/const").asText()).isEqualTo(PlanFileFormat.PLAN);
        assertThat(bundle.at("/properties/format/const").asText()).isEqualTo(PlanFileFormat.BUNDLE);
        assertThat(plan.at("/properties/formatVersion/const").asInt()).isEqualTo(PlanFileFormat.VERSION);
        assertThat(bundle.at("/properties/formatVersion/const").asInt()).isEqualTo(PlanFileFormat.VERSION);
        assertThat(plan.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void everyRecordHasTheSameFieldsInTheSameOrderAndNoOthers() {
        for (Class<?> type : recordsInAPlan()) {
            JsonNode def = def(type.getSimpleName());
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

            assertThat(names(def.get("properties"))).as(type.getSimpleName()).containsExactlyElementsOf(components);
            assertThat(def.get("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
        }
    }

    @Test
    void requiredFieldsAreTheOnesTheReaderRequires() {
        for (Class<?> type : recordsInAPlan()) {
            JsonNode required = def(type.getSimpleName()).get("required");
            List<String> inSchema = required == null ? List.of() : names(required).stream().sorted().toList();

            assertThat(inSchema).as(type.getSimpleName()).isEqualTo(PlanReader.requiredFields(type));
        }
    }

    @Test
    void everyChoiceListsTheJavaEnumsConstantsInOrder() {
        for (Class<?> type : enumsInAPlan()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();

            assertThat(names(def(type.getSimpleName()).get("enum"))).as(type.getSimpleName())
                    .containsExactlyElementsOf(constants);
        }
    }

    @Test
    void limitsAgreeWithTheReader() {
        assertThat(def("text").get("maxLength").asInt()).isEqualTo(FormatLimits.DEFAULT.maxTextLength());
        assertThat(def("signatureImage").get("maxLength").asInt()).isEqualTo(FormatLimits.DEFAULT.maxImageLength());
        assertThat(def("bundleFile").at("/properties/plans/maxItems").asInt())
                .isEqualTo(FormatLimits.DEFAULT.maxListItems());
        assertThat(def("Plan").at("/properties/version/minimum").asInt()).isEqualTo(1);
    }

    @Test
    void valuePatternsMatchTheDocumentedForms() {
        Pattern money = pattern("money");
        assertThat(List.of("0.00", "1234.50", "999999999.99")).allMatch(s -> money.matcher(s).matches());
        assertThat(List.of("12.345", "12.5", "£12.50", "-3.20", "1,234.50", "012.50"))
                .noneMatch(s -> money.matcher(s).matches());

        Pattern decimal = pattern("decimal");
        assertThat(List.of("52", "52.143", "0.5", "12.5")).allMatch(s -> decimal.matcher(s).matches());
        assertThat(List.of("-1", "1e3", "07", "1.1234567")).noneMatch(s -> decimal.matcher(s).matches());

        assertThat(pattern("nhsNumber").matcher("9434765919").matches()).isTrue();
        assertThat(pattern("nhsNumber").matcher("943 476 5919").matches()).isFalse();
        assertThat(pattern("instant").matcher("2026-04-01T10:15:30Z").matches()).isTrue();
        assertThat(pattern("instant").matcher("2026-04-01T10:15:30+01:00").matches()).isFalse();
    }

    private static Pattern pattern(String def) {
        return Pattern.compile(def(def).get("pattern").asText());
    }

    private static JsonNode def(String name) {
        JsonNode def = schema.get("$defs").get(name);
        assertThat(def).as("$defs/" + name).isNotNull();
        return def;
    }

    private static List<String> names(JsonNode node) {
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<Class<?>> recordsInAPlan() {
        Set<Class<?>> found = new LinkedHashSet<>();
        walk(Plan.class, found);
        return found.stream().filter(Class::isRecord).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Class<?>> enumsInAPlan() {
        Set<Class<?>> found = new LinkedHashSet<>();
        walk(Plan.class, found);
        return found.stream().filter(Class::isEnum).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every record and enum a plan is made of, as the writer and reader reach them. */
    private static void walk(Type type, Set<Class<?>> found) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (type instanceof ParameterizedType p) {
            walk(p.getActualTypeArguments()[0], found);
        }
        if (raw.isEnum()) {
            found.add(raw);
        }
        if (raw.isRecord() && !FileValues.isSingleValue(raw) && found.add(raw)) {
            for (RecordComponent component : raw.getRecordComponents()) {
                walk(component.getGenericType(), found);
            }
        }
    }
}
