package org.careplanner.store;

import java.nio.file.Path;

/** Run in a child JVM by SecondProcessTest: opens the store, says so, and holds it open until killed. */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStore store = TestStores.open(Path.of(args[0]));
        System.out.println("OPEN " + store.plans().homeList().size());
        System.out.flush();
        Thread.sleep(120_000);
        store.close();
    }
}
