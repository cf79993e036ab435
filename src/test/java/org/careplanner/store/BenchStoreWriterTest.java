package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careplanner.bench.MadeUpPlans;
import org.careplanner.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's fast store writer (ADR 0019) writes exactly what the store's own import writes: a small store made
 * each way from the same made-up plans, with the same clock, holds the same rows in every table (the person rows'
 * random ids aside), and the fast one passes the store's check and opens in the store.
 */
class BenchStoreWriterTest {

    /** A review rule that depends on the plan (the latest version's line count), so a wrong version shows. */
    private static final NextReviewDate RULE = plan -> LocalDate.of(2027, 1, 1).plusDays(plan.supportLines().size());

    private static List<List<Plan>> plans(int people) {
        MadeUpPlans made = new MadeUpPlans(5);
        List<List<Plan>> out = new ArrayList<>();
        for (int n = 1; n <= people; n++) {
            List<Plan> versions = new ArrayList<>();
            Plan plan = made.firstVersion(n, 12, Instant.parse("2025-04-01T09:00:00Z").plusSeconds(n * 60L));
            versions.add(plan);
            for (int v = 2; v <= 4; v++) {
                plan = made.nextVersion(plan, plan.updatedAt().plusSeconds(86_400L * 30));
                versions.add(plan);
            }
            out.add(versions);
        }
        return out;
    }

    @Test
    void aStoreWrittenInBatchesHoldsTheSameRowsAsOneImportedThroughTheStore(@TempDir Path dir) throws Exception {
        List<List<Plan>> plans = plans(7);
        StoreSettings settings = TestStores.settings().withNextReviewDate(RULE);

        Path imported = dir.resolve("imported");
        try (LocalStore store = LocalStore.open(new DataFolder(imported), settings)) {
            store.plans().importVersions(plans.stream().flatMap(List::stream).toList());
        }
        Path written = dir.resolve("written");
        try (BenchStoreWriter writer = BenchStoreWriter.open(written, settings)) {
            // Two transactions, so the audit chain is carried on from one to the next.
            writer.write(writer.prepare(plans.subList(0, 3)));
            writer.write(writer.prepare(plans.subList(3, 7)));
            assertThat(writer.planCount()).isEqualTo(7);
        }

        Map<String, List<String>> expected;
        try (LocalStore store = LocalStore.open(new DataFolder(imported), settings)) {
            expected = store.database().read(BenchStoreWriterTest::rows);
        }
        try (LocalStore store = LocalStore.open(new DataFolder(written), settings)) {
            Map<String, List<String>> actual = store.database().read(BenchStoreWriterTest::rows);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            for (String table : expected.keySet()) {
                assertThat(actual.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
            }
            // 7 people, 28 versions, two audit rows for each version.
            assertThat(actual.get("PERSON")).hasSize(7);
            assertThat(actual.get("PLAN_VERSION")).hasSize(28);
            assertThat(actual.get("AUDIT_EVENT")).hasSize(56);

            CheckReport report = store.check();
            assertThat(report.problems()).isEmpty();
            assertThat(report.warnings()).isEmpty();
            assertThat(report.isClean()).isTrue();
            Plan last = plans.get(6).get(3);
            assertThat(store.plans().latest(last.id())).contains(last);
            assertThat(store.plans().homeList()).hasSize(7);
        }
    }

    /**
     * Every table's rows as text, sorted, with each person's random id replaced by the id of the person's plan;
     * Flyway's own table left out (it records when and how fast each migration ran).
     */
    private static Map<String, List<String>> rows(Connection c) throws SQLException {
        Map<String, String> personToPlan = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT person_id, id FROM plan"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                personToPlan.put(r.getString(1), "person-of-" + r.getString(2));
            }
        }
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (!r.getString(1).equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(r.getString(1));
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM \"" + table + "\"");
                 ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = r.getString(i);
                        row.append(meta.getColumnName(i)).append('=')
                                .append(personToPlan.getOrDefault(value, value)).append(" | ");
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            out.put(table.toUpperCase(java.util.Locale.ROOT), rows);
        }
        return out;
    }
}
