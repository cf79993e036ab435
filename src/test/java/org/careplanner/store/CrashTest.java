package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability, tested the way SQLite tests it: a child process saves plans in a loop and prints each one only
 * after {@code saveVersion} returned; it is killed (SIGKILL via destroyForcibly: no shutdown hooks) at a random
 * moment, {@value #KILLS_WHILE_SAVING} times over the same store. Another {@value #KILLS_WHILE_OPENING} kills
 * land while a child opens a store over and over: half on the same store, half on a new folder, where the
 * first open creates the file and runs every migration.
 *
 * <p>After every kill the store is opened again and must be usable: every plan reported saved in any run so
 * far is there, whole; the audit chain is intact; a new plan can be saved and read back.
 */
class CrashTest {

    static final int KILLS_WHILE_SAVING = 40;
    static final int KILLS_WHILE_OPENING = 10;

    @TempDir
    Path dir;

    /** Every plan reported saved so far, with the last "n edit" reported for it. */
    private final Map<UUID, int[]> reported = new HashMap<>();

    @Test
    void everySaveReportedAsDoneSurvivesTheProgramBeingKilled() throws Exception {
        long started = System.nanoTime();
        long cpuStarted = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Random random = new Random(20261201L);
        Path store = dir.resolve("store");
        int emptyRuns = 0;
        int killsBeforeFirstOpenEnded = 0;
        int kills = 0;
        for (int run = 0; run < KILLS_WHILE_SAVING + KILLS_WHILE_OPENING; run++) {
            // One opening kill after every fourth saving kill, so they meet a store of every size.
            boolean opening = run % 5 == 4;
            if (opening) {
                boolean fresh = (run / 5) % 2 == 0;
                Path folder = fresh ? dir.resolve("fresh-" + run) : store;
                if (killWhileOpening(folder, random.nextInt(fresh ? 1_200 : 600), run)) {
                    killsBeforeFirstOpenEnded++;
                }
                assertUsable(fresh ? folder : store, run, seedOf(run));
            } else {
                if (!killWhileSaving(store, run, random.nextInt(1_000))) {
                    emptyRuns++;
                }
                assertUsable(store, run, seedOf(run));
            }
            kills++;
        }
        assertThat(kills).isGreaterThanOrEqualTo(50);
        assertThat(emptyRuns).as("saving runs killed before any save was reported").isLessThan(KILLS_WHILE_SAVING);
        assertThat(reported.size()).as("plans reported saved over all runs").isGreaterThan(KILLS_WHILE_SAVING);
        // No wall-clock assertion: on a loaded 2-core CI machine it would fail for reasons that are not about
        // durability. The time is printed for the record (measured: see docs/security.md).
        System.out.printf("CrashTest: %d kills (%d while saving, %d while opening, %d of them before the first open "
                        + "finished); %d plans reported saved, all found whole; %d s (CPU time of the test thread %d ms; the children run in their own JVMs)%n", kills, KILLS_WHILE_SAVING,
                KILLS_WHILE_OPENING, killsBeforeFirstOpenEnded, reported.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted)
                        / 1_000_000);
    }

    private static long seedOf(int run) {
        return 1_000L + run;
    }

    /** @return whether anything was reported saved before the kill */
    private boolean killWhileSaving(Path store, int run, int millisAfterFirstSave) throws Exception {
        List<String> printed;
        try (ChildJvm child = ChildJvm.start(SaveInALoop.class, store.toString(), Long.toString(seedOf(run)))) {
            assertThat(child.nextLine(120, TimeUnit.SECONDS)).as("run %d started", run).isEqualTo("READY");
            assertThat(child.nextLine(120, TimeUnit.SECONDS)).as("run %d saved something", run).isNotNull();
            Thread.sleep(millisAfterFirstSave);
            child.kill();
            printed = child.printed();
        }
        boolean any = false;
        for (String line : printed.subList(1, printed.size())) {
            String[] parts = line.split(" ");
            reported.put(UUID.fromString(parts[0]), new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
            any = true;
        }
        return any;
    }

    /** @return whether the kill came before the child's first open finished */
    private static boolean killWhileOpening(Path folder, int millisAfterStart, int run) throws Exception {
        try (ChildJvm child = ChildJvm.start(OpenInALoop.class, folder.toString())) {
            assertThat(child.nextLine(120, TimeUnit.SECONDS)).as("run %d started", run).isEqualTo("OPENING");
            Thread.sleep(millisAfterStart);
            child.kill();
            return child.printed().size() == 1;
        }
    }

    private void assertUsable(Path folder, int run, long seed) {
        try (LocalStore store = TestStores.open(folder)) {
            for (Map.Entry<UUID, int[]> e : reported.entrySet()) {
                if (!folder.equals(dir.resolve("store"))) {
                    break;
                }
                int n = e.getValue()[0];
                int edit = e.getValue()[1];
                Optional<Plan> stored = store.plans().latest(e.getKey());
                assertThat(stored).as("run %d: plan %s reported saved", run, e.getKey()).isPresent();
                // The kill may fall after the next edit committed but before its line was printed: then the
                // store holds that later edit, also whole. It never holds less than was reported.
                if (edit == 1) {
                    assertThat(stored.get()).isEqualTo(SaveInALoop.plan(e.getKey(), n, 1));
                } else {
                    assertThat(stored.get()).isIn(SaveInALoop.plan(e.getKey(), n, 0),
                            SaveInALoop.plan(e.getKey(), n, 1));
                }
            }
            assertThat(store.audit().verifyChain()).as("run %d: audit chain after the kill", run).isEmpty();
            // Usable: a new plan saves and reads back (ids from a seed no child uses).
            UUID probe = SaveInALoop.id(-seed, 0);
            Plan plan = SaveInALoop.plan(probe, 0, 1);
            store.plans().saveVersion(plan);
            assertThat(store.plans().latest(probe)).as("run %d: saved after the kill", run).contains(plan);
        }
    }
}
