package org.careplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;
import org.careplanner.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile files. Each expected message and path comes from the rules in docs/plan-format.md.
 */
class DamagedFileTest {

    private final PlanFile planFile = new PlanFile();
    private final ObjectMapper mapper = new ObjectMapper();

    // ---- not a plan file at all ----

    @Test
    void anEmptyFileSaysSo() {
        assertOnlyProblem(planFile.read(" \n"), "$", "The file is empty: there is no plan in it.");
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsLineAndColumn() {
        Problem problem = onlyProblem(planFile.read("Dear Sam,\nhere is your plan"));

        assertThat(problem.code()).isEqualTo("file.not-json");
        assertThat(problem.message()).startsWith("The file is not valid JSON (line 1, column ");
    }

    @Test
    void aTruncatedFileIsReportedAsCutShort() {
        String whole = planFile.write(TestPlans.everyFieldFilled());
        String cut = whole.substring(0, whole.length() / 2);

        Problem problem = onlyProblem(planFile.read(cut));

        assertThat(problem.code()).isEqualTo("file.truncated");
        assertThat(problem.message()).startsWith("The file ends too soon (line ")
                .endsWith("it is not complete. It may have been cut short when it was copied or saved.");
    }

    @Test
    void aListAtTheTopLevelIsNotAPlanFile() {
        assertOnlyProblem(planFile.read("[1, 2]"), "$", "The file should hold one JSON object that starts "
                + "{\"format\": \"careplanner-plan\", ...}; this one holds a list.");
    }

    @Test
    void aWrongFormatNameIsRefused() {
        assertOnlyProblem(planFile.read("{\"format\": \"careplanner-invoice\", \"formatVersion\": 1, \"plan\": {}}"),
                "$.format", "\"careplanner-invoice\" is not a CarePlanner file format: expected \"careplanner-plan\" "
                        + "or \"careplanner-bundle\".");
    }

    @Test
    void aMissingFormatVersionIsRefused() {
        assertOnlyProblem(planFile.read("{\"format\": \"careplanner-plan\", \"plan\": {}}"), "$.formatVersion",
                "The file does not say which version of the format it uses: add \"formatVersion\": 1.");
    }

    @Test
    void aNewerFormatVersionSaysANewerCarePlannerMadeIt() {
        JsonNode file = validFile();
        ((ObjectNode) file).put("formatVersion", 2);
        ((ObjectNode) file.get("plan")).put("somethingNew", "from version 2");

        // Only the version problem: fields of a newer format are not judged by the old rules.
        assertOnlyProblem(read(file), "$.formatVersion", "This file was made by a newer version of CarePlanner "
                + "(format version 2); this version reads format version 1. Update CarePlanner to open it.");
    }

    @Test
    void formatVersionZeroDoesNotExist() {
        JsonNode file = validFile();
        ((ObjectNode) file).put("formatVersion", 0);

        assertOnlyProblem(read(file), "$.formatVersion", "There is no format version 0: versions start at 1.");
    }

    @Test
    void moreAfterTheEndOfThePlanIsRefused() {
        Problem problem = onlyProblem(planFile.read(planFile.write(TestPlans.empty()) + "{}"));

        assertThat(problem.message()).startsWith("There is more after the end of the plan (line ");
    }

    @Test
    void aFieldGivenTwiceInOneObjectIsRefused() {
        String twice = planFile.write(TestPlans.empty()).replace("\"version\": 1,", "\"version\": 1, \"version\": 2,");

        Problem problem = onlyProblem(planFile.read(twice));

        assertThat(problem.message()).startsWith("A field appears twice in the same object (line ")
                .contains("version").endsWith("keep one of them.");
    }

    // ---- the plan's required fields ----

    @Test
    void aPlanWithoutAnIdIsRefused() {
        assertOnlyProblem(edit(plan -> plan.remove("id")), "$.plan.id",
                "The plan has no id: every plan needs one, a UUID such as \"3f1c6e1e-8f2b-4c57-9a0e-2b7d5c1a9e40\".");
    }

    @Test
    void anIdThatIsNotAUuidIsRefused() {
        assertOnlyProblem(edit(plan -> plan.put("id", "plan-1")), "$.plan.id", "\"plan-1\" is not an id in the form "
                + "of a UUID, for example \"3f1c6e1e-8f2b-4c57-9a0e-2b7d5c1a9e40\".");
    }

    @Test
    void versionZeroIsRefused() {
        assertOnlyProblem(edit(plan -> plan.put("version", 0)), "$.plan.version",
                "The plan's version is 0: versions start at 1.");
    }

    @Test
    void aVersionWrittenAsTextIsTheWrongType() {
        assertOnlyProblem(edit(plan -> plan.put("version", "1")), "$.plan.version",
                "Expected a whole number, but found text (\"1\").");
    }

    @Test
    void aHugeVersionNumberIsTooLarge() {
        assertOnlyProblem(edit(plan -> plan.put("version", 99_999_999_999L)), "$.plan.version",
                "99999999999 is too large for this field.");
    }

    @Test
    void aNumberWithHundredsOfDigitsIsRefusedBeforeItIsRead() {
        String huge = planFile.write(TestPlans.empty()).replace("\"version\": 1,", "\"version\": 1" + "0".repeat(300) + ",");

        Problem problem = onlyProblem(planFile.read(huge));

        assertThat(problem.code()).isEqualTo("file.limit");
        assertThat(problem.message()).startsWith("A number in the file has more than 20 digits");
    }

    // ---- money ----

    @Test
    void threeDecimalMoneyIsRefusedWithTheMoneyMessage() {
        assertOnlyProblem(edit(plan -> line(plan, 0).put("unitPrice", "12.345")), "$.plan.supportLines[0].unitPrice",
                "\"12.345\" has more than two decimal places: money is in pounds and pence, for example 12.50.");
    }

    @Test
    void aNegativePriceIsRefused() {
        assertOnlyProblem(edit(plan -> line(plan, 1).put("unitPrice", "-3.20")), "$.plan.supportLines[1].unitPrice",
                "\"-3.20\" is negative: amounts in a plan are 0.00 or more.");
    }

    @Test
    void moneyWrittenAsAJsonNumberIsTheWrongType() {
        assertOnlyProblem(edit(plan -> ((ObjectNode) plan.get("budget")).put("allocation", 25000.5)),
                "$.plan.budget.allocation",
                "Expected an amount in quotes, for example \"12.50\", but found a number (25000.5).");
    }

    @Test
    void moneyWithAPoundSignOrOneDecimalMustBeWrittenInFileForm() {
        ReadResult result = edit(plan -> {
            line(plan, 0).put("unitPrice", "£13.50");
            ((ObjectNode) plan.get("budget")).put("contingency", "500.5");
        });

        assertThat(result.problems()).extracting(Problem::field, Problem::message).containsExactly(
                tuple("$.plan.supportLines[0].unitPrice", "Write \"£13.50\" as \"13.50\": pounds and pence with "
                        + "exactly two decimals, without a £ sign or commas."),
                tuple("$.plan.budget.contingency", "Write \"500.5\" as \"500.50\": pounds and pence with exactly two "
                        + "decimals, without a £ sign or commas."));
    }

    @Test
    void aDecimalThatIsNotANumberIsRefused() {
        assertOnlyProblem(edit(plan -> ((ObjectNode) plan.get("budget")).put("weeksPerYear", "fifty-two")),
                "$.plan.budget.weeksPerYear", "\"fifty-two\" is not a number: write digits with an optional decimal "
                        + "point, for example \"52.143\".");
    }

    // ---- dates, times, NHS number, choices ----

    @Test
    void thirtiethOfFebruaryIsNotARealDate() {
        assertOnlyProblem(edit(plan -> ((ObjectNode) plan.get("budget")).put("startDate", "2026-02-30")),
                "$.plan.budget.startDate", "\"2026-02-30\" is not a real date: February 2026 has 28 days.");
    }

    @Test
    void aBritishStyleDateIsNotTheFileForm() {
        assertOnlyProblem(edit(plan -> outcome(plan, 0).put("targetDate", "30/09/2026")),
                "$.plan.outcomes[0].targetDate",
                "\"30/09/2026\" is not a date in the form YYYY-MM-DD, for example \"2026-04-01\".");
    }

    @Test
    void aTimeWithoutItsZoneIsRefused() {
        assertOnlyProblem(edit(plan -> plan.put("createdAt", "2026-03-02 09:30")), "$.plan.createdAt",
                "\"2026-03-02 09:30\" is not a UTC time in the form YYYY-MM-DDThh:mm:ssZ, for example "
                        + "\"2026-04-01T10:15:30Z\".");
    }

    @Test
    void anNhsNumberWithAWrongCheckDigitIsRefused() {
        assertOnlyProblem(edit(plan -> person(plan).put("nhsNumber", "9434765918")), "$.plan.person.nhsNumber",
                "This is not a valid NHS number: its check digit does not match. Check it against a letter from "
                        + "the NHS.");
    }

    @Test
    void anNhsNumberWithSpacesIsNotTheFileForm() {
        assertOnlyProblem(edit(plan -> person(plan).put("nhsNumber", "943 476 5919")), "$.plan.person.nhsNumber",
                "Write the NHS number as its 10 digits without spaces, for example \"9434765919\".");
    }

    @Test
    void anUnknownChoiceListsTheAllowedOnes() {
        assertOnlyProblem(edit(plan -> line(plan, 0).put("frequency", "WEEKLY")), "$.plan.supportLines[0].frequency",
                "\"WEEKLY\" is not a known frequency: use one of PER_WEEK, PER_FOUR_WEEKS, PER_MONTH, PER_YEAR, "
                        + "ONE_OFF.");
    }

    @Test
    void aTrueOrFalseAnswerWrittenAsTextIsTheWrongType() {
        assertOnlyProblem(edit(plan -> ((ObjectNode) plan.get("capacity")).put("consentToShare", "yes")),
                "$.plan.capacity.consentToShare", "Expected true or false, but found text (\"yes\").");
    }

    @Test
    void anObjectWhereAListBelongsIsTheWrongType() {
        assertOnlyProblem(edit(plan -> plan.putObject("outcomes")), "$.plan.outcomes",
                "Expected a list ([...]), but found an object.");
    }

    // ---- unknown fields, duplicates ----

    @Test
    void aMistypedFieldIsNamedWithTheLikelyMeaning() {
        assertOnlyProblem(edit(plan -> line(plan, 0).put("unitPrise", "1.00")), "$.plan.supportLines[0].unitPrise",
                "Unknown field \"unitPrise\": did you mean \"unitPrice\"?");
    }

    @Test
    void aFieldFromNowhereIsNamed() {
        assertOnlyProblem(edit(plan -> plan.put("favouriteColour", "blue")), "$.plan.favouriteColour",
                "Unknown field \"favouriteColour\": a plan has no such field.");
    }

    @Test
    void twoOutcomesWithOneIdAreRefused() {
        assertOnlyProblem(edit(plan -> outcome(plan, 1).put("id", "o1")), "$.plan.outcomes[1].id",
                "Two outcomes have the id \"o1\" (the other is $.plan.outcomes[0]): give each its own id.");
    }

    @Test
    void twoSupportLinesWithOneIdAreRefused() {
        assertOnlyProblem(edit(plan -> line(plan, 1).put("id", "l1")), "$.plan.supportLines[1].id",
                "Two support lines have the id \"l1\" (the other is $.plan.supportLines[0]): give each its own id.");
    }

    @Test
    void twoFundingStreamsWithOneIdAreRefused() {
        assertOnlyProblem(edit(plan -> ((ObjectNode) plan.get("fundingStreams").get(1)).put("id", "s1")),
                "$.plan.fundingStreams[1].id",
                "Two funding streams have the id \"s1\" (the other is $.plan.fundingStreams[0]): give each its own id.");
    }

    @Test
    void aBundleWithTheSameVersionTwiceIsRefused() {
        Plan plan = TestPlans.everyFieldFilled();

        assertOnlyProblem(planFile.read(planFile.writeBundle(List.of(plan, plan))), "$.plans[1]",
                "The bundle holds version 2 of plan 3f1c6e1e-8f2b-4c57-9a0e-2b7d5c1a9e40 twice (the other is "
                        + "$.plans[0]): each version may appear once.");
    }

    @Test
    void aNullInsideAListIsRefused() {
        assertOnlyProblem(edit(plan -> ((ArrayNode) plan.get("outcomes")).addNull()), "$.plan.outcomes[2]",
                "A list may not hold null: remove the item.");
    }

    // ---- every problem, not just the first ----

    @Test
    void everyProblemInTheFileIsReported() {
        ReadResult result = edit(plan -> {
            plan.put("version", 0);
            line(plan, 0).put("unitPrice", "12.345");
            line(plan, 1).put("frequency", "FORTNIGHTLY");
            ((ObjectNode) plan.get("budget")).put("endDate", "2027-02-29");
        });

        assertThat(result.plans()).isEmpty();
        assertThat(result.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "$.plan.version", "$.plan.supportLines[0].unitPrice", "$.plan.supportLines[1].frequency",
                "$.plan.budget.endDate");
        assertThat(result.problems()).allMatch(p -> p.severity() == Severity.BLOCKING);
    }

    // ---- limits against hostile files ----

    @Test
    void aTenMegabyteStringIsRefusedAsBeyondTheLimit() {
        String huge = "x".repeat(10 * 1024 * 1024);
        Problem problem = onlyProblem(edit(plan -> ((ObjectNode) plan.get("aboutMe")).put("goodDay", huge)));

        assertThat(problem.code()).isEqualTo("file.limit");
        assertThat(problem.field()).isEqualTo("$.plan.aboutMe.goodDay");
        assertThat(problem.message()).startsWith("A text in the file is longer than 1,000,000 characters (line ")
                .endsWith("it is damaged or not a CarePlanner plan file.");
    }

    @Test
    void aTextLongerThanAFieldMayHoldIsRefused() {
        String tooLong = "x".repeat(10_001);

        assertOnlyProblem(edit(plan -> ((ObjectNode) plan.get("aboutMe")).put("goodDay", tooLong)),
                "$.plan.aboutMe.goodDay",
                "This text is 10,001 characters long; the most this field may hold is 10,000.");
    }

    @Test
    void aNameLongerThanTheEditorAllowsIsRefusedNamingTheField() {
        // The editor lets a broker type 200 characters in a name (TextLimits.NAME); a file may hold no more.
        String longName = "Ó".repeat(201);

        assertOnlyProblem(edit(plan -> ((ObjectNode) plan.get("person")).put("familyName", longName)),
                "$.plan.person.familyName",
                "This text is 201 characters long; the most this field may hold is 200.");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"format\": \"careplanner-plan\", \"formatVersion\": 1, \"plan\": "
                + "[".repeat(100) + "]".repeat(100) + "}";

        Problem problem = onlyProblem(planFile.read(deep));

        assertThat(problem.code()).isEqualTo("file.limit");
        assertThat(problem.message()).startsWith("The file nests lists or objects more than 64 deep (line 1, column ");
    }

    @Test
    void aListLongerThanTheLimitIsRefused() {
        assertOnlyProblem(edit(plan -> {
            ArrayNode ids = line(plan, 0).putArray("outcomeIds");
            for (int i = 0; i < 10_001; i++) {
                ids.add("o1");
            }
        }), "$.plan.supportLines[0].outcomeIds",
                "This list has 10,001 items; the most a plan file may hold in one list is 10,000.");
    }

    @Test
    void aStreamLargerThanTheFileLimitIsRefusedWithoutReadingItAll() {
        // The limit is 1 GB (ADR 0033); a reader held to 2 MB shows the same refusal without reading a gigabyte.
        FormatLimits d = FormatLimits.DEFAULT;
        PlanFile small = new PlanFile(new FormatLimits(2L * 1024 * 1024, d.maxPlanBytes(), d.maxTextLength(),
                d.maxImageLength(), d.maxNestingDepth(), d.maxListItems(), d.maxNumberLength(), d.maxFieldNameLength()));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };

        assertOnlyProblem(small.read(endless), "$", "The file is larger than 2 MB, the most a plan file may be: "
                + "it is probably not a CarePlanner plan file.");
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path folder) {
        Problem problem = onlyProblem(planFile.read(folder.resolve("no-such-plan.json")));

        assertThat(problem.code()).isEqualTo("file.missing");
    }

    @Test
    void invalidUtf8IsNotJson() {
        byte[] bytes = {'{', '"', 'f', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThat(onlyProblem(planFile.read(new ByteArrayInputStream(bytes))).code()).isEqualTo("file.not-json");
    }

    // ---- helpers ----

    private JsonNode validFile() {
        try {
            return mapper.readTree(planFile.write(TestPlans.everyFieldFilled()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ReadResult edit(Consumer<ObjectNode> change) {
        JsonNode file = validFile();
        change.accept((ObjectNode) file.get("plan"));
        return read(file);
    }

    private ReadResult read(JsonNode file) {
        try {
            return planFile.read(mapper.writeValueAsString(file));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode line(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("supportLines").get(index);
    }

    private static ObjectNode outcome(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("outcomes").get(index);
    }

    private static ObjectNode person(ObjectNode plan) {
        return (ObjectNode) plan.get("person");
    }

    private static Problem onlyProblem(ReadResult result) {
        assertThat(result.plans()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    private static void assertOnlyProblem(ReadResult result, String field, String message) {
        Problem problem = onlyProblem(result);
        assertThat(problem.field()).isEqualTo(field);
        assertThat(problem.message()).isEqualTo(message);
        assertThat(problem.severity()).isEqualTo(Severity.BLOCKING);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
