package org.careplanner.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by CrashTest: opens and closes the store over and over, so a kill at a random moment lands
 * while the store is being opened (on a new folder, the first open creates the file and runs every migration).
 * Prints "OPENING" once, before the first open, and "OPENED n" after each.
 */
public final class OpenInALoop {
    private OpenInALoop() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        System.out.println("OPENING");
        System.out.flush();
        for (int n = 0; n < 100_000; n++) {
            try (LocalStore store = TestStores.open(folder)) {
                System.out.println("OPENED " + n);
                System.out.flush();
            }
        }
    }
}
