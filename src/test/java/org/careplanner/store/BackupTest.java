package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    @TempDir
    Path dir;

    private final Plan zoe = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000c1"),
            StorePlans.person("Zoë", "Testperson", null));
    private final Plan nguyen = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000c2"),
            StorePlans.person("Nguyễn", "Example", null));

    @Test
    void aBackupMadeWhileTheStoreIsOpenRestoresThatStoreAndKeepsTheReplacedOneAside() {
        Path store = dir.resolve("store");
        Path zip = dir.resolve("backup.zip");
        try (LocalStore open = TestStores.open(store)) {
            open.plans().saveVersion(zoe);
            open.backUpTo(zip);
            open.plans().saveVersion(nguyen);
        }
        assertThat(zip).isRegularFile();

        Path kept = StoreBackup.restore(new DataFolder(store), zip, TestStores.settings());

        assertThat(kept).isRegularFile().hasFileName("careplanner.before-restore-20260501-100000.mv.db");
        try (LocalStore restored = TestStores.open(store)) {
            assertThat(restored.plans().latest(zoe.id())).contains(zoe);
            assertThat(restored.plans().latest(nguyen.id())).isEmpty();
        }
        assertThat(store.resolve("restoring-20260501-100000")).doesNotExist();
    }

    @Test
    void aFileThatIsNotABackupLeavesTheStoreAsItWas() throws Exception {
        Path store = dir.resolve("store");
        try (LocalStore open = TestStores.open(store)) {
            open.plans().saveVersion(zoe);
        }
        Path notABackup = dir.resolve("plans.zip");
        Files.writeString(notABackup, "not a zip");
        assertThatThrownBy(() -> StoreBackup.restore(new DataFolder(store), notABackup, TestStores.settings()))
                .isInstanceOf(StoreException.class).hasMessageContaining("not a CarePlanner backup")
                .hasMessageContaining("The current store is unchanged");
        try (LocalStore open = TestStores.open(store)) {
            assertThat(open.plans().latest(zoe.id())).contains(zoe);
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherProgramHasTheStoreOpen() throws Exception {
        Path store = dir.resolve("store");
        Path zip = dir.resolve("backup.zip");
        try (LocalStore open = TestStores.open(store)) {
            open.plans().saveVersion(zoe);
            open.backUpTo(zip);
        }
        try (ChildJvm holder = ChildJvm.start(HoldStoreOpen.class, store.toString())) {
            assertThat(holder.nextLine(60, TimeUnit.SECONDS)).isEqualTo("OPEN 1");
            assertThatThrownBy(() -> StoreBackup.restore(new DataFolder(store), zip, TestStores.settings()))
                    .isInstanceOf(StoreInUseException.class);
        }
        try (var files = Files.list(store)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }
}
