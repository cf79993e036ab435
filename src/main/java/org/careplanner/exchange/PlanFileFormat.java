package org.careplanner.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/**
 * The outside of a plan file: which format it says it is and which version, then the plan (or, in a bundle, the
 * plans) inside. Read as a stream, one plan at a time (docs/decisions/0033): only the plan being read is held, so a
 * bundle of any size is read in the memory of its largest plan. A file of a newer format version is refused whole,
 * whatever its plans hold; a file with a JSON fault anywhere (cut short, not JSON, beyond a limit) is refused with
 * that one problem, as before a file was read whole.
 */
final class PlanFileFormat {

    static final String PLAN = "careplanner-plan";
    static final String BUNDLE = "careplanner-bundle";
    static final int VERSION = 1;

    /** The most problems listed for one file; the rest are counted in one more problem. */
    static final int MAX_PROBLEMS = 1_000;

    private static final List<String> PLAN_FIELDS = List.of("format", "formatVersion", "plan");
    private static final List<String> BUNDLE_FIELDS = List.of("format", "formatVersion", "plans");

    private final FormatLimits limits;
    private final JsonDocument json;

    private JsonNode format;
    private JsonNode version;
    private final List<String> fieldNames = new ArrayList<>();
    /** Whether "plan" / "plans" were given (and not null). */
    private boolean planGiven;
    private boolean plansGiven;
    /** What "plans" held when it was not a list; null when it was one. */
    private String plansKind;
    private int plansCount;
    private final Problems planProblems = new Problems();
    private final Problems bundleProblems = new Problems();
    private final Map<String, Integer> firstAt = new HashMap<>();
    /** Set when one plan goes past {@link FormatLimits#maxPlanBytes()}: the one problem then reported. */
    private Problem oversized;

    PlanFileFormat(FormatLimits limits, JsonDocument json) {
        this.limits = limits;
        this.json = json;
    }

    /**
     * Reads the file from {@code in} once, handing each plan that reads without problems to {@code each} as soon as it
     * is read (a plan {@code wanted} turns down is passed over unread), and returns every problem of the file: none
     * means it may be imported. Plans are handed over before the whole file is known to be good: the caller stores
     * nothing until this returns no problems. The stream is neither closed nor read past the file's JSON.
     */
    List<Problem> read(InputStream in, IntPredicate wanted, PlanFile.Each each) {
        JsonParser parser = null;
        try {
            parser = json.parser(in);
            return readFile(parser, wanted, each);
        } catch (IOException e) {
            return List.of(oversized != null ? oversized : json.problem(e, parser));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // The parser does not own the stream: closing it releases only its buffers.
                }
            }
        }
    }

    private List<Problem> readFile(JsonParser parser, IntPredicate wanted, PlanFile.Each each) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return List.of(json.empty());
        }
        if (first != JsonToken.START_OBJECT) {
            String kind;
            if (first == JsonToken.START_ARRAY) {
                parser.skipChildren();
                kind = "a list";
            } else {
                kind = "a single value (" + json.tree(parser) + ")";
            }
            if (parser.nextToken() != null) {
                return List.of(JsonDocument.trailing(parser));
            }
            return List.of(Problem.blocking("$", "format.not-object", "The file should hold one JSON object that "
                    + "starts {\"format\": \"careplanner-plan\", ...}; this one holds " + kind + "."));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            fieldNames.add(name);
            switch (name) {
                case "format" -> format = guardedTree(parser, "$.format");
                case "formatVersion" -> version = guardedTree(parser, "$.formatVersion");
                case "plan" -> {
                    if (BUNDLE.equals(knownFormat()) || value == JsonToken.VALUE_NULL) {
                        parser.skipChildren();
                    } else {
                        planGiven = true;
                        readPlan(parser, 0, "$.plan", planProblems, wanted, each);
                    }
                }
                case "plans" -> {
                    if (PLAN.equals(knownFormat()) || value == JsonToken.VALUE_NULL) {
                        parser.skipChildren();
                    } else {
                        plansGiven = true;
                        readPlans(parser, value, wanted, each);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            return List.of(JsonDocument.trailing(parser));
        }
        return problems();
    }

    private void readPlans(JsonParser parser, JsonToken value, IntPredicate wanted, PlanFile.Each each)
            throws IOException {
        if (value == JsonToken.START_OBJECT) {
            parser.skipChildren();
            plansKind = "an object";
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            plansKind = "a single value (" + json.tree(parser) + ")";
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int index = plansCount++;
            if (plansCount > limits.maxListItems() || !wanted.test(index)) {
                parser.skipChildren(); // over the limit the plans are only counted, for the message
            } else {
                readPlan(parser, index, FieldNames.item("$.plans", index), bundleProblems, wanted, each);
            }
        }
    }

    private void readPlan(JsonParser parser, int index, String path, Problems into, IntPredicate wanted,
                          PlanFile.Each each) throws IOException {
        if (!wanted.test(index)) {
            parser.skipChildren();
            return;
        }
        JsonNode node = guardedTree(parser, path);
        List<Problem> found = new ArrayList<>();
        Plan plan = new PlanReader(limits, found).plan(node, path);
        node = null; // the plan's tree is let go before the next is read
        if (plan != null && into == bundleProblems) {
            reportRepeatedVersion(plan, index, found);
        }
        into.addAll(found);
        if (plan != null && found.isEmpty()) {
            each.plan(index, path, plan);
        }
    }

    /**
     * The tree of the value the parser is at, refusing it once it goes past the size of one plan: so one plan can be
     * as large as the limit, never the file. A plan going past it stops the reading.
     */
    private JsonNode guardedTree(JsonParser parser, String path) throws IOException {
        long start = offset(parser);
        JsonParser guarded = new JsonParserDelegate(parser) {
            @Override
            public JsonToken nextToken() throws IOException {
                JsonToken token = delegate.nextToken();
                if (offset(delegate) - start > limits.maxPlanBytes()) {
                    oversized = Problem.blocking(path, "plan.too-large", "This plan is larger than "
                            + FieldNames.count(limits.maxPlanBytes() / (1024 * 1024)) + " MB, the most one plan may be"
                            + JsonDocument.at(delegate.currentLocation()) + ": no real plan is that large. The file is "
                            + "damaged or not a CarePlanner plan file.");
                    throw new JsonParseException(delegate, "A plan larger than the limit");
                }
                return token;
            }
        };
        return json.tree(guarded);
    }

    private static long offset(JsonParser parser) {
        JsonLocation at = parser.currentLocation();
        return Math.max(at.getByteOffset(), at.getCharOffset());
    }

    private void reportRepeatedVersion(Plan plan, int index, List<Problem> found) {
        Integer first = firstAt.putIfAbsent(plan.id() + "#" + plan.version(), index);
        if (first != null) {
            found.add(Problem.blocking(FieldNames.item("$.plans", index), "bundle.duplicate-version",
                    "The bundle holds version " + plan.version() + " of plan " + plan.id() + " twice (the other is "
                            + FieldNames.item("$.plans", first) + "): each version may appear once."));
        }
    }

    /** The file's problems once it is read through: the format and version first, as a file is judged by them. */
    private List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        String name = formatName(out);
        // Both checks run, so a file with a wrong name and a wrong version hears about both.
        if (name == null | !versionIsReadable(out)) {
            return out;
        }
        boolean bundle = name.equals(BUNDLE);
        List<String> known = bundle ? BUNDLE_FIELDS : PLAN_FIELDS;
        for (String field : fieldNames) {
            if (!known.contains(field)) {
                PlanReader.unknownField(field, known, "a plan file", "$", out);
            }
        }
        if (!bundle) {
            if (!planGiven) {
                out.add(Problem.blocking("$.plan", "field.missing", "The file has no \"plan\"."));
            } else {
                planProblems.addTo(out);
            }
        } else if (!plansGiven) {
            out.add(Problem.blocking("$.plans", "field.missing", "The bundle has no \"plans\" list."));
        } else if (plansKind != null) {
            out.add(Problem.blocking("$.plans", "value.type", "Expected a list of plans ([...]), but found "
                    + plansKind + "."));
        } else if (plansCount > limits.maxListItems()) {
            out.add(Problem.blocking("$.plans", "list.too-long", "The bundle holds "
                    + FieldNames.count(plansCount) + " plans; the most a bundle may hold is "
                    + FieldNames.count(limits.maxListItems()) + "."));
        } else {
            bundleProblems.addTo(out);
        }
        return out;
    }

    private String knownFormat() {
        return format != null && format.isTextual() && (format.textValue().equals(PLAN)
                || format.textValue().equals(BUNDLE)) ? format.textValue() : null;
    }

    private String formatName(List<Problem> problems) {
        if (format == null || format.isNull()) {
            problems.add(Problem.blocking("$.format", "format.missing", "This is not a CarePlanner plan file: it "
                    + "does not say \"format\": \"careplanner-plan\" (or \"careplanner-bundle\")."));
            return null;
        }
        if (knownFormat() != null) {
            return format.textValue();
        }
        problems.add(Problem.blocking("$.format", "format.name", (format.isTextual()
                ? FileValues.quoted(format.textValue()) : format.toString()) + " is not a CarePlanner file format: "
                + "expected \"" + PLAN + "\" or \"" + BUNDLE + "\"."));
        return null;
    }

    private boolean versionIsReadable(List<Problem> problems) {
        if (version == null || version.isNull()) {
            problems.add(Problem.blocking("$.formatVersion", "format.version-missing", "The file does not say "
                    + "which version of the format it uses: add \"formatVersion\": " + VERSION + "."));
            return false;
        }
        if (!version.isIntegralNumber()) {
            problems.add(Problem.blocking("$.formatVersion", "format.version-unknown", "The format version should "
                    + "be a whole number such as " + VERSION + ", not " + version + "."));
            return false;
        }
        if (version.canConvertToInt() && version.intValue() == VERSION) {
            return true;
        }
        if (version.bigIntegerValue().signum() > 0) {
            problems.add(Problem.blocking("$.formatVersion", "format.newer-version", "This file was made by a newer "
                    + "version of CarePlanner (format version " + version.asText() + "); this version reads format "
                    + "version " + VERSION + ". Update CarePlanner to open it."));
        } else {
            problems.add(Problem.blocking("$.formatVersion", "format.version-unknown", "There is no format version "
                    + version.asText() + ": versions start at 1."));
        }
        return false;
    }

    /** Problems kept up to {@link #MAX_PROBLEMS}, the rest counted: a file of 10,000 bad plans is refused in bounded memory. */
    private static final class Problems {
        private final List<Problem> kept = new ArrayList<>();
        private long leftOut;

        void addAll(List<Problem> found) {
            for (Problem p : found) {
                if (kept.size() < MAX_PROBLEMS) {
                    kept.add(p);
                } else {
                    leftOut++;
                }
            }
        }

        void addTo(List<Problem> out) {
            out.addAll(kept);
            if (leftOut > 0) {
                out.add(Problem.blocking("$", "file.more-problems", "... and " + FieldNames.count(leftOut)
                        + " more problems, not listed here: put those above right and import the file again to see "
                        + "the rest."));
            }
        }
    }
}
