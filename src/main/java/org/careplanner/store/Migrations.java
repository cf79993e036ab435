package org.careplanner.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings a store's schema up to date with Flyway: the only way the schema changes (db/migration/V*.sql, and
 * {@link NameWordsMigration}). */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    /**
     * Flyway logs each run's routine steps at INFO, which a person at the command line would see on every
     * command. Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    /**
     * Flyway logs a failed migration as "Please restore backups and roll back database and code!", which a person at
     * the command line would read beside CarePlanner's own message that the store was put back as it was (ADR 0035),
     * and which may quote H2's message (SQL text, values). The failure is logged by {@link Database#translate}, with
     * its H2 error code only.
     */
    private static final java.util.logging.Logger FLYWAY_MIGRATE_LOG = silent("org.flywaydb.core.internal.command.DbMigrate");

    private static java.util.logging.Logger silent(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.OFF);
        return log;
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /**
     * The newest migration this CarePlanner ships (db/migration/V*.sql and {@link NameWordsMigration}). A store
     * whose schema history already ends here is opened without Flyway; MigrationTest checks this against what
     * Flyway finds, so a new migration without a new number here fails the build.
     */
    static final String NEWEST = "6";

    private Migrations() {
    }

    /** The migrations a store records as applied (its schema history), read in one query. */
    record Applied(java.util.List<String> versions, boolean anyFailed) {

        static Applied readFrom(java.sql.Connection c) throws SQLException {
            java.util.List<String> versions = new java.util.ArrayList<>();
            boolean failed = false;
            try (java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                         + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                while (r.next()) {
                    versions.add(r.getString(1));
                    failed |= !r.getBoolean(2);
                }
            }
            return new Applied(java.util.List.copyOf(versions), failed);
        }

        /** The newest version applied, compared as Flyway does (numbers between the dots); empty: none. */
        java.util.Optional<String> newest() {
            return versions.stream().max(Migrations::compareVersions);
        }
    }

    /** Compares migration versions such as "6" and "10" or "1.2" as numbers, part by part. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = i < x.length ? new java.math.BigInteger(x[i]) : java.math.BigInteger.ZERO;
            java.math.BigInteger q = i < y.length ? new java.math.BigInteger(y[i]) : java.math.BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Brings the schema up to date when it needs it: a store whose history already ends at {@link #NEWEST} with no
     * failed step is left alone without starting Flyway (loading, scanning and opening it took seconds at every
     * start); an older or new store is migrated by {@link #apply}; a store from a newer CarePlanner is refused.
     *
     * @param applied what the store records (from {@link Database#checkReadable}); empty for a new store
     * @return whether Flyway ran
     */
    static boolean applyIfNeeded(Path folder, StoreKey key, java.util.Optional<Applied> applied) {
        applied.ifPresent(a -> refuseNewer(folder, a));
        if (applied.isPresent() && isCurrent(applied.get())) {
            return false;
        }
        apply(folder, key);
        return true;
    }

    /** Refuses a store whose history has a migration newer than this CarePlanner's ({@link #NEWEST}). */
    static void refuseNewer(Path folder, Applied applied) {
        java.util.Optional<String> newest = applied.newest();
        if (newest.isPresent() && compareVersions(newest.get(), NEWEST) > 0) {
            throw newerStore(folder);
        }
    }

    /** Whether the history ends at {@link #NEWEST} with no failed step: the store needs no migration. */
    static boolean isCurrent(Applied applied) {
        return applied.newest().filter(NEWEST::equals).isPresent() && !applied.anyFailed();
    }

    private static StoreException newerStore(Path folder) {
        return new StoreException("The store in " + folder + " was made by a newer version of CarePlanner. "
                + "Install that version (or newer) to open it; this one will not change it.");
    }

    static FluentConfiguration configuration(String url, StoreKey key) {
        FLYWAY_LOG.finest("configuring migrations");
        FLYWAY_MIGRATE_LOG.finest("configuring migrations");
        // A DataSource rather than url/user/password: Flyway trims the password text, and H2 needs its trailing
        // space ("filePassword userPassword" with an empty user password).
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(StoreUrl.USER);
        dataSource.setPasswordChars(key.connectionPassword());
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                // Migration 6 is code: it splits the names already stored into words (ADR 0020).
                .javaMigrations(new NameWordsMigration())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true);
    }

    /** Applies every pending migration; refuses a store written by a newer CarePlanner. */
    static void apply(Path folder, StoreKey key) {
        Flyway flyway = configuration(StoreUrl.forFolder(folder), key).load();
        try {
            boolean fromTheFuture = Arrays.stream(flyway.info().applied())
                    .map(MigrationInfo::getState)
                    .anyMatch(s -> s == MigrationState.FUTURE_SUCCESS || s == MigrationState.FUTURE_FAILED);
            if (fromTheFuture) {
                throw newerStore(folder);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw Database.translate(folder, sql, "update the layout of");
            }
            throw new StoreException("CarePlanner could not update the layout of its store in " + folder
                    + ". Nothing was changed. Make a backup of the folder and contact support.", e);
        }
    }
}
