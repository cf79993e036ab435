package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.careplanner.cli.CarePlannerCommand;
import picocli.CommandLine;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProgramOpeningTheStoreIsToldClearlyAndTheStoreOpensAgainOnceTheFirstHasGone() throws Exception {
        try (LocalStore first = TestStores.open(dir)) {
            first.plans().saveVersion(StorePlans.draft(java.util.UUID.randomUUID(),
                    StorePlans.person("Zoë", "Testperson", null)));
        }
        try (ChildJvm holder = ChildJvm.start(HoldStoreOpen.class, dir.toString())) {
            assertThat(holder.nextLine(60, TimeUnit.SECONDS)).isEqualTo("OPEN 1");
            long opened = System.nanoTime();

            assertThatThrownBy(() -> TestStores.open(dir))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageStartingWith("CarePlanner is already open with this store in another window or program")
                    .hasMessageContaining(dir.toString());
            long refusedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened);
            assertThat(refusedMillis).as("refused at once, not after a wait").isLessThan(10_000);

            // The same through the command line: a plain message and exit code 1, no stack trace.
            CommandLine cl = CarePlannerCommand.commandLine(new CarePlannerCommand(folder -> { }, TestStores.settings()));
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(new StringWriter(), true));
            assertThat(cl.execute("--data-dir", dir.toString(), "list")).isEqualTo(1);
            assertThat(err.toString()).startsWith("CarePlanner is already open with this store in another window")
                    .doesNotContain("Exception", "\tat ");

            holder.kill();
        }
        try (LocalStore again = TestStores.open(dir)) {
            assertThat(again.plans().homeList()).hasSize(1);
        }
    }
}
