package org.careplanner.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.careplanner.domain.Plan;

/**
 * Writes plans in the plan file format. Fields come in the order the domain records declare them, every
 * field is written (an absent value as null), so the same plan always gives the same bytes.
 */
final class PlanWriter {

    /** What the signing hash does not cover: the signatures themselves and the hash they sign. */
    static final Set<String> NOT_SIGNED = Set.of("signatures", "signedHash");

    private static final DefaultIndenter NEWLINE_TWO_SPACES = new DefaultIndenter("  ", "\n");

    private final JsonFactory factory = new JsonFactory();

    String file(Plan plan) {
        return pretty(g -> {
            g.writeStartObject();
            envelope(g, PlanFileFormat.PLAN);
            g.writeFieldName("plan");
            record(g, plan, false);
            g.writeEndObject();
        });
    }

    String bundle(List<Plan> plans) {
        return written(new BundleLines(), g -> bundleBody(g, plans));
    }

    /**
     * The same bundle as {@link #bundle(List)}, character for character, written to {@code out} as the plans come:
     * only the plan being written and the generator's buffer are held. {@code out} is flushed, not closed.
     */
    void bundle(Iterable<Plan> plans, java.io.Writer out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new BundleLines());
            bundleBody(g, plans);
        }
        out.write('\n');
        out.flush();
    }

    private void bundleBody(JsonGenerator g, Iterable<Plan> plans) throws IOException {
        g.writeStartObject();
        envelope(g, PlanFileFormat.BUNDLE);
        g.writeArrayFieldStart("plans");
        for (Plan plan : plans) {
            record(g, plan, false);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    String canonical(Plan plan) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            record(g, plan, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(NEWLINE_TWO_SPACES)
                .withArrayIndenter(NEWLINE_TWO_SPACES);
    }

    private String pretty(Body body) {
        return written(prettyPrinter(), body);
    }

    private String written(PrettyPrinter printer, Body body) {
        // Jackson's own segmented writer, as ObjectMapper.writeValueAsString uses: a bundle of thousands of plans is
        // not copied again each time a single buffer would have to grow.
        BufferRecycler recycler = factory._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            try (JsonGenerator g = factory.createGenerator(out)) {
                g.setPrettyPrinter(printer);
                body.write(g);
            }
            out.append('\n');
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * A bundle's layout (docs/decisions/0039): each plan compact on a line of its own, nothing else added. A bundle
     * holds thousands of plans and is read by a program; indenting them added a third to its size and its writing
     * time. A plan per line still lets a file under version control show which plans changed.
     */
    private static final class BundleLines extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        private static boolean inPlansList(JsonGenerator g) {
            // root (0) > the bundle object (1) > its "plans" list (2): the envelope's only list.
            return g.getOutputContext().getNestingDepth() == 2;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (inPlansList(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (inPlansList(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (inPlansList(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }
    }

    private static void envelope(JsonGenerator g, String format) throws IOException {
        g.writeStringField("format", format);
        g.writeNumberField("formatVersion", PlanFileFormat.VERSION);
    }

    private void record(JsonGenerator g, Record value, boolean signedPartOnly) throws IOException {
        g.writeStartObject();
        RecordShape shape = RecordShape.of(value.getClass());
        boolean leaveOutSignatures = signedPartOnly && value instanceof Plan;
        for (int i = 0; i < shape.size(); i++) {
            if (leaveOutSignatures && NOT_SIGNED.contains(shape.name(i))) {
                continue;
            }
            g.writeFieldName(shape.name(i));
            value(g, shape.value(value, i));
        }
        g.writeEndObject();
    }

    private void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (FileValues.isSingleValue(value.getClass())) {
            g.writeString(FileValues.written(value));
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Record r) {
            record(g, r, false);
        } else {
            throw new IllegalStateException("The plan format has no form for " + value.getClass().getName());
        }
    }
}
