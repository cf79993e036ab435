package org.careplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The person_name_word rows of one person, the endings of the words of their name ({@link NameFolding#words}): written
 * whenever the person's name is (migration 6, ADR 0020).
 */
final class NameWords {

    private NameWords() {
    }

    /** Replaces the person's rows with those of {@code folded} (their name as {@link NameFolding#fold} gives it). */
    static void write(Connection c, UUID personId, String folded) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM person_name_word WHERE person_id = ?")) {
            s.setObject(1, personId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person_name_word (person_id, word) VALUES (?, ?)")) {
            for (String word : NameFolding.words(folded)) {
                s.setObject(1, personId);
                s.setString(2, word);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
