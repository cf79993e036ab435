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

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private Migrations() {
    }

    static FluentConfiguration configuration(String url, StoreKey key) {
        FLYWAY_LOG.finest("configuring migrations");
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
                throw new StoreException("The store in " + folder + " was made by a newer version of CarePlanner. "
                        + "Install that version (or newer) to open it; this one will not change it.");
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
