package org.careplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Problem;

/**
 * The CarePlanner plan file, format version 1 (docs/plan-format.md): writing plans and bundles, the
 * canonical form that the signing hash covers, and a reader that never throws for a bad file.
 *
 * <p>Text is UTF-8. Written files use "\n" line ends and end with a newline; a single-plan file has a two-space
 * indent, a bundle a compact plan a line (ADR 0039); writing, reading and writing again gives the same bytes.
 */
public final class PlanFile {

    private final FormatLimits limits;
    private final PlanWriter writer = new PlanWriter();
    private final WrittenPlanReader writtenReader = new WrittenPlanReader();
    /** Made once: its Jackson mapper is costly to build and safe to share between threads. */
    private final JsonDocument json;

    public PlanFile() {
        this(FormatLimits.DEFAULT);
    }

    public PlanFile(FormatLimits limits) {
        this.limits = limits;
        this.json = new JsonDocument(limits);
    }

    /** A single-plan file: {@code {"format": "careplanner-plan", "formatVersion": 1, "plan": {...}}}. */
    public String write(Plan plan) {
        return writer.file(plan);
    }

    /** A bundle: {@code {"format": "careplanner-bundle", "formatVersion": 1, "plans": [...]}}, in the order given. */
    public String writeBundle(List<Plan> plans) {
        return writer.bundle(plans);
    }

    /**
     * The same bundle as {@link #writeBundle(List)}, byte for byte in UTF-8, written to {@code out} as {@code plans}
     * gives them: however many plans, only the one being written is held (an export of a whole store). {@code out} is
     * flushed, not closed.
     */
    public void writeBundle(Iterable<Plan> plans, java.io.OutputStream out) throws IOException {
        java.io.Writer text = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16);
        writer.bundle(plans, text);
    }

    /**
     * The plan object alone, compact, fields in the records' order, without {@code signatures} and
     * {@code signedHash}: the text whose UTF-8 bytes the signing hash (SHA-256) covers.
     */
    public String canonical(Plan plan) {
        return writer.canonical(plan);
    }

    /** The canonical form as UTF-8 bytes, ready to hash. */
    public byte[] canonicalBytes(Plan plan) {
        return canonical(plan).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A single-plan file as this program writes it, read back without the checks a file from outside gets: for
     * documents the program wrote and kept itself, in its encrypted store (docs/decisions/0020). Empty when the
     * text is not exactly in the written form; then {@link #read(String)} says what is wrong with it.
     */
    public Optional<Plan> readAsWritten(String json) {
        return writtenReader.read(json);
    }

    /** What a file's plans are handed to as they are read ({@link #readEach}). */
    @FunctionalInterface
    public interface Each {
        /**
         * @param index the plan's place in a bundle (0 for a plan file)
         * @param path  where it is in the file: {@code $.plans[3]} in a bundle, {@code $.plan} in a plan file
         */
        void plan(int index, String path, Plan plan);
    }

    /**
     * Reads a plan file or bundle from {@code in} one plan at a time (docs/decisions/0033), handing each plan that
     * reads without problems to {@code each} as it is read, and returns every problem of the file (each with its JSON
     * path): none means the file may be imported. Only the plan being read is held, so memory is bounded by the
     * largest plan ({@link FormatLimits#maxPlanBytes()}), not by the file. Plans are handed over before the whole
     * file is known to be good: keep nothing of them until this returns no problems. A plan {@code wanted} turns
     * down (by its index) is passed over without being read. The stream is not closed.
     */
    public List<Problem> readEach(InputStream in, java.util.function.IntPredicate wanted, Each each) {
        return new PlanFileFormat(limits, json).read(in, wanted, each);
    }

    /** The problem for a file of {@code bytes}, if that is more than a plan file may be. */
    public Optional<Problem> sizeProblem(long bytes) {
        return bytes > limits.maxFileBytes() ? Optional.of(json.tooLarge()) : Optional.empty();
    }

    public ReadResult read(String json) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every plan of the file, held together: for a file of one plan or a few (pricing, verifying, tests). */
    public ReadResult read(Path file) {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                return ReadResult.failed(List.of(json.tooLarge()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (NoSuchFileException e) {
            return ReadResult.failed(List.of(Problem.blocking("$", "file.missing",
                    "There is no file at " + file + ".")));
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    /** As {@link #read(Path)}, from a stream, up to the size limit; the caller closes it. */
    public ReadResult read(InputStream in) {
        List<Plan> plans = new ArrayList<>();
        List<Problem> problems = readEach(in, index -> true, (index, path, plan) -> plans.add(plan));
        return problems.isEmpty() ? ReadResult.of(plans) : ReadResult.failed(problems);
    }

    private static ReadResult unreadable(IOException e) {
        return ReadResult.failed(List.of(Problem.blocking("$", "file.unreadable",
                "The file could not be read (" + e.getClass().getSimpleName() + "). Check it is there and that "
                        + "CarePlanner may open it.")));
    }
}
