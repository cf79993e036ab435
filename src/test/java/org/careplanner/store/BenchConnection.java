package org.careplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * For the benchmark's baselines only: a second, plain JDBC connection to a store's H2 file, opened in the same
 * process as the {@link LocalStore} (H2 shares one open database between connections of one process).
 */
public final class BenchConnection {

    private BenchConnection() {
    }

    public static Connection open(Path folder) throws SQLException {
        Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), StoreUrl.USER, StoreUrl.password());
        c.setAutoCommit(false);
        return c;
    }
}
