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
import org.careplanner.domain.Problem;

/**
 * A file's JSON as a stream of tokens, within the limits: size, nesting, text and number length, and no field given
 * twice in one object. Anything wrong becomes one problem with its line and column.
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
                .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = JsonMapper.builder(factory)
                // Values are read one at a time from the one stream: what follows the file's object is checked by
                // the reader (PlanFileFormat), not by each read.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /**
     * A parser over the stream, within the limits; it reads the stream as it is asked for tokens and never closes it
     * (the caller does, and may read on to the end: an encrypted file's tag is checked there).
     */
    JsonParser parser(InputStream in) throws IOException {
        return mapper.createParser(in);
    }

    /** The tree of the value the parser is at, the parser left on its last token. */
    JsonNode tree(JsonParser parser) throws IOException {
        JsonNode node = mapper.readTree(parser);
        return node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
    }

    Problem tooLarge() {
        return Problem.blocking("$", "file.too-large", "The file is larger than "
                + FieldNames.count(limits.maxFileBytes() / (1024 * 1024)) + " MB, the most a plan file may be: it is "
                + "probably not a CarePlanner plan file.");
    }

    Problem empty() {
        return Problem.blocking("$", "file.empty", "The file is empty: there is no plan in it.");
    }

    /** The one problem that stops reading a file: what went wrong as the parser read it, and where. */
    Problem problem(IOException failure, JsonParser parser) {
        if (failure instanceof StreamConstraintsException e) {
            // Jackson raises these without a location: the parser still knows where it stopped.
            return Problem.blocking(path(parser), "file.limit", limitMessage(e.getOriginalMessage(),
                    parser == null ? "" : at(parser.currentLocation())));
        }
        if (failure instanceof JsonEOFException e) {
            return Problem.blocking("$", "file.truncated", "The file ends too soon" + at(e.getLocation())
                    + ": it is not complete. It may have been cut short when it was copied or saved.");
        }
        if (failure instanceof JsonProcessingException e) {
            return Problem.blocking(path(parser), "file.not-json", notJsonMessage(e));
        }
        return Problem.blocking("$", "file.unreadable", "The file could not be read ("
                + failure.getClass().getSimpleName() + "). Check it is there and that CarePlanner may open it.");
    }

    /** The problem for more after the file's one JSON object, at where it starts. */
    static Problem trailing(JsonParser parser) {
        return Problem.blocking("$", "file.not-json", "There is more after the end of the plan"
                + at(parser.currentTokenLocation()) + ": a file holds one JSON object.");
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

    static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The JSON path where the parser stopped, e.g. {@code $.plan.aboutMe.goodDay}, or {@code $}. */
    static String path(JsonParser parser) {
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
}
