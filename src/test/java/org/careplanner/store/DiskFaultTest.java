package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up, or turns read-only, while plans are being saved: the save is refused with a plain reason,
 * everything saved before stays whole and readable, and saving works again once the fault is gone, without
 * reopening the store by hand. (The disk's failure is injected under H2: see FaultyDisk for why.)
 */
class DiskFaultTest {

    @TempDir
    Path dir;

    private final Plan zoe = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000f1"),
            StorePlans.person("Zoë", "Testperson", null));
    private final Plan nguyen = StorePlans.draft(UUID.fromString("00000000-0000-4000-8000-0000000000f2"),
            StorePlans.person("Nguyễn", "Example", null));

    @ParameterizedTest
    @EnumSource(value = FaultyDisk.Fault.class, names = {"FULL", "READ_ONLY"})
    void aSaveThatCannotBeWrittenIsRefusedPlainlyAndTheStoreRecovers(FaultyDisk.Fault fault) {
        try (FaultyDisk disk = FaultyDisk.install(); LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(zoe);

            disk.set(fault);
            assertThatThrownBy(() -> store.plans().saveVersion(nguyen))
                    .isInstanceOf(StoreNotWrittenException.class)
                    .hasMessageStartingWith(fault == FaultyDisk.Fault.FULL
                            ? "Not saved: the disk that holds the plans store (" + dir + ") is full."
                            : "Not saved: CarePlanner may not write to the folder that holds the plans store (" + dir
                            + "): it is read-only.")
                    .hasMessageContaining("Everything saved before is safe.")
                    .satisfies(e -> assertThat(((StoreNotWrittenException) e).reason()).isEqualTo(
                            fault == FaultyDisk.Fault.FULL ? StoreNotWrittenException.Reason.DISK_FULL
                                    : StoreNotWrittenException.Reason.READ_ONLY));
            // A second try while the fault lasts is refused the same way (the store is opened again for it).
            assertThatThrownBy(() -> store.plans().saveVersion(nguyen)).isInstanceOf(StoreNotWrittenException.class);

            disk.set(FaultyDisk.Fault.NONE);
            assertThat(store.plans().latest(zoe.id())).contains(zoe);
            store.plans().saveVersion(nguyen);
            assertThat(store.plans().latest(nguyen.id())).contains(nguyen);
        }
        try (LocalStore again = TestStores.open(dir)) {
            assertThat(again.plans().latest(zoe.id())).contains(zoe);
            assertThat(again.plans().latest(nguyen.id())).contains(nguyen);
            assertThat(again.plans().homeList()).hasSize(2);
        }
    }
}
