package org.careplanner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/**
 * The outside of a plan file: which format it says it is and which version, then the plan (or, in a
 * bundle, the plans) inside. A file of a newer format version is refused before its plans are read.
 */
final class PlanFileFormat {

    static final String PLAN = "careplanner-plan";
    static final String BUNDLE = "careplanner-bundle";
    static final int VERSION = 1;

    private static final List<String> PLAN_FIELDS = List.of("format", "formatVersion", "plan");
    private static final List<String> BUNDLE_FIELDS = List.of("format", "formatVersion", "plans");

    private final FormatLimits limits;
    private final List<Problem> problems = new ArrayList<>();

    PlanFileFormat(FormatLimits limits) {
        this.limits = limits;
    }

    ReadResult read(JsonNode root) {
        if (!root.isObject()) {
            problems.add(Problem.blocking("$", "format.not-object", "The file should hold one JSON object that "
                    + "starts {\"format\": \"careplanner-plan\", ...}; this one holds " + kind(root) + "."));
            return result(List.of());
        }
        String format = formatName(root);
        // Both checks run, so a file with a wrong name and a wrong version hears about both.
        if (format == null | !versionIsReadable(root)) {
            return result(List.of());
        }
        boolean bundle = format.equals(BUNDLE);
        reportUnknownFields(root, bundle ? BUNDLE_FIELDS : PLAN_FIELDS);
        PlanReader reader = new PlanReader(limits, problems);
        List<Plan> plans = new ArrayList<>();
        if (bundle) {
            readBundle(root, reader, plans);
        } else if (root.get("plan") == null || root.get("plan").isNull()) {
            problems.add(Problem.blocking("$.plan", "field.missing", "The file has no \"plan\"."));
        } else {
            plans.add(reader.plan(root.get("plan"), "$.plan"));
        }
        return result(plans);
    }

    private void readBundle(JsonNode root, PlanReader reader, List<Plan> plans) {
        JsonNode list = root.get("plans");
        if (list == null || list.isNull()) {
            problems.add(Problem.blocking("$.plans", "field.missing", "The bundle has no \"plans\" list."));
        } else if (!list.isArray()) {
            problems.add(Problem.blocking("$.plans", "value.type", "Expected a list of plans ([...]), but found "
                    + kind(list) + "."));
        } else if (list.size() > limits.maxListItems()) {
            problems.add(Problem.blocking("$.plans", "list.too-long", "The bundle holds "
                    + FieldNames.count(list.size()) + " plans; the most a bundle may hold is "
                    + FieldNames.count(limits.maxListItems()) + "."));
        } else {
            Map<String, Integer> firstAt = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                Plan plan = reader.plan(list.get(i), FieldNames.item("$.plans", i));
                plans.add(plan);
                if (plan != null) {
                    reportRepeatedVersion(plan, i, firstAt);
                }
            }
        }
    }

    private void reportRepeatedVersion(Plan plan, int index, Map<String, Integer> firstAt) {
        UUID id = plan.id();
        Integer first = firstAt.putIfAbsent(id + "#" + plan.version(), index);
        if (first != null) {
            problems.add(Problem.blocking(FieldNames.item("$.plans", index), "bundle.duplicate-version",
                    "The bundle holds version " + plan.version() + " of plan " + id + " twice (the other is "
                            + FieldNames.item("$.plans", first) + "): each version may appear once."));
        }
    }

    private String formatName(JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            problems.add(Problem.blocking("$.format", "format.missing", "This is not a CarePlanner plan file: it "
                    + "does not say \"format\": \"careplanner-plan\" (or \"careplanner-bundle\")."));
            return null;
        }
        if (format.isTextual() && (format.textValue().equals(PLAN) || format.textValue().equals(BUNDLE))) {
            return format.textValue();
        }
        problems.add(Problem.blocking("$.format", "format.name", (format.isTextual()
                ? FileValues.quoted(format.textValue()) : format.toString()) + " is not a CarePlanner file format: "
                + "expected \"" + PLAN + "\" or \"" + BUNDLE + "\"."));
        return null;
    }

    private boolean versionIsReadable(JsonNode root) {
        JsonNode version = root.get("formatVersion");
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

    private void reportUnknownFields(JsonNode root, List<String> known) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                PlanReader.unknownField(name, known, "a plan file", "$", problems);
            }
        }
    }

    private ReadResult result(List<Plan> plans) {
        return problems.isEmpty() ? ReadResult.of(plans) : ReadResult.failed(problems);
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : node.isObject() ? "an object" : "a single value (" + node + ")";
    }
}
