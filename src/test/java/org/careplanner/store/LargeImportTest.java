package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.careplanner.domain.HealthNeed;
import org.careplanner.domain.Plan;
import org.careplanner.exchange.PlanFile;
import org.careplanner.exchange.TransferFile;
import org.careplanner.exchange.TransferPassphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole-store export larger than the old 20 MB file limit, imported back into empty stores, plain and encrypted,
 * in a child JVM whose heap is capped at {@value #HEAP}: the import reads one plan at a time (ADR 0033). Read whole,
 * as it was before, a 20 MB file took about 160 MB of Java objects, so this child would have run out of memory.
 * Each import must add every plan, and the store it fills must export the very same bytes.
 * The plans' ids are in order, as a store's export writes them, so the file is the one a store holding them exports.
 */
class LargeImportTest {

    static final String HEAP = "-Xmx64m";
    /** Plans of about 155 KB each (sixteen long health needs): some 23 MB in all, in few plans to keep the test short. */
    static final int PLANS = 150;
    static final int NEEDS = 16;
    static final long OLD_LIMIT = 20L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void anExportLargerThanTheOldLimitIsImportedBackWithinASmallHeap() throws Exception {
        Path errors = dir.resolve("child-errors.txt");
        Map<String, String> said = new TreeMap<>();
        try (ChildJvm child = ChildJvm.start(List.of(HEAP, "-XX:+UseSerialGC"), dir, errors, ExportAndImport.class,
                dir.toString())) {
            int exit = child.waitFor(5, TimeUnit.MINUTES);
            for (String line : child.printed()) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    said.put(line.substring(0, space), line.substring(space + 1));
                }
            }
            assertThat(exit).as("the child's exit; it said %s; its errors: %s", said,
                    Files.exists(errors) ? Files.readString(errors) : "").isZero();
        }
        assertThat(Files.size(dir.resolve("all.json"))).isGreaterThan(OLD_LIMIT);
        assertThat(Files.size(dir.resolve("all.careplan"))).isGreaterThan(OLD_LIMIT);
        // Every plan added as a new plan, from the plain file and from the encrypted one.
        assertThat(said.get("PLAIN")).isEqualTo(PLANS + " ADDED_NEW_PLAN=" + PLANS);
        assertThat(said.get("ENCRYPTED")).isEqualTo(PLANS + " ADDED_NEW_PLAN=" + PLANS);
        // Each filled store exports exactly the file it was filled from.
        String original = said.get("EXPORTED");
        assertThat(original).isNotBlank();
        assertThat(said.get("REEXPORTED-PLAIN")).isEqualTo(original);
        assertThat(said.get("REEXPORTED-ENCRYPTED")).isEqualTo(original);
        System.out.printf("LargeImportTest: %d plans, %,d bytes plain, %,d encrypted; child at %s, heap peak %s MB; "
                        + "ms: writing both %s, importing plain %s, encrypted %s%n",
                PLANS, Files.size(dir.resolve("all.json")), Files.size(dir.resolve("all.careplan")), HEAP,
                said.get("PEAK"), said.get("TIME-WRITE"), said.get("TIME-IMPORT-PLAIN"), said.get("TIME-IMPORT-ENCRYPTED"));
    }

    /** A made-up plan of about 155 KB: the test draft with {@value #NEEDS} long health needs in made-up words. */
    static Plan bigPlan(int i) {
        UUID id = new UUID(0x4000L, 0x8000_0000_0000_0000L | i);
        Plan draft = StorePlans.draft(id, StorePlans.person(i % 2 == 0 ? "Zoë" : "Morwenna", "Largefile " + i, null));
        List<HealthNeed> needs = new ArrayList<>();
        for (int n = 0; n < NEEDS; n++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 9_500) {
                text.append("Needs help ").append(n).append(" with the made-up task number ").append(i)
                        .append(", described at length; ");
            }
            needs.add(new HealthNeed("n" + n, text.toString().strip(), null));
        }
        return draft.edit().healthNeeds(needs).done();
    }

    /**
     * Run in the child: writes the export of a store holding the plans with the export's own writer, as the plans are
     * made (filling a store first would only add minutes), plain and encrypted; imports each file into an empty store
     * and exports that store again.
     */
    public static final class ExportAndImport {
        public static void main(String[] args) throws IOException {
            Path dir = Path.of(args[0]);
            TransferPassphrase passphrase = StreamedExportTest.passphrase();
            Path plain = dir.resolve("all.json");
            Path encrypted = dir.resolve("all.careplan");
            long t0 = System.nanoTime();
            PlanFile planFile = new PlanFile();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(plain))) {
                planFile.writeBundle(plans(), out);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(encrypted))) {
                OutputStream sealing = new TransferFile().sealing(out, passphrase);
                planFile.writeBundle(plans(), sealing);
                sealing.close();
            }
            System.out.println("EXPORTED " + sha256(plain));
            System.out.println("TIME-WRITE " + (System.nanoTime() - t0) / 1_000_000);
            for (Path file : List.of(plain, encrypted)) {
                String name = file == plain ? "PLAIN" : "ENCRYPTED";
                try (LocalStore store = TestStores.open(dir.resolve("into-" + name))) {
                    long t1 = System.nanoTime();
                    ImportReport report = store.transfer().importFile(file, passphrase, () -> false);
                    System.out.println("TIME-IMPORT-" + name + " " + (System.nanoTime() - t1) / 1_000_000);
                    if (!report.isImported()) {
                        System.out.println(name + " refused " + report.problems().get(0).message());
                        System.exit(3);
                    }
                    Map<ImportedVersion.Result, Integer> results = new TreeMap<>();
                    report.versions().forEach(v -> results.merge(v.result(), 1, Integer::sum));
                    System.out.println(name + " " + report.versions().size() + " " + results.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + " " + b).orElse(""));
                    Path again = dir.resolve("again-" + name + ".json");
                    WholeFile.write(again, out -> store.transfer().exportAll(out, () -> false), () -> false);
                    System.out.println("REEXPORTED-" + name + " " + sha256(again));
                }
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("PEAK " + peak / (1024 * 1024));
        }

        /** The plans in id order, as the store's export gives them, each made when it is asked for. */
        private static Iterable<Plan> plans() {
            return () -> java.util.stream.IntStream.range(0, PLANS).mapToObj(LargeImportTest::bigPlan).iterator();
        }

        private static String sha256(Path file) throws IOException {
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
