package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups made daily and at closing, kept 14 days, each a store that opens: all on fixed clocks. */
class AutomaticBackupsTest {

    @TempDir
    Path dir;

    private static final Instant DAY_0 = Instant.parse("2026-05-01T10:00:00Z");
    private final Plan zoe = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000d1"),
            StorePlans.person("Zoë", "Testperson", null));

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private AutomaticBackups backupsAt(Instant instant) {
        return new AutomaticBackups(new DataFolder(dir), at(instant));
    }

    @Test
    void theFirstOpeningMakesOneAndTheNextIsDueOnlyADayLater() {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(zoe);
            assertThat(store.automaticBackups().due()).isTrue();

            var made = store.automaticBackups().makeIfDue(store);

            assertThat(made).isPresent();
            assertThat(made.get().file()).isRegularFile()
                    .isEqualTo(dir.resolve("backups").resolve("careplanner-20260501-100000.zip"));
            assertThat(store.automaticBackups().makeIfDue(store)).as("made already today").isEmpty();
            assertThat(backupsAt(DAY_0.plus(Duration.ofHours(23))).due()).isFalse();
            assertThat(backupsAt(DAY_0.plus(Duration.ofDays(1)).plusSeconds(1)).due()).isTrue();
        }
        // The backup is the store: it restores, with the plan in it.
        Path elsewhere = dir.resolve("elsewhere");
        StoreBackup.restore(new DataFolder(elsewhere), dir.resolve("backups/careplanner-20260501-100000.zip"),
                TestStores.settings());
        try (LocalStore restored = TestStores.open(elsewhere)) {
            assertThat(restored.plans().latest(zoe.id())).contains(zoe);
        }
    }

    @Test
    void backupsAreKeptFourteenDaysAndOnlyTheNewestOfADay() {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(zoe);
            // Opened at 10:00 and closed at 17:00 every day for 21 days (day 0 to day 20).
            for (int day = 0; day <= 20; day++) {
                Instant morning = DAY_0.plus(Duration.ofDays(day));
                backupsAt(morning).makeIfDue(store);
                backupsAt(morning.plus(Duration.ofHours(7))).make(store);
            }
            var kept = backupsAt(DAY_0.plus(Duration.ofDays(20)).plus(Duration.ofHours(7))).list();
            // Day 20 17:00 less 14 days is day 6 17:00: the closings of days 6 to 20 are kept, 15 backups,
            // one a day (each day's 10:00 backup was replaced by its 17:00 one), newest first.
            assertThat(kept).hasSize(15);
            assertThat(kept.get(0).madeAt()).isEqualTo(Instant.parse("2026-05-21T17:00:00Z"));
            assertThat(kept.get(14).madeAt()).isEqualTo(Instant.parse("2026-05-07T17:00:00Z"));
            assertThat(kept).allSatisfy(b -> assertThat(b.madeAt().atZone(ZoneOffset.UTC).getHour()).isEqualTo(17));
        }
    }

    @Test
    void aHalfWrittenBackupIsNeverTakenForOneAndIsRemoved() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path partial = Files.writeString(folder.resolve("careplanner-20260501-090000.zip.partial"), "cut short");
        Path notOurs = Files.writeString(folder.resolve("my notes.txt"), "kept");
        assertThat(backupsAt(DAY_0).list()).isEmpty();
        try (LocalStore store = TestStores.open(dir)) {
            store.automaticBackups().make(store);
        }
        assertThat(partial).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(backupsAt(DAY_0).list()).hasSize(1);
    }
}
