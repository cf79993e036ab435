package org.careplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careplanner.domain.Plan;

/**
 * The upgrade of an established store killed at random moments (ADR 0035), measured the way CrashTest measures saves:
 * a store as a CarePlanner before migration 6 left it (schema version 5, holding plans, its folder marked established;
 * no new migration needed) is copied into a fresh folder for each kill; a child JVM ({@link OpenInALoop}) opens it,
 * which upgrades it, and is killed (SIGKILL) a random 0 to T ms after it started (T: the longest delay asked for, or
 * 1.1 times what an unkilled child took to upgrade a copy, whichever is longer); every third
 * kill, a second child is started on what the first left and killed too (a kill while the upgrade is put back or run
 * again). What the kill left is named from the files (copy being written, copy kept but no mark yet, mark written and
 * migration running, mark removed and copy not yet, upgrade done), then the folder is opened by this code: every plan
 * must be there, whole, the audit chain intact, the schema current and nothing of the upgrade left but set-aside files.
 *
 * <p>Too long for the suite (5 to 10 s a kill on a loaded 2-core machine: a child JVM, then an opening that puts the
 * upgrade back and runs it again), so it is run by hand (ADR 0035):
 * <pre>
 * ./mvnw -o -B -q test-compile
 * ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     org.careplanner.store.UpgradeKillLoop /tmp/upgrade-kills 60 20261202 200 1500 64
 * </pre>
 * (arguments: a new folder, kills, seed, plans in the store, longest delay in ms, and megabytes of padding so the
 * copy takes a while as on a real store). It prints one line a kill and the counts, deletes each folder that opened
 * whole (the others stay to look at), and exits 1 when any did not.
 */
public final class UpgradeKillLoop {

    /** What one kill (or two) left, and whether the store then opened with every plan whole. */
    record Kill(int number, long delayMillis, String phase, String secondPhase, boolean whole, String problem) {
    }

    private UpgradeKillLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int kills = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int plans = Integer.parseInt(args[3]);
        int maxDelay = Integer.parseInt(args[4]);
        int paddingMegabytes = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        List<Kill> done = run(dir, kills, seed, plans, paddingMegabytes, maxDelay, System.out);
        System.exit(done.stream().allMatch(Kill::whole) ? 0 : 1);
    }

    static List<Kill> run(Path dir, int kills, long seed, int planCount, int paddingMegabytes, int maxDelayMillis,
                          java.io.PrintStream out) throws Exception {
        Files.createDirectories(dir);
        Path template = dir.resolve("template");
        long made = System.nanoTime();
        List<Plan> plans = InterruptedUpgradeTest.establishedStoreAtVersion5(template, planCount);
        if (paddingMegabytes > 0) {
            // A larger store, so kills land while its copy is written and removed as on a real one (612 MB benchmark
            // store): a table of random bytes (encrypted, so incompressible), which no migration looks at.
            try (Connection c = connect(template); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE upgrade_kill_padding (b VARBINARY(1048576))");
                s.execute("INSERT INTO upgrade_kill_padding SELECT SECURE_RAND(1048576) FROM SYSTEM_RANGE(1, "
                        + paddingMegabytes + ")");
            }
        }
        out.printf("template: %d plans, store %d bytes, made in %d ms%n", planCount,
                Files.size(template.resolve("careplanner.mv.db")),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - made));
        // How long a child takes to start and upgrade this store here, unkilled: the kills are spread over that time
        // (the machine's load decides it more than the store does).
        Path calibration = dir.resolve("calibration");
        copyFolder(template, calibration);
        long upgradeMillis = timeToFirstOpening(calibration);
        int spread = (int) Math.max(maxDelayMillis, upgradeMillis + upgradeMillis / 10);
        out.printf("an unkilled child opened (upgraded) the store %d ms after it started: kills spread over 0-%d ms%n",
                upgradeMillis, spread);
        Random random = new Random(seed);
        List<Kill> done = new ArrayList<>();
        for (int n = 0; n < kills; n++) {
            Path folder = dir.resolve("kill-" + n);
            copyFolder(template, folder);
            long delay = random.nextInt(spread + 1);
            String phase = killDuring(folder, delay, template);
            String second = "";
            if (n % 3 == 2 && !phase.equals("done")) {
                long again = random.nextInt(spread + 1);
                second = killDuring(folder, again, template) + " @" + again;
            }
            String problem = null;
            try {
                problem = check(folder, plans);
            } catch (Exception | AssertionError e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            Kill kill = new Kill(n, delay, phase, second, problem == null, problem);
            if (problem == null) {
                deleteFolder(folder);
            }
            done.add(kill);
            out.printf("kill %d @%d ms: %s%s -> %s%n", n, delay, phase, second.isEmpty() ? "" : ", then " + second,
                    problem == null ? "opened whole" : "PROBLEM " + problem);
        }
        Map<String, Integer> byPhase = new TreeMap<>();
        done.forEach(k -> byPhase.merge(k.phase(), 1, Integer::sum));
        out.printf("UpgradeKillLoop: %d kills (%d followed by a second kill), by phase %s; %d opened whole%n",
                done.size(), done.stream().filter(k -> !k.secondPhase().isEmpty()).count(), byPhase,
                done.stream().filter(Kill::whole).count());
        return done;
    }

    private static long timeToFirstOpening(Path folder) throws Exception {
        try (ChildJvm child = ChildJvm.start(OpenInALoop.class, folder.toString())) {
            if (!"OPENING".equals(child.nextLine(120, TimeUnit.SECONDS))) {
                throw new IllegalStateException("the child did not start");
            }
            long started = System.nanoTime();
            String line = child.nextLine(120, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("OPENED")) {
                throw new IllegalStateException("the child did not open the store: " + line);
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }
    }

    /** A child opens (upgrades) the store in {@code folder} and is killed {@code delay} ms after it started. */
    private static String killDuring(Path folder, long delay, Path template) throws Exception {
        boolean opened;
        try (ChildJvm child = ChildJvm.start(OpenInALoop.class, folder.toString())) {
            if (!"OPENING".equals(child.nextLine(120, TimeUnit.SECONDS))) {
                throw new IllegalStateException("the child did not start");
            }
            Thread.sleep(delay);
            child.kill();
            opened = child.printed().size() > 1;
        }
        return phaseLeft(folder, template, opened);
    }

    /** Names the moment of the upgrade a kill left the folder at, from its files alone. */
    static String phaseLeft(Path folder, Path template, boolean opened) throws Exception {
        Path store = folder.resolve("careplanner.mv.db");
        boolean marker = Files.exists(folder.resolve(StoreUpgrade.MARKER));
        boolean copy = Files.exists(folder.resolve(StoreUpgrade.COPY));
        boolean partial = Files.exists(folder.resolve(StoreUpgrade.PARTIAL));
        boolean asBefore = Files.exists(store) && Files.mismatch(store, template.resolve("careplanner.mv.db")) == -1;
        if (marker && copy) {
            return asBefore ? "marked, store not yet changed" : "migrating (mark and copy there)";
        }
        if (marker) {
            return "copy put back, mark not yet removed";
        }
        if (copy) {
            return asBefore ? "copy kept, mark not yet written" : "cleanup (mark removed, copy not yet)";
        }
        if (partial) {
            return "copy being written";
        }
        if (asBefore) {
            return "before the copy";
        }
        return opened ? "done" : "done, not yet opened";
    }

    /** Opens the folder as the app does; null when every plan is there whole, else what is wrong. */
    static String check(Path folder, List<Plan> plans) throws Exception {
        try (LocalStore store = TestStores.open(folder)) {
            for (Plan plan : plans) {
                var stored = store.plans().latest(plan.id());
                if (stored.isEmpty()) {
                    return "plan " + plan.id() + " missing";
                }
                if (!stored.get().equals(plan)) {
                    return "plan " + plan.id() + " not whole";
                }
            }
            if (store.plans().homeList().size() != plans.size()) {
                return "home list has " + store.plans().homeList().size() + " plans";
            }
            if (!store.audit().verifyChain().isEmpty()) {
                return "audit chain broken";
            }
        }
        String newest = InterruptedUpgradeTest.newestMigration(folder);
        if (!Migrations.NEWEST.equals(newest)) {
            return "schema at " + newest;
        }
        for (String left : List.of(StoreUpgrade.MARKER, StoreUpgrade.COPY, StoreUpgrade.PARTIAL)) {
            if (Files.exists(folder.resolve(left))) {
                return left + " left";
            }
        }
        return null;
    }

    private static Connection connect(Path folder) throws Exception {
        return DriverManager.getConnection(StoreUrl.forFolder(folder), StoreUrl.USER, TestStores.password(folder));
    }

    private static void deleteFolder(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
