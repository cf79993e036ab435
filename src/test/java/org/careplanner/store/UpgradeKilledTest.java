package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade of a store holding plans killed for real (ADR 0035): a child JVM opens a store at schema version 5 and
 * is stopped dead ({@code Runtime.halt}, nothing flushed, no finally) just before its Nth write to the disk, for N
 * spread over every write the opening makes (how many varies with H2's timing: 14 to about 90 here); some runs are
 * stopped a second time while the next opening, having put the store back, upgrades it again. Each time, the opening after has every plan, at the newest schema. Halting at a
 * counted write (rather than after a random time, as CrashTest does) puts every kill inside the upgrade, on any
 * machine. Before ADR 0035 the runs stopped after migration 6 had made its table failed at every later opening.
 */
class UpgradeKilledTest {

    private static final int PLANS = 40;
    /** Halted, or ended by itself after a whole upgrade. */
    private static final int ANY_EXIT = -2;

    @TempDir
    Path dir;

    @Test
    void anUpgradeKilledAtAnyWriteLeavesAStoreThatOpensWithEveryPlan() throws Exception {
        Path template = dir.resolve("template");
        List<Plan> plans = InterruptedUpgradeTest.establishedStoreAtVersion5(template, PLANS);

        // Stopped at the worst moment: migration 6's table made and filled, the step not yet recorded (before ADR 0035,
        // every later opening then failed with H2 42101).
        Path worst = copyOf(template, "recording");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(StoreUrl.forFolder(worst), StoreUrl.USER,
                TestStores.password(worst)); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER halt_when_recorded BEFORE INSERT ON \"flyway_schema_history\" FOR EACH ROW CALL \""
                    + HaltWhenRecorded.class.getName() + "\"");
        }
        runChild(worst, Long.MAX_VALUE, FaultyDisk.HALTED, "-D" + HaltWhenRecorded.PROPERTY + "=true");
        try (LocalStore store = TestStores.open(worst)) {
            InterruptedUpgradeTest.assertEveryPlan(store, plans);
            assertThat(store.plans().search(PlanSearch.forText("crashtest"))).hasSize(PLANS);
        }
        assertThat(InterruptedUpgradeTest.newestMigration(worst)).isEqualTo(Migrations.NEWEST);
        assertThat(InterruptedUpgradeTest.names(worst)).anyMatch(n -> n.startsWith(StoreUpgrade.SET_ASIDE));

        // How many writes an opening that upgrades makes, when nothing stops it.
        Path whole = copyOf(template, "whole");
        List<String> printed = runChild(whole, Long.MAX_VALUE, 0);
        long writes = Long.parseLong(printed.get(0).substring("OPENED ".length()));
        assertThat(writes).isGreaterThan(8);

        int markedAfterKill = 0;
        List<Long> haltPoints = new ArrayList<>(List.of(1L, 2L));
        for (int k = 1; k <= 5; k++) {
            haltPoints.add(Math.max(3, writes * k / 6));
        }
        for (int run = 0; run < haltPoints.size(); run++) {
            Path folder = copyOf(template, "run-" + run);
            long haltAt = haltPoints.get(run);
            // Writes 1 and 2 are always made (Flyway's first); a later point may lie past the end of an opening that
            // made fewer writes this time, and then it is simply a whole upgrade.
            runChild(folder, haltAt, haltAt <= 2 ? FaultyDisk.HALTED : ANY_EXIT);
            if (Files.exists(folder.resolve(StoreUpgrade.MARKER))) {
                markedAfterKill++;
                if (run % 2 == 1) {
                    // Stopped again in the next opening, which put the store back and is upgrading it once more (at
                    // one of its first writes: how many an opening makes varies from run to run with H2's timing).
                    runChild(folder, 1 + run % 3, FaultyDisk.HALTED);
                }
            }
            try (LocalStore store = TestStores.open(folder)) {
                InterruptedUpgradeTest.assertEveryPlan(store, plans);
                assertThat(store.plans().search(PlanSearch.forText("crashtest"))).as("run %d", run).hasSize(PLANS);
            }
            assertThat(InterruptedUpgradeTest.newestMigration(folder)).as("run %d", run).isEqualTo(Migrations.NEWEST);
            assertThat(InterruptedUpgradeTest.names(folder)).as("run %d", run)
                    .doesNotContain(StoreUpgrade.MARKER, StoreUpgrade.COPY);
        }
        // The first writes an upgrading opening makes are Flyway's: those kills fell inside the upgrade.
        assertThat(markedAfterKill).isGreaterThanOrEqualTo(2);
    }

    /** Runs the child to its end; checks its exit code; returns what it printed. */
    private static List<String> runChild(Path folder, long haltAt, int exitCode, String... jvmOptions) throws Exception {
        Path errors = folder.resolveSibling(folder.getFileName() + "-child-errors.txt");
        List<String> options = new ArrayList<>(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        options.addAll(List.of(jvmOptions));
        try (ChildJvm child = ChildJvm.start(options, folder.getParent(),
                errors, UpgradeUntilHalted.class, folder.toString(), Long.toString(haltAt))) {
            int exit = child.waitFor(180, TimeUnit.SECONDS);
            boolean expected = exit == exitCode || exitCode == ANY_EXIT && (exit == 0 || exit == FaultyDisk.HALTED);
            assertThat(expected).as("halted at write %d (exit %d); printed %s; errors: %s", haltAt, exit,
                    child.printed(), Files.readString(errors)).isTrue();
            return child.printed();
        }
    }

    private Path copyOf(Path template, String name) throws Exception {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(template)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }
}
