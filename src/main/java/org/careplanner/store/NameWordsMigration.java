package org.careplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 6: every ending of every word of each person's folded name in a table of their own, indexed, so a name
 * search finds the people whose name holds each word typed by looking them up, not by reading every plan and person
 * (docs/decisions/0020). Java, not SQL, because the existing people's names are split by {@link NameFolding#words},
 * the same code that keeps the table up to date on every save; SQL has no way to split a name into rows.
 *
 * <p>Never change what this does once released: a later change to the words needs a migration of its own.
 */
final class NameWordsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "person name words";
    }

    @Override
    public Integer getChecksum() {
        return 6;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            // (word, person_id) as the key: the endings a search word starts are a range of it. Names are personal data, like
            // person.name_folded which these words come from.
            s.execute("CREATE TABLE person_name_word ("
                    + "person_id UUID NOT NULL REFERENCES person (id), "
                    + "word VARCHAR NOT NULL, "
                    + "PRIMARY KEY (word, person_id))");
            s.execute("CREATE INDEX person_name_word_person ON person_name_word (person_id)");
        }
        try (PreparedStatement read = c.prepareStatement("SELECT id, name_folded FROM person");
             ResultSet r = read.executeQuery()) {
            while (r.next()) {
                NameWords.write(c, r.getObject(1, UUID.class), r.getString(2));
            }
        }
    }
}
