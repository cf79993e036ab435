package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the plan file import: {@value #CASES} random mutations of valid plan files (the three examples, a bundle
 * of them, a signed plan), each read by the reader, which must answer with plans or problems and never throw;
 * every {@value #STORE_EVERY}th also imported through the store, where a refused file must leave every table
 * exactly as it was (a digest of all the store holds, {@link StoreContents}).
 *
 * <p>Seeded and reproducible: {@code -Dfuzz.seed=N} replays a run; a failure names the seed and the case.
 */
class PlanImportFuzzTest {

    static final int CASES = 10_000;
    static final int STORE_EVERY = 50;
    static final long SEED = Long.getLong("fuzz.seed", 20261201L);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    private final PlanFile planFile = new PlanFile();

    @Test
    void randomMutationsOfValidPlanFilesAreReadOrRefusedAndARefusedFileChangesNothing() throws IOException {
        long started = System.nanoTime();
        long cpuStarted = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<byte[]> valid = validFiles();
        int refusedByReader = 0;
        int refusedByStore = 0;
        int importedThroughStore = 0;
        long readerNanos = 0;
        long storeNanos = 0;
        try (LocalStore store = TestStores.open(dir.resolve("store"))) {
            fill(store);
            for (int i = 0; i < CASES; i++) {
                long caseSeed = SEED * 1_000_003L + i;
                Random random = new Random(caseSeed);
                byte[] original = valid.get(random.nextInt(valid.size()));
                byte[] mutated = null;
                String where = "case " + i + " (run again with -Dfuzz.seed=" + SEED + "; case seed " + caseSeed + ")";
                try {
                    mutated = mutate(original, random);
                    long t0 = System.nanoTime();
                    ReadResult read = planFile.read(new ByteArrayInputStream(mutated));
                    readerNanos += System.nanoTime() - t0;
                    assertThat(read).as(where).isNotNull();
                    if (!read.isOk()) {
                        refusedByReader++;
                        assertThat(read.problems()).as(where).allSatisfy(p -> assertThat(p.message()).isNotBlank());
                    }
                    if (i % STORE_EVERY == 0) {
                        long t1 = System.nanoTime();
                        Path file = dir.resolve("case.json");
                        Files.write(file, mutated);
                        String before = store.contents().digest();
                        ImportReport report = store.transfer().importFile(file);
                        if (report.isImported()) {
                            importedThroughStore++;
                        } else {
                            refusedByStore++;
                            assertThat(report.problems()).as(where).isNotEmpty();
                            assertThat(store.contents().digest()).as("%s: a refused file changed the store", where)
                                    .isEqualTo(before);
                        }
                        assertThat(store.contents().unreadable()).as(where).isEmpty();
                        storeNanos += System.nanoTime() - t1;
                    }
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(where + " failed. The mutated file begins: "
                            + (mutated == null ? "(not made)" : preview(mutated)), e);
                }
            }
            assertThat(store.audit().verifyChain()).isEmpty();
        }
        // Most mutations must be caught, yet some must still be valid files, or the mutations are too blunt
        // or too gentle to test anything.
        assertThat(refusedByReader).isBetween(CASES / 4, CASES - CASES / 50);
        assertThat(refusedByStore).isPositive();
        System.out.printf("PlanImportFuzzTest: seed %d, %d cases, %d refused by the reader; %d through the store "
                        + "(%d imported, %d refused, store unchanged each time); %d ms (reader %d ms, store %d ms); CPU time of the test thread %d ms%n", SEED,
                CASES, refusedByReader, CASES / STORE_EVERY, importedThroughStore, refusedByStore,
                (System.nanoTime() - started) / 1_000_000, readerNanos / 1_000_000, storeNanos / 1_000_000,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted)
                        / 1_000_000);
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
        return text.replace("\n", " ");
    }

    /** Made-up plans already in the store, so an import meets existing plans as well as new ones. */
    private static void fill(LocalStore store) {
        Plan zoe = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000f1"),
                StorePlans.person("Zoë", "Fuzzperson", StorePlans.NHS_ZOE));
        store.plans().saveVersion(zoe.withStatus(PlanStatus.AGREED));
        store.plans().saveVersion(StorePlans.signed(zoe.withStatus(PlanStatus.AGREED)));
    }

    private List<byte[]> validFiles() throws IOException {
        List<byte[]> out = new ArrayList<>();
        List<Plan> examples = new ArrayList<>();
        for (String name : List.of("simple-plan.json", "pa-two-streams-plan.json", "blocked-plan.json")) {
            byte[] bytes = Files.readAllBytes(Path.of("docs", "examples", name));
            ReadResult read = planFile.read(new ByteArrayInputStream(bytes));
            assertThat(read.problems()).as(name).isEmpty();
            examples.addAll(read.plans());
            out.add(bytes);
        }
        out.add(planFile.writeBundle(examples).getBytes(StandardCharsets.UTF_8));
        Plan signed = StorePlans.signed(StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000f2"),
                StorePlans.person("Thị Hoa", "Nguyễn Example", StorePlans.NHS_NGUYEN)).withStatus(PlanStatus.AGREED));
        out.add(planFile.write(signed).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    // --- mutations ----------------------------------------------------------------------------------------

    static byte[] mutate(byte[] original, Random random) throws IOException {
        byte[] bytes = original;
        int rounds = 1 + random.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            bytes = random.nextInt(10) < 7 ? mutateTree(bytes, random) : mutateBytes(bytes, random);
        }
        return bytes;
    }

    /** A change to the JSON's meaning: a field gone, a value of the wrong kind or at an edge, a list changed. */
    private static byte[] mutateTree(byte[] bytes, Random random) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            return mutateBytes(bytes, random); // an earlier byte mutation already broke the JSON
        }
        if (root == null || !root.isContainerNode()) {
            return mutateBytes(bytes, random);
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return mutateBytes(bytes, random);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(8)) {
            case 0 -> slot.remove();
            case 1, 2 -> slot.set(oddValue(random, slot.get()));
            case 3 -> slot.duplicateInList(random);
            case 4 -> slot.set(slots.get(random.nextInt(slots.size())).get().deepCopy());
            case 5 -> slot.rename("unexpected" + random.nextInt(3));
            case 6 -> slot.set(nudged(slot.get(), random));
            default -> slot.set(NODES.textNode(randomEnumLike(random)));
        }
        return JSON.writeValueAsBytes(root);
    }

    /** Damage to the bytes: a byte changed, a run deleted, repeated or cut off, stray characters. */
    private static byte[] mutateBytes(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] copy = bytes.clone();
                copy[at] = (byte) random.nextInt(256);
                return copy;
            }
            case 1 -> {
                out.write(bytes, 0, at);
                out.write(bytes, at + length, bytes.length - at - length);
            }
            case 2 -> {
                out.write(bytes, 0, at + length);
                out.write(bytes, at, bytes.length - at);
            }
            case 3 -> out.write(bytes, 0, at);
            case 4 -> {
                out.write(bytes, 0, at);
                byte[] stray = "{}[],:\"\\0-.eE\u00e9\uFFFD\u0000".getBytes(StandardCharsets.UTF_8);
                for (int n = 0; n < 1 + random.nextInt(4); n++) {
                    out.write(stray[random.nextInt(stray.length)]);
                }
                out.write(bytes, at, bytes.length - at);
            }
            default -> {
                byte[] copy = bytes.clone();
                copy[at] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
        }
        return out.toByteArray();
    }

    private static JsonNode oddValue(Random random, JsonNode current) {
        return switch (random.nextInt(24)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(0);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(Long.MAX_VALUE);
            case 5 -> NODES.numberNode(Long.MIN_VALUE);
            case 6 -> NODES.numberNode(1.5e308);
            case 7 -> NODES.numberNode(new java.math.BigDecimal("0.000000000000000001"));
            case 8 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 9 -> NODES.textNode("");
            case 10 -> NODES.textNode(" ");
            case 11 -> NODES.textNode("x".repeat(100_001));
            case 12 -> NODES.textNode("\u0000\u0007\u202e\uD83D\uDE00 Zoë O’Brien Nguyễn");
            case 13 -> NODES.textNode("2026-02-30");
            case 14 -> NODES.textNode("not-a-uuid");
            case 15 -> NODES.textNode("-12.345");
            case 16 -> NODES.textNode("1e9999");
            case 17 -> NODES.objectNode();
            case 18 -> NODES.arrayNode();
            case 19 -> deep(random.nextInt(100));
            case 20 -> NODES.textNode("=HYPERLINK(\"http://example.invalid\")");
            case 21 -> NODES.textNode(UUID.randomUUID().toString().substring(0, 8) + "\uD800");
            case 22 -> NODES.numberNode(current.isNumber() ? -current.asDouble() : 42);
            default -> NODES.textNode(current.asText() + current.asText());
        };
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.arrayNode();
        for (int i = 0; i < depth; i++) {
            ArrayNode outer = NODES.arrayNode();
            outer.add(node);
            node = outer;
        }
        return node;
    }

    private static JsonNode nudged(JsonNode node, Random random) {
        if (node.isIntegralNumber()) {
            return NODES.numberNode(node.asLong() + (random.nextBoolean() ? 1 : -1));
        }
        if (node.isNumber()) {
            return NODES.numberNode(node.decimalValue().add(new java.math.BigDecimal("0.001")));
        }
        if (node.isTextual() && !node.asText().isEmpty()) {
            char[] chars = node.asText().toCharArray();
            chars[random.nextInt(chars.length)] = (char) ('0' + random.nextInt(75));
            return NODES.textNode(new String(chars));
        }
        if (node.isBoolean()) {
            return NODES.booleanNode(!node.asBoolean());
        }
        return NODES.nullNode();
    }

    private static String randomEnumLike(Random random) {
        String[] words = {"DRAFT", "AGREED", "SIGNED", "APPROVED", "SUPERSEDED", "CLOSED", "draft", "PER_WEEK",
            "PER_YEAR", "ONE_OFF", "PERSON", "BROKER", "NOMINEE", "WRITTEN", "DRAWN", "PREPARATION", "careplanner-plan",
            "careplanner-bundle", "SOMETHING_ELSE"};
        return words[random.nextInt(words.length)];
    }

    /** A place in the tree holding a value: an object's field or a list's item. */
    private record Slot(JsonNode parent, String field, int index) {

        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void duplicateInList(Random random) {
            if (field == null) {
                ((ArrayNode) parent).insert(index, get().deepCopy());
            } else if (get().isArray() && !get().isEmpty()) {
                ArrayNode list = (ArrayNode) get();
                list.add(list.get(random.nextInt(list.size())).deepCopy());
            } else {
                set(NODES.arrayNode().add(get().deepCopy()));
            }
        }

        void rename(String newName) {
            if (field != null) {
                JsonNode value = ((ObjectNode) parent).remove(field);
                ((ObjectNode) parent).set(newName, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                into.add(new Slot(node, e.getKey(), -1));
                collect(e.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Slot(node, null, i));
                collect(node.get(i), into);
            }
        }
    }

    @Test
    void theMutationsAreTheSameForTheSameSeed() throws IOException {
        byte[] file = Files.readAllBytes(Path.of("docs", "examples", "simple-plan.json"));
        for (long seed = 0; seed < 20; seed++) {
            assertThat(mutate(file, new Random(seed))).isEqualTo(mutate(file, new Random(seed)));
        }
    }

    @Test
    void theDigestSeesAChangeAnywhereInTheStore() {
        try (LocalStore store = TestStores.open(dir.resolve("digest"))) {
            String empty = store.contents().digest();
            assertThat(store.contents().digest()).isEqualTo(empty);
            fill(store);
            String filled = store.contents().digest();
            assertThat(filled).isNotEqualTo(empty);
            store.plans().rememberStep(UUID.fromString("00000000-0000-4000-8000-0000000000f1"), "COSTING");
            assertThat(store.contents().digest()).isNotEqualTo(filled);
            assertThat(store.contents().rows()).containsEntry("plan", 1L).containsEntry("plan_version", 1L)
                    .containsKeys("audit_event", "audit_head", "person", "service", "flyway_schema_history");
        }
    }

}
