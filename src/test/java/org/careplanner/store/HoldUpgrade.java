package org.careplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by InterruptedUpgradeTest: a CarePlanner in the middle of upgrading the established store in
 * {@code args[0]} (ADR 0035): its copy and mark written, migration 6's first step done on the store, which it holds
 * open, as Flyway would. Prints "HALF" then waits to be killed.
 */
public final class HoldUpgrade {
    private HoldUpgrade() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        StoreKey key = TestStores.key(folder);
        StoreUpgrade.migrate(folder, () -> {
            try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), StoreUrl.USER,
                    StoreUrl.password(key)); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE person_name_word (person_id UUID NOT NULL, word VARCHAR(200) NOT NULL)");
                System.out.println("HALF");
                System.out.flush();
                Thread.sleep(600_000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
