package org.careplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.PlanStatus;

/** The plan search: one prepared statement, its shape chosen by which parts of the search are given. */
final class PlanQueries {

    /** Words beyond this many are ignored: a name search needs no more. */
    static final int MAX_WORDS = 6;

    private PlanQueries() {
    }

    static List<PlanSummary> search(Connection c, PlanSearch query, LocalDate today) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT p.id, per.given_name, per.family_name, per.nhs_number, "
                + "p.status, p.current_version, p.updated_at, p.next_review_due "
                + "FROM plan p JOIN person per ON per.id = p.person_id WHERE TRUE");
        List<Object> values = new ArrayList<>();
        String digits = query.text().replace(" ", "").replace("-", "");
        // Each text condition picks people by an index first (ADR 0020), so a search reads the people it finds, not
        // every plan in the store.
        if (!digits.isEmpty() && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            sql.append(" AND per.id IN (SELECT id FROM person WHERE nhs_number LIKE ? ESCAPE '\\')");
            values.add("%" + digits + "%");
        } else if (!query.text().isEmpty()) {
            List<String> words = Arrays.stream(NameFolding.fold(query.text()).split(" "))
                    .filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
            for (String word : words) {
                // The word typed is part of a word of the name: it starts one of that word's endings, a range of the
                // (word, person_id) key (NameFolding.words).
                sql.append(" AND per.id IN (SELECT person_id FROM person_name_word WHERE word LIKE ? ESCAPE '\\')");
                values.add(likeLiteral(word) + "%");
            }
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND p.status = ANY(?)");
            values.add(query.statuses().stream().map(PlanStatus::name).sorted().toArray(String[]::new));
        }
        switch (query.review()) {
            case OVERDUE -> {
                sql.append(" AND p.next_review_due < ?");
                values.add(today);
            }
            case DUE_WITHIN_30_DAYS -> {
                sql.append(" AND p.next_review_due BETWEEN ? AND ?");
                values.add(today);
                values.add(today.plusDays(30));
            }
            case ANY -> { }
        }
        sql.append(" ORDER BY p.updated_at DESC, p.id");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            List<PlanSummary> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = (r.getString(2) + " " + r.getString(3)).strip();
                    String nhs = r.getString(4);
                    out.add(new PlanSummary(r.getObject(1, UUID.class), name, nhs == null ? "" : nhs,
                            PlanStatus.valueOf(r.getString(5)), r.getInt(6),
                            r.getObject(7, OffsetDateTime.class).toInstant(), r.getObject(8, LocalDate.class)));
                }
            }
            return out;
        }
    }

    /** A search word as a LIKE literal: its own % and _ match only themselves. */
    static String likeLiteral(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
