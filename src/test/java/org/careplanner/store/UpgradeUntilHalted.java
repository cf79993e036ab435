package org.careplanner.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link UpgradeKilledTest}: opens the store in the folder (an older one, so it is upgraded)
 * on a disk that stops the program dead just before its Nth write ({@link FaultyDisk#haltAtWrite}), as a kill or a
 * power cut would. If it gets through, prints "OPENED w" (the writes the opening made) and closes the store.
 */
public final class UpgradeUntilHalted {
    private UpgradeUntilHalted() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        long haltAt = Long.parseLong(args[1]);
        try (FaultyDisk disk = FaultyDisk.install()) {
            disk.haltAtWrite(haltAt);
            try (LocalStore store = TestStores.open(folder)) {
                System.out.println("OPENED " + disk.writes());
                System.out.flush();
            }
        }
    }
}
