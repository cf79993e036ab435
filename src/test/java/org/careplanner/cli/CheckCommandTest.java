package org.careplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.OutsideSql;
import org.careplanner.store.StoreUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careplanner check}: exit 0 all good, 1 problems found, 2 the store cannot be opened. */
class CheckCommandTest {

    private static final UUID ZOE = UUID.fromString("00000000-0000-4000-8000-0000000000e1");

    @TempDir
    Path dir;

    private void saveAPlan(Path folder) {
        try (LocalStore store = LocalStore.open(new DataFolder(folder), StoreCommandsTest.SETTINGS)) {
            Plan plan = Plan.newDraft(ZOE, Person.named("Zoë", "Testperson"), Instant.parse("2026-04-01T09:00:00Z"));
            store.plans().saveVersion(plan);
            store.plans().saveVersion(plan);
        }
    }

    private static CommandRun check(Path folder) {
        return CommandRun.of(StoreCommandsTest.SETTINGS, "--data-dir", folder.toString(), "check");
    }

    @Test
    void aCleanStoreIsAllGood() {
        saveAPlan(dir);
        CommandRun run = check(dir);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("hash chain intact", "Plan versions: 1 checked", "All good");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anAuditRowEditedOutsideTheAppIsReportedWithExit1() throws Exception {
        saveAPlan(dir);
        OutsideSql.run(dir, "DROP TRIGGER audit_event_append_only",
                "UPDATE audit_event SET detail = 'status=SIGNED' WHERE id = 1");
        CommandRun run = check(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("hash chain BROKEN");
        assertThat(run.err()).contains("2 problems found", "Audit row 1 was changed outside CarePlanner",
                "audit_event_append_only is missing");
        assertThat(run.out() + run.err()).doesNotContain("Zoë", "Testperson");
    }

    @Test
    void aStoreThatCannotBeOpenedIsExit2WithoutAStackTrace() throws Exception {
        saveAPlan(dir);
        Path file = dir.resolve(StoreUrl.DATABASE_NAME + ".mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        CommandRun run = check(dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Cannot check the store: ").doesNotContain("Exception", "\tat ");
    }
}
