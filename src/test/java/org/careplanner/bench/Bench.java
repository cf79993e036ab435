package org.careplanner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.careplanner.AppForBench;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Outcome;
import org.careplanner.domain.Plan;
import org.careplanner.domain.Risk;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SupportLine;
import org.careplanner.exchange.PlanFile;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.print.PlanDocument;
import org.careplanner.print.PrintSize;
import org.careplanner.store.BenchConnection;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.PlanFileDocuments;
import org.careplanner.store.PlanSearch;
import org.careplanner.store.StoreSettings;

/**
 * The benchmark of issue 7 (docs/benchmarks.md): a store of 5,000 made-up people and 20,000 plan versions, and
 * each figure against a baseline measured in the same run, reported as min / median / max over several runs.
 * Run it with {@code bench/run.sh}; not part of {@code ./mvnw verify}. Writes target/bench/results.md.
 */
public final class Bench {

    /** The store the issue asks for; a smaller one can be given on the command line (the report says which). */
    static final int PEOPLE = 5_000;
    static final int VERSIONS_EACH = 4;
    static final int LINES = 12;

    private final Path storeDir;
    private final int runs;
    private final int people;
    private final List<String> parts;
    private final List<String> report = new ArrayList<>();

    private Bench(Path storeDir, int runs, int people, List<String> parts) {
        this.storeDir = storeDir;
        this.runs = runs;
        this.people = people;
        this.parts = parts;
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args.length > 0 ? args[0] : "target/bench/store").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int people = args.length > 2 ? Integer.parseInt(args[2]) : PEOPLE;
        // Which parts to run: start (cold start and memory, fresh JVMs), store (open, save, search, export, warm PDF),
        // pdf (first PDF in a fresh JVM); all three unless named.
        List<String> parts = args.length > 3 ? List.of(args[3].split(",")) : List.of("start", "store", "pdf");
        new Bench(store, runs, people, parts).run();
    }

    private void run() throws Exception {
        line("# CarePlanner benchmark results");
        line("");
        line("Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average at start "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + "; " + runs + " runs of each.");
        line("");
        ensureStore();
        line("| What | Measured (min / median / max) | Baseline (min / median / max) | Ratio of medians (per-run min–max) | Target | Result |");
        line("|---|---|---|---|---|---|");
        if (parts.contains("store")) {
            inProcess();
        }
        if (parts.contains("pdf")) {
            pdfCold();
        }
        if (parts.contains("start")) {
            coldStart();
        }
        Path out = Path.of("target/bench/results.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        System.out.println();
        System.out.println("Written to " + out.toAbsolutePath());
    }

    // --- the store ----------------------------------------------------------------------------------------

    /**
     * Makes the store if it is not complete yet: {@code people} made-up people with {@value #VERSIONS_EACH} versions
     * each, through the store's own import (batches of 2,000 versions, one transaction each). A store left part-made
     * by an earlier run is carried on from where it stopped.
     */
    private void ensureStore() {
        Path done = storeDir.resolve("bench-store-complete-" + people);
        if (Files.exists(done)) {
            System.out.println("Using the store in " + storeDir);
            return;
        }
        long start = System.nanoTime();
        Instant t0 = Instant.parse("2025-04-01T09:00:00Z");
        try (LocalStore store = LocalStore.open(DataFolder.forThisProcess(storeDir), AppForBench.storeSettings())) {
            int already = store.plans().planIds().size();
            System.out.println("Generating people " + (already + 1) + " to " + people + " (" + VERSIONS_EACH
                    + " versions each) in " + storeDir + " ...");
            MadeUpPlans made = new MadeUpPlans(20261201L + already);
            List<Plan> batch = new ArrayList<>();
            for (int n = already + 1; n <= people; n++) {
                Plan plan = made.firstVersion(n, LINES, t0.plusSeconds(n * 60L));
                batch.add(plan);
                for (int v = 2; v <= VERSIONS_EACH; v++) {
                    plan = made.nextVersion(plan, plan.updatedAt().plusSeconds(86_400L * 30));
                    batch.add(plan);
                }
                if (batch.size() >= 2_000) {
                    store.plans().importVersions(batch);
                    batch.clear();
                    System.out.println("  " + n + " people, " + (System.nanoTime() - start) / 1_000_000_000 + " s");
                }
            }
            store.plans().importVersions(batch);
            Files.writeString(done, people + " people, " + people * VERSIONS_EACH + " versions\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        line("Store made in " + (System.nanoTime() - start) / 1_000_000_000 + " s this run (" + people + " people, "
                + people * VERSIONS_EACH + " versions, " + LINES + " support lines each); file "
                + sizeMb(storeDir.resolve("careplanner.mv.db")) + " MB.");
        line("");
    }

    // --- cold start and memory: fresh JVMs ------------------------------------------------------------------

    private void coldStart() throws Exception {
        long[] app = new long[runs];
        long[] bare = new long[runs];
        long[] peakRss = new long[runs];
        long[] heap = new long[runs];
        for (int i = 0; i < runs; i++) {
            // Alternate, so a busy spell on the machine falls on both.
            bare[i] = startChild(List.of("bare"), null);
            long[] memory = new long[2];
            app[i] = startChild(List.of("app", storeDir.toString()), memory);
            peakRss[i] = memory[0];
            heap[i] = memory[1];
            System.out.printf("  cold start run %d: app %d ms, bare window %d ms%n", i + 1, app[i], bare[i]);
        }
        ratioRow("Cold start to the home screen (" + people + " plans listed)", app, bare, "ms", 1.5, "≤ 1.5×");
        row("Peak memory, home screen with the full store open (peak resident set)", stats(peakRss, "MB"), "",
                "", "< 300 MB", median(peakRss) < 300 ? "pass" : "FAIL");
        row("Java heap in use after a full GC, same moment", stats(heap, "MB"), "", "", "(information)", "");
    }

    /** Milliseconds from starting the JVM to its SHOWN line; fills memory[0] (peak RSS MB), memory[1] (heap MB). */
    private long startChild(List<String> args, long[] memory) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "-Djavafx.cachedir=" + Path.of("target/openjfx-cache").toAbsolutePath(), Probe.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        long shownAt = -1;
        boolean pdfTimed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("SHOWN") && shownAt < 0) {
                    shownAt = System.nanoTime();
                } else if (line.startsWith("MEMORY") && memory != null) {
                    memory[0] = Long.parseLong(line.replaceAll(".*peak_rss_kb=(\\d+).*", "$1")) / 1024;
                    memory[1] = Long.parseLong(line.replaceAll(".*heap_used_kb=(\\d+).*", "$1")) / 1024;
                } else if (line.startsWith("PDF_MS") && memory != null) {
                    memory[0] = Long.parseLong(line.split(" ")[1]);
                    pdfTimed = true;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("The probe " + args + " did not finish");
        }
        if (args.get(0).equals("pdf")) {
            if (!pdfTimed) {
                throw new IllegalStateException("The PDF probe printed no time (exit " + p.exitValue() + ")");
            }
            return memory[0];
        }
        if (shownAt < 0) {
            throw new IllegalStateException("The probe " + args + " never showed its window (exit " + p.exitValue() + ")");
        }
        return (shownAt - start) / 1_000_000;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private void pdfCold() throws Exception {
        long[] first = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] ms = new long[1];
            first[i] = startChild(List.of("pdf"), ms);
        }
        row("PDF of a 50-line plan, first in a fresh JVM (assess + render)", stats(first, "ms"), "", "", "< 1 s",
                median(first) < 1000 ? "pass" : "FAIL");
    }

    // --- in one JVM: open, save, search, export, PDF --------------------------------------------------------

    private void inProcess() throws Exception {
        StoreSettings settings = AppForBench.storeSettings();
        try (LocalStore store = LocalStore.open(DataFolder.forThisProcess(storeDir), settings);
             Connection jdbc = BenchConnection.open(storeDir)) {
            List<UUID> ids = store.plans().planIds();
            if (ids.size() != people) {
                throw new IllegalStateException("Expected " + people + " plans in the store, found " + ids.size());
            }
            openPlan(store, jdbc, ids);
            savePlan(store, jdbc, ids);
            search(store);
            export(store, ids);
            pdfWarm();
        }
    }

    private void openPlan(LocalStore store, Connection jdbc, List<UUID> ids) throws SQLException {
        Random random = new Random(1);
        int perRun = 200;
        for (int i = 0; i < 300; i++) { // warm-up
            UUID id = ids.get(random.nextInt(ids.size()));
            store.plans().latest(id).orElseThrow();
            jdbcLatestDocument(jdbc, id);
        }
        long[] app = new long[runs];
        long[] base = new long[runs];
        for (int r = 0; r < runs; r++) {
            List<UUID> sample = new ArrayList<>();
            for (int i = 0; i < perRun; i++) {
                sample.add(ids.get(random.nextInt(ids.size())));
            }
            base[r] = microsPerOp(perRun, () -> {
                long t = System.nanoTime();
                for (UUID id : sample) {
                    jdbcLatestDocument(jdbc, id);
                }
                return System.nanoTime() - t;
            });
            app[r] = microsPerOp(perRun, () -> {
                long t = System.nanoTime();
                for (UUID id : sample) {
                    store.plans().latest(id).orElseThrow();
                }
                return System.nanoTime() - t;
            });
        }
        ratioRow("Open a plan: PlanStore.latest (rows + document parsed into the Plan) vs plain JDBC reading the "
                + "same rows", app, base, "µs", 2.0, "≤ 2×");
    }

    /** The rows PlanStore.latest reads: the plan's head row, then its latest version's row with the document. */
    private static String jdbcLatestDocument(Connection c, UUID id) {
        try {
            int version;
            try (PreparedStatement s = c.prepareStatement("SELECT person_id, current_version FROM plan WHERE id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    version = r.getInt(2);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT status, sealed, document FROM plan_version WHERE plan_id = ? AND version = ?")) {
                s.setObject(1, id);
                s.setInt(2, version);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1) + r.getBoolean(2) + r.getString(3).length();
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void savePlan(LocalStore store, Connection jdbc, List<UUID> ids) throws Exception {
        MadeUpPlans made = new MadeUpPlans(99);
        PlanFileDocuments documents = new PlanFileDocuments();
        int perRun = 10;
        int warmUp = 10;
        // Even-numbered plans are saved by the app, odd-numbered ones by the baseline: each only ever adds the next
        // version of its own plans, so the store stays what the app would have written.
        List<UUID> appPlans = new ArrayList<>();
        List<UUID> basePlans = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            (i % 2 == 0 ? appPlans : basePlans).add(ids.get(i));
        }
        int[] next = {0};
        LongSupplier appSave = () -> {
            UUID id = appPlans.get(next[0] % appPlans.size());
            Plan latest = store.plans().latest(id).orElseThrow();
            Plan changed = made.nextVersion(latest, Instant.now());
            long t = System.nanoTime();
            store.plans().saveVersion(changed);
            return System.nanoTime() - t;
        };
        LongSupplier baseSave = () -> {
            UUID id = basePlans.get(next[0] % basePlans.size());
            Plan latest = store.plans().latest(id).orElseThrow();
            Plan changed = made.nextVersion(latest, Instant.now());
            // The same rows, their values computed before the clock starts: document, hash.
            String document = documents.write(changed);
            String hash = sha256(documents.canonical(changed));
            long t = System.nanoTime();
            jdbcInsertVersion(jdbc, changed, document, hash);
            return System.nanoTime() - t;
        };
        for (int i = 0; i < warmUp; i++, next[0]++) {
            appSave.getAsLong();
            baseSave.getAsLong();
        }
        long[] app = new long[runs];
        long[] base = new long[runs];
        for (int r = 0; r < runs; r++) {
            long a = 0;
            long b = 0;
            for (int i = 0; i < perRun; i++, next[0]++) {
                b += baseSave.getAsLong();
                a += appSave.getAsLong();
            }
            app[r] = a / perRun / 1_000;
            base[r] = b / perRun / 1_000;
        }
        ratioRow("Save a plan version: PlanStore.saveVersion vs plain JDBC insert of the same rows (both commit and "
                + "CHECKPOINT SYNC)", app, base, "µs", 2.0, "≤ 2×");
    }

    /**
     * What saveVersion writes for a next version, as plain JDBC: the version row (document precomputed), its child
     * rows, the person and plan rows updated; commit and sync. Not the audit row (the app writes one more row).
     */
    private static void jdbcInsertVersion(Connection c, Plan plan, String document, String hash) {
        try {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_version (status, created_at, updated_at, "
                    + "saved_at, document, document_format, content_hash, plan_id, version, sealed) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
                s.setString(1, plan.status().name());
                s.setObject(2, plan.createdAt().atOffset(ZoneOffset.UTC));
                s.setObject(3, plan.updatedAt().atOffset(ZoneOffset.UTC));
                s.setObject(4, now);
                s.setString(5, document);
                s.setInt(6, new PlanFileDocuments().formatVersion());
                s.setString(7, hash);
                s.setObject(8, plan.id());
                s.setInt(9, plan.version());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outcome (plan_id, version, position, "
                    + "outcome_id, in_persons_words, target_date, importance, confidence, stage_of_change) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Outcome o : plan.outcomes()) {
                    key(s, plan, i++);
                    s.setString(4, o.id());
                    s.setString(5, o.inPersonsWords());
                    s.setObject(6, o.targetDate());
                    s.setObject(7, o.importance(), Types.INTEGER);
                    s.setObject(8, o.confidence(), Types.INTEGER);
                    s.setString(9, o.stageOfChange() == null ? null : o.stageOfChange().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO support_line (plan_id, version, position, "
                    + "line_id, description, provider, category, catalogue_code, unit_price_pence, unit, quantity, "
                    + "frequency, funding_stream_id, personal_assistant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement links = c.prepareStatement("INSERT INTO support_line_outcome (plan_id, version, "
                         + "line_position, outcome_id) VALUES (?, ?, ?, ?)")) {
                int i = 0;
                for (SupportLine l : plan.supportLines()) {
                    key(s, plan, i);
                    s.setString(4, l.id());
                    s.setString(5, l.description());
                    s.setString(6, l.provider() == null ? null : l.provider().name());
                    s.setString(7, l.category());
                    s.setString(8, l.catalogueCode());
                    s.setLong(9, l.unitPrice().pence());
                    s.setString(10, l.unit());
                    s.setBigDecimal(11, l.quantity());
                    s.setString(12, l.frequency().name());
                    s.setString(13, l.fundingStreamId());
                    s.setBoolean(14, l.isPersonalAssistant());
                    s.addBatch();
                    for (String outcomeId : l.outcomeIds()) {
                        key(links, plan, i);
                        links.setString(4, outcomeId);
                        links.addBatch();
                    }
                    i++;
                }
                s.executeBatch();
                links.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO risk (plan_id, version, position, risk_id, "
                    + "description) VALUES (?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Risk r : plan.risks()) {
                    key(s, plan, i++);
                    s.setString(4, r.id());
                    s.setString(5, r.description());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO signature (plan_id, version, position, "
                    + "signer_role, signer_name, signed_at, method) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Signature g : plan.signatures()) {
                    key(s, plan, i++);
                    s.setString(4, g.role().name());
                    s.setString(5, g.name());
                    s.setObject(6, g.signedAt().atOffset(ZoneOffset.UTC));
                    s.setString(7, g.method().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE person SET given_name = ?, family_name = ?, "
                    + "preferred_name = ? WHERE id = (SELECT person_id FROM plan WHERE id = ?)")) {
                s.setString(1, plan.person().givenName());
                s.setString(2, plan.person().familyName());
                s.setString(3, plan.person().preferredName());
                s.setObject(4, plan.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE plan SET current_version = ?, status = ?, "
                    + "updated_at = ? WHERE id = ?")) {
                s.setInt(1, plan.version());
                s.setString(2, plan.status().name());
                s.setObject(3, now);
                s.setObject(4, plan.id());
                s.executeUpdate();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void key(PreparedStatement s, Plan plan, int position) throws SQLException {
        s.setObject(1, plan.id());
        s.setInt(2, plan.version());
        s.setInt(3, position);
    }

    private void search(LocalStore store) {
        String[] queries = {"smith", "zoe", "o'brien", "nguyen", "pat", "jones", "kowalska", "ellie w", "94", "mair"};
        for (int i = 0; i < 20; i++) { // warm-up
            store.plans().search(PlanSearch.forText(queries[i % queries.length]));
        }
        long[] ms = new long[runs];
        long[] hits = new long[1];
        for (int r = 0; r < runs; r++) {
            long total = 0;
            for (String q : queries) {
                long t = System.nanoTime();
                hits[0] += store.plans().search(PlanSearch.forText(q)).size();
                total += System.nanoTime() - t;
            }
            ms[r] = total / queries.length / 1_000;
        }
        row("Search by name over " + people + " people (PlanStore.search, mean of 10 queries; " + hits[0] / runs
                + " hits a run)", stats(ms, "µs"), "", "", "< 50 ms", median(ms) < 50_000 ? "pass" : "FAIL");
        long[] home = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            store.plans().homeList();
            home[r] = (System.nanoTime() - t) / 1_000_000;
        }
        row("The home list: every plan's summary (PlanStore.homeList, " + people + " rows)", stats(home, "ms"), "", "",
                "(information)", "");
    }

    private void export(LocalStore store, List<UUID> ids) throws Exception {
        long readStart = System.nanoTime();
        List<Plan> all = new ArrayList<>(ids.size() * VERSIONS_EACH);
        for (UUID id : ids) {
            for (int v = 1; v <= VERSIONS_EACH; v++) {
                all.add(store.plans().version(id, v).orElseThrow());
            }
        }
        long readMs = (System.nanoTime() - readStart) / 1_000_000;
        PlanFile planFile = new PlanFile();
        ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        planFile.writeBundle(all.subList(0, 2_000)); // warm-up
        jackson.writeValueAsString(all.subList(0, 2_000));
        long[] app = new long[runs];
        long[] base = new long[runs];
        long[] chars = new long[2];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            chars[1] = jackson.writeValueAsString(all).length();
            base[r] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            chars[0] = planFile.writeBundle(all).length();
            app[r] = (System.nanoTime() - t) / 1_000_000;
        }
        ratioRow("Export all " + all.size() + " versions to JSON: PlanFile.writeBundle (" + chars[0] / 1_000_000
                + " M chars) vs plain Jackson writeValueAsString of the same objects (" + chars[1] / 1_000_000
                + " M chars)", app, base, "ms", 1.5, "≤ 1.5×");
        row("Reading those " + all.size() + " versions from the store first (PlanStore.version each, once)",
                readMs + " ms", "", "", "(information)", "");
    }

    private void pdfWarm() throws IOException {
        Plan plan = new MadeUpPlans(7).firstVersion(1, 50, Instant.parse("2026-11-02T10:00:00Z"));
        PlanPricer pricer = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT);
        for (int i = 0; i < 5; i++) {
            new PlanDocument(plan, pricer.assess(plan, LocalDate.now())).toPdf(PrintSize.STANDARD);
        }
        long[] ms = new long[runs];
        int pages = 0;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            byte[] pdf = new PlanDocument(plan, pricer.assess(plan, LocalDate.now())).toPdf(PrintSize.STANDARD);
            ms[r] = (System.nanoTime() - t) / 1_000_000;
            pages = pdf.length;
        }
        row("PDF of a 50-line plan, warm (assess + render; " + pages / 1024 + " KB)", stats(ms, "ms"), "", "",
                "< 1 s", median(ms) < 1000 ? "pass" : "FAIL");
    }

    // --- numbers ------------------------------------------------------------------------------------------

    private interface Timed {
        long nanos() throws Exception;
    }

    private static long microsPerOp(int ops, Timed timed) {
        try {
            return timed.nanos() / ops / 1_000;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void ratioRow(String what, long[] app, long[] base, String unit, double target, String targetText) {
        double ratio = (double) median(app) / Math.max(1, median(base));
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (int i = 0; i < app.length; i++) {
            double r = (double) app[i] / Math.max(1, base[i]);
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        row(what, stats(app, unit), stats(base, unit), String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", ratio, lo, hi),
                targetText, ratio <= target ? "pass" : "FAIL");
    }

    private void row(String what, String measured, String baseline, String ratio, String target, String result) {
        line("| " + what + " | " + measured + " | " + baseline + " | " + ratio + " | " + target + " | " + result + " |");
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }

    private static String stats(long[] values, String unit) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[0] + " / " + median(values) + " / " + sorted[sorted.length - 1] + " " + unit;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String sizeMb(Path file) {
        try {
            return Long.toString(Files.size(file) / (1024 * 1024));
        } catch (IOException e) {
            return "?";
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
