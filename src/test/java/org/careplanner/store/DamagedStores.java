package org.careplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import org.careplanner.domain.Plan;

/** For tests outside the store package: a real store with an automatic backup, then its file damaged. */
public final class DamagedStores {

    private DamagedStores() {
    }

    /**
     * Saves a plan for a made-up person, makes an automatic backup, closes the store and overwrites both copies
     * of H2's file header (the first 8 KiB).
     *
     * @return the id of the plan saved
     */
    public static UUID withBackupThenDamaged(Path folder, boolean makeBackup) throws IOException {
        Plan zoe = StorePlans.draft(UUID.randomUUID(), StorePlans.person("Zoë", "Testperson", null));
        try (LocalStore store = TestStores.open(folder)) {
            store.plans().saveVersion(zoe);
            if (makeBackup) {
                store.automaticBackups().make(store);
            }
        }
        byte[] junk = new byte[8192];
        Arrays.fill(junk, (byte) 0x5A);
        try (FileChannel channel = FileChannel.open(new DataFolder(folder).databaseFile(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(junk), 0);
        }
        return zoe.id();
    }

    public static StoreSettings settings() {
        return TestStores.settings();
    }
}
