package org.careplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** For tests in other packages: plain SQL on a closed store, as a SQL tool outside CarePlanner would send it. */
public final class OutsideSql {
    private OutsideSql() {
    }

    public static void run(Path folder, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), StoreUrl.USER, StoreUrl.password());
             Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }
}
