package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.exchange.PlanFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged and hostile files imported into a store that already holds plans: each is refused with a plain
 * message at the place in the file that is wrong, and every table holds exactly the rows it held before.
 * The paths expected come from the plan format (docs/plan-format.md), not from the reader's output.
 */
class DamagedImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID FILE_PLAN = UUID.fromString("00000000-0000-4000-8000-0000000000f1");

    @TempDir
    Path dir;

    /** A valid single-plan file for a made-up person, as a tree to damage. */
    private static ObjectNode validFile() {
        Plan plan = StorePlans.draft(FILE_PLAN, StorePlans.person("Ó Súilleabháin", "Example", null));
        try {
            return (ObjectNode) JSON.readTree(new PlanFile().write(plan));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode plan(JsonNode file) {
        return (ObjectNode) file.get("plan");
    }

    private static ObjectNode line(JsonNode file, int i) {
        return (ObjectNode) plan(file).get("supportLines").get(i);
    }

    private static Arguments tree(String what, String path, UnaryOperator<ObjectNode> damage) {
        return Arguments.of(what, path, damage.apply(validFile()).toString());
    }

    private static Arguments text(String what, String path, String fileText) {
        return Arguments.of(what, path, fileText);
    }

    static Stream<Arguments> damagedFiles() {
        String whole = validFile().toPrettyString();
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        return Stream.of(
            text("an empty file", "$", ""),
            text("not JSON at all", "$", "Dear Sam, here is your plan."),
            text("a file cut short", "$", whole.substring(0, whole.length() / 2)),
            text("a list at the top", "$", "[1, 2, 3]"),
            text("nesting 5,000 deep", "$", "{\"format\": \"careplanner-plan\", \"formatVersion\": 1, \"plan\": " + deep + "}"),
            tree("a wrong format name", "$.format", f -> f.put("format", "careplanner-invoice")),
            tree("an unknown format version", "$.formatVersion", f -> f.put("formatVersion", 99)),
            tree("a format version as text", "$.formatVersion", f -> f.put("formatVersion", "one")),
            tree("no plan id", "$.plan.id", f -> { plan(f).remove("id"); return f; }),
            tree("a plan id that is not a UUID", "$.plan.id", f -> { plan(f).put("id", "plan-1"); return f; }),
            tree("version 0", "$.plan.version", f -> { plan(f).put("version", 0); return f; }),
            tree("a version as text", "$.plan.version", f -> { plan(f).put("version", "first"); return f; }),
            tree("negative money", "$.plan.supportLines[0].unitPrice",
                    f -> { line(f, 0).put("unitPrice", "-32.50"); return f; }),
            tree("money with three decimals", "$.plan.supportLines[0].unitPrice",
                    f -> { line(f, 0).put("unitPrice", "32.505"); return f; }),
            tree("money as a JSON number", "$.plan.supportLines[0].unitPrice",
                    f -> { line(f, 0).put("unitPrice", 32.5); return f; }),
            tree("a 10 MB string", "$.plan.aboutMe.goodDay", f -> {
                ((ObjectNode) plan(f).get("aboutMe")).put("goodDay", "z".repeat(10 * 1024 * 1024));
                return f; }),
            tree("a date that does not exist", "$.plan.budget.startDate",
                    f -> { ((ObjectNode) plan(f).get("budget")).put("startDate", "2026-02-30"); return f; }),
            tree("a date in another form", "$.plan.budget.startDate",
                    f -> { ((ObjectNode) plan(f).get("budget")).put("startDate", "01/04/2026"); return f; }),
            tree("an NHS number that fails its check digit", "$.plan.person.nhsNumber",
                    f -> { ((ObjectNode) plan(f).get("person")).put("nhsNumber", "9434765918"); return f; }),
            tree("an unknown frequency", "$.plan.supportLines[0].frequency",
                    f -> { line(f, 0).put("frequency", "FORTNIGHTLY"); return f; }),
            tree("two lines with one id", "$.plan.supportLines[1].id",
                    f -> { line(f, 1).put("id", line(f, 0).get("id").asText()); return f; }),
            tree("a list where text belongs", "$.plan.person.givenName",
                    f -> { ((ObjectNode) plan(f).get("person")).putArray("givenName").add("Zoë"); return f; }),
            tree("an unknown field", "$.plan.supportLines[0].unitPrise",
                    f -> { line(f, 0).put("unitPrise", "32.50"); return f; }),
            tree("a bundle holding the same version twice", "$.plans[1]", f -> {
                ObjectNode bundle = JSON.createObjectNode();
                bundle.put("format", "careplanner-bundle").put("formatVersion", 1);
                ArrayNode plans = bundle.putArray("plans");
                plans.add(plan(f));
                plans.add(plan(f).deepCopy());
                return bundle; }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void isRefusedWithItsMessageAndTheStoreIsUnchanged(String what, String path, String fileText) throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(StorePlans.draft(PlanTransferTest.ZOE,
                    StorePlans.person("Zoë", "Testperson", StorePlans.NHS_ZOE)));
        }
        Map<String, Integer> before = PlanTransferTest.rowCounts(dir);

        ImportReport report;
        try (LocalStore store = TestStores.open(dir)) {
            report = store.transfer().importText(fileText);
        }

        assertThat(report.isImported()).as(what).isFalse();
        assertThat(report.problems()).as(what).isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat "))
                .anySatisfy(p -> assertThat(p.field()).startsWith(path));
        assertThat(report.problems()).extracting(Problem::message).allSatisfy(m -> assertThat(m.length()).isLessThan(2_000));
        assertThat(PlanTransferTest.rowCounts(dir)).as(what).isEqualTo(before);
    }
}
