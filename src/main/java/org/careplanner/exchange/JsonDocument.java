package org.careplanner.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.careplanner.domain.Problem;

/**
 * The bytes of a file as a JSON tree, within the limits: size, nesting, text and number length, and no
 * field given twice in one object. Anything wrong becomes one problem with its line and column.
 */
final class JsonDocument {

    private final FormatLimits limits;
    private final ObjectMapper mapper;

    JsonDocument(FormatLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(Math.max(limits.maxTextLength(), limits.maxImageLength()))
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxFieldNameLength())
                .maxDocumentLength(limits.maxFileBytes())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Reads at most the size limit from the stream; a longer stream is refused without reading the rest. */
    Optional<byte[]> bytes(InputStream in, List<Problem> problems) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        if (bytes.length > limits.maxFileBytes()) {
            problems.add(tooLarge());
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    Problem tooLarge() {
        return Problem.blocking("$", "file.too-large", "The file is larger than "
                + FieldNames.count(limits.maxFileBytes() / (1024 * 1024)) + " MB, the most a plan file may be: it is "
                + "probably not a CarePlanner plan file.");
    }

    /** The JSON tree, or empty with the one problem that stopped it added. */
    Optional<JsonNode> tree(byte[] bytes, List<Problem> problems) {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            problems.add(Problem.blocking("$", "file.empty", "The file is empty: there is no plan in it."));
            return Optional.empty();
        }
        JsonParser parser = null;
        try {
            parser = mapper.createParser(bytes);
            JsonNode root = mapper.readValue(parser, JsonNode.class);
            return Optional.of(root == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : root);
        } catch (StreamConstraintsException e) {
            // Jackson raises these without a location: the parser still knows where it stopped.
            problems.add(Problem.blocking(path(parser), "file.limit", limitMessage(e.getOriginalMessage(),
                    at(parser.currentLocation()))));
        } catch (JsonEOFException e) {
            problems.add(Problem.blocking("$", "file.truncated", "The file ends too soon" + at(e.getLocation())
                    + ": it is not complete. It may have been cut short when it was copied or saved."));
        } catch (JsonProcessingException e) {
            problems.add(Problem.blocking(path(parser), "file.not-json", notJsonMessage(e)));
        } catch (IOException e) {
            problems.add(Problem.blocking("$", "file.unreadable", "The file could not be read: " + e.getMessage()));
        } finally {
            closeQuietly(parser);
        }
        return Optional.empty();
    }

    private String limitMessage(String jackson, String where) {
        if (jackson.contains("nesting depth")) {
            return "The file nests lists or objects more than " + limits.maxNestingDepth() + " deep" + where
                    + ": a plan file never does. It is damaged or not a CarePlanner plan file.";
        }
        if (jackson.contains("String value length")) {
            return "A text in the file is longer than " + FieldNames.count(
                    Math.max(limits.maxTextLength(), limits.maxImageLength())) + " characters" + where
                    + ": it is damaged or not a CarePlanner plan file.";
        }
        if (jackson.contains("Number value length")) {
            return "A number in the file has more than " + limits.maxNumberLength() + " digits" + where
                    + ": no number in a plan is that long.";
        }
        if (jackson.contains("Name length")) {
            return "A field name in the file is longer than " + limits.maxFieldNameLength() + " characters" + where
                    + ": no field in a plan file has a name that long.";
        }
        if (jackson.contains("Document length")) {
            return tooLarge().message();
        }
        return "The file goes beyond what a plan file may hold" + where + ": " + jackson;
    }

    private static String notJsonMessage(JsonProcessingException e) {
        String jackson = e.getOriginalMessage();
        String where = at(e.getLocation());
        if (jackson.startsWith("Duplicate field") || jackson.startsWith("Duplicate Object property")) {
            return "A field appears twice in the same object" + where + " (" + jackson
                    + "): keep one of them.";
        }
        if (jackson.startsWith("Trailing token")) {
            return "There is more after the end of the plan" + where + ": a file holds one JSON object.";
        }
        return "The file is not valid JSON" + where + ": " + jackson + ". It may be damaged, or not a plan file.";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The JSON path where the parser stopped, e.g. {@code $.plan.aboutMe.goodDay}, or {@code $}. */
    private static String path(JsonParser parser) {
        if (parser == null) {
            return "$";
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]"
                    : c.getCurrentName() == null ? "" : "." + c.getCurrentName();
            path.insert(0, step);
        }
        return "$" + path;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // Reading from memory: nothing to release, nothing to report.
        }
    }
}
