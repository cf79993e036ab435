package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.exchange.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTransferTest {

    static final UUID ZOE = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID NGUYEN = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    static final List<String> TABLES = List.of("person", "plan", "plan_version", "outcome", "support_line",
            "support_line_outcome", "risk", "signature", "service", "audit_event");

    @TempDir
    Path dir;

    private final PlanFile planFile = new PlanFile();

    private void fill(LocalStore store) {
        Plan zoe = StorePlans.draft(ZOE, StorePlans.person("Zoë", "Testperson", StorePlans.NHS_ZOE));
        store.plans().saveVersion(zoe.withStatus(PlanStatus.AGREED));
        Plan signed = StorePlans.signed(zoe.withStatus(PlanStatus.AGREED));
        store.plans().saveVersion(signed);
        store.plans().saveVersion(signed.nextDraftVersion(Instant.parse("2026-04-25T08:00:00Z")));
        store.plans().saveVersion(StorePlans.draft(NGUYEN, StorePlans.person("Thị Hoa", "Nguyễn Example",
                StorePlans.NHS_NGUYEN)));
    }

    static Map<String, Integer> rowCounts(Path folder) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(folder), StoreUrl.USER, TestStores.password(folder));
             Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getInt(1));
                }
            }
        }
        return counts;
    }

    @Test
    void exportingEveryPlanImportingIntoAnEmptyStoreAndExportingAgainGivesTheSameBytes() {
        String first;
        try (LocalStore store = TestStores.open(dir.resolve("a"))) {
            fill(store);
            first = store.transfer().exportAll();
        }
        try (LocalStore empty = TestStores.open(dir.resolve("b"))) {
            ImportReport report = empty.transfer().importText(first);
            assertThat(report.problems()).isEmpty();
            assertThat(report.versions()).extracting(ImportedVersion::result)
                    .containsOnly(ImportedVersion.Result.ADDED_NEW_PLAN);
            assertThat(empty.transfer().exportAll()).isEqualTo(first);
            assertThat(empty.plans().latest(ZOE).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void aFileWithAnyProblemChangesNothingInTheStore() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            fill(store);
        }
        Map<String, Integer> before = rowCounts(dir);
        Plan good = StorePlans.draft(UUID.randomUUID(), StorePlans.person("Siobhán", "O'Brien", null));
        String bundle = planFile.writeBundle(List.of(good, good.withStatus(PlanStatus.DRAFT)));
        // Break the second plan only: the first is fine, yet must not be imported either.
        int second = bundle.lastIndexOf("\"unitPrice\"");
        String broken = bundle.substring(0, second) + "\"unitPrice\": \"lots\"," + bundle.substring(
                bundle.indexOf('\n', second) + 1);
        try (LocalStore store = TestStores.open(dir)) {
            ImportReport report = store.transfer().importText(broken);
            assertThat(report.isImported()).isFalse();
            assertThat(report.problems()).isNotEmpty();
            assertThat(report.problems()).allSatisfy(p -> assertThat(p.field()).startsWith("$.plans[1]"));
            assertThat(store.plans().latest(good.id())).isEmpty();
        }
        assertThat(rowCounts(dir)).isEqualTo(before);
    }

    @Test
    void aSignedPlanThatBreaksTheDomainRulesIsRefusedWithEveryProblem() throws SQLException {
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().homeList();
        }
        Map<String, Integer> before = rowCounts(dir);
        // Signed, yet its support line serves no outcome and it has no allocation (blocking problems).
        Plan draft = StorePlans.draft(UUID.randomUUID(), StorePlans.person("Zoë", "Testperson", null));
        Plan bad = StorePlans.signed(draft.withBudget(org.careplanner.domain.Budget.annual(
                org.careplanner.domain.Money.ZERO, java.time.LocalDate.of(2026, 4, 1))).withSupportLines(List.of(org.careplanner.domain.SupportLine.priced("l9",
                "Taxi", "Transport", org.careplanner.domain.Money.parse("10.00"), java.math.BigDecimal.ONE,
                org.careplanner.domain.Frequency.PER_WEEK, "s1", List.of()))));
        try (LocalStore store = TestStores.open(dir)) {
            ImportReport report = store.transfer().importText(planFile.write(bad));
            assertThat(report.isImported()).isFalse();
            assertThat(report.problems()).extracting(org.careplanner.domain.Problem::field)
                    .containsExactlyInAnyOrder("$.plan.budget.allocation", "$.plan.supportLines[0].outcomeIds");
            assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).contains("is marked signed"));
        }
        assertThat(rowCounts(dir)).isEqualTo(before);
    }

    @Test
    void importingAPlanTheStoreHasAddsNewerVersionsAndReportsConflictsWithoutOverwriting() {
        Plan zoe = StorePlans.draft(ZOE, StorePlans.person("Zoë", "Testperson", null));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(zoe);
            Plan changedV1 = zoe.withStatus(PlanStatus.AGREED);
            Plan v2 = StorePlans.signed(changedV1).nextDraftVersion(Instant.parse("2026-04-26T08:00:00Z"));
            Plan other = StorePlans.draft(NGUYEN, StorePlans.person("Nguyễn", "Example", null));

            ImportReport report = store.transfer().importText(planFile.writeBundle(List.of(changedV1, v2, other)));

            assertThat(report.problems()).isEmpty();
            assertThat(report.versions()).containsExactlyInAnyOrder(
                    new ImportedVersion(ZOE, 1, ImportedVersion.Result.NOT_IMPORTED, 1),
                    new ImportedVersion(ZOE, 2, ImportedVersion.Result.ADDED_NEWER_VERSION, 1),
                    new ImportedVersion(NGUYEN, 1, ImportedVersion.Result.ADDED_NEW_PLAN, 0));
            assertThat(report.conflicts()).hasSize(2);
            assertThat(store.plans().version(ZOE, 1)).contains(zoe);
            assertThat(store.plans().latest(ZOE)).contains(v2);

            ImportReport again = store.transfer().importText(planFile.write(other));
            assertThat(again.versions()).extracting(ImportedVersion::result)
                    .containsExactly(ImportedVersion.Result.ALREADY_STORED);
            assertThat(again.conflicts()).isEmpty();
        }
    }

    @Test
    void aSinglePlanExportIsAPlanFileThatReadsBackEqual() {
        try (LocalStore store = TestStores.open(dir)) {
            fill(store);
            String file = store.transfer().exportPlans(List.of(NGUYEN));
            assertThat(file).contains("\"careplanner-plan\"");
            assertThat(planFile.read(file).onlyPlan()).isEqualTo(store.plans().latest(NGUYEN).orElseThrow());
            assertThat(store.transfer().exportPlans(List.of(ZOE, NGUYEN))).contains("\"careplanner-bundle\"");
        }
    }

    @Test
    void theCostingCsvHasALineARowWithFormulasDefused() {
        try (LocalStore store = TestStores.open(dir)) {
            fill(store);
            String csv = store.transfer().costingCsv(List.of(NGUYEN));
            List<List<String>> rows = SpreadsheetCsv.read(new java.io.StringReader(csv));
            assertThat(rows.get(0)).isEqualTo(CostingCsv.HEADER);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1)).containsSubsequence(NGUYEN.toString(), "1", "DRAFT", "Thị Hoa Nguyễn Example", "l1");
            assertThat(rows.get(1)).contains("32.50", "7.5", "PER_WEEK", "NHS continuing healthcare");
            // The description 'Swimming, "=SUM(A1)" pass' starts with S, so needs no apostrophe; the cell is quoted.
            assertThat(csv).contains("\"Swimming, \"\"=SUM(A1)\"\" pass\"");
        }
    }
}
