package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.Money;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.SupportLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStoreTest {

    @TempDir
    Path dir;

    private final UUID id = UUID.fromString("6a1d3c2e-0000-4000-8000-00000000a001");
    /** Zoë's plan, a draft; and the same plan signed (as version 1: no draft saved before it). */
    private final Plan zoeDraft = StorePlans.draft(id, StorePlans.person("Zoë", "Testperson", null));
    private final Plan zoeSigned = StorePlans.signed(zoeDraft);

    @Test
    void aSavedPlanReadsBackIdenticalAfterTheStoreIsClosedAndOpenedAgain() {
        Plan draft = StorePlans.draft(id, StorePlans.person("Zoë", "Testperson", StorePlans.NHS_ZOE));
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.plans().saveVersion(draft)).isEqualTo(draft);
        }
        try (LocalStore reopened = TestStores.open(dir)) {
            assertThat(reopened.plans().latest(id)).contains(draft);
            assertThat(reopened.plans().version(id, 1)).contains(draft);
            assertThat(reopened.plans().version(id, 2)).isEmpty();
            assertThat(reopened.plans().latest(UUID.randomUUID())).isEmpty();
        }
    }

    @Test
    void longTextAsThePlanFormatAllowsIsSavedAndFound() {
        // Longer than any field the editor or a plan file allows (TextLimits): the store itself must not cut or refuse it.
        String longName = "Ó".repeat(300);
        String longDescription = "Help at home, ".repeat(800);
        Plan draft = StorePlans.draft(id, StorePlans.person("Zoë", longName, null));
        SupportLine line = draft.supportLines().get(0);
        Plan plan = draft.withSupportLines(List.of(new SupportLine(line.id(), longDescription, line.provider(),
                line.providerName(), line.category(), line.catalogueCode(), line.unitPrice(), line.unit(),
                line.quantity(), line.frequency(), line.when(), line.fundingStreamId(), line.outcomeIds(), null, null,
                null)));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(plan);
            assertThat(store.plans().latest(id)).contains(plan);
            assertThat(store.plans().search(PlanSearch.forText("ooo"))).extracting(PlanSummary::planId).containsExactly(id);
        }
    }

    @Test
    void savingADraftAgainReplacesItAndKeepsOneVersion() {
        Plan draft = zoeDraft;
        Plan edited = draft.withBudget(org.careplanner.domain.Budget.annual(Money.parse("26000.00"), java.time.LocalDate.of(2026, 4, 1)));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(draft);
            store.plans().saveVersion(edited);
            assertThat(store.plans().latest(id)).contains(edited);
            assertThat(store.plans().history(id)).extracting(VersionInfo::version).containsExactly(1);
        }
    }

    @Test
    void historyKeepsEveryVersionWithItsStatusAndAContentHash() {
        Plan draft = zoeDraft;
        Plan signed = StorePlans.signed(draft.withStatus(PlanStatus.AGREED));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(draft);
            store.plans().saveVersion(draft.withStatus(PlanStatus.AGREED));
            store.plans().saveVersion(signed);
            Plan second = store.plans().saveVersion(signed.nextDraftVersion(Instant.parse("2026-04-25T08:00:00Z")));

            List<VersionInfo> history = store.plans().history(id);
            assertThat(history).extracting(VersionInfo::version).containsExactly(1, 2);
            assertThat(history).extracting(VersionInfo::status).containsExactly(PlanStatus.SIGNED, PlanStatus.DRAFT);
            assertThat(history).extracting(VersionInfo::sealed).containsExactly(true, false);
            assertThat(history.get(0).contentHash()).matches("[0-9a-f]{64}");
            assertThat(store.plans().version(id, 1)).contains(signed);
            assertThat(store.plans().latest(id)).contains(second);
            assertThat(second.version()).isEqualTo(2);
        }
    }

    @Test
    void changingASignedVersionStoresTheChangeAsANewDraftAndLeavesTheSignedOneAsItWas() {
        Plan signed = zoeSigned;
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(signed);
            SupportLine extra = SupportLine.priced("l3", "Taxi to the day centre", "Transport", Money.parse("12.00"),
                    java.math.BigDecimal.valueOf(2), org.careplanner.domain.Frequency.PER_WEEK, "s1", List.of("o1"));
            Plan edited = signed.withSupportLines(append(signed.supportLines(), extra));

            Plan saved = store.plans().saveVersion(edited);

            assertThat(saved.version()).isEqualTo(2);
            assertThat(saved.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(saved.signatures()).isEmpty();
            assertThat(saved.supportLines()).hasSize(3);
            assertThat(store.plans().version(id, 1)).contains(signed);
            assertThat(store.plans().latest(id)).contains(saved);
        }
    }

    @Test
    void savingASignedVersionUnchangedAddsNoVersion() {
        Plan signed = zoeSigned;
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(signed);
            assertThat(store.plans().saveVersion(signed)).isEqualTo(signed);
            assertThat(store.plans().history(id)).hasSize(1);
        }
    }

    @Test
    void aSignedVersionMayBeApprovedWithoutChangingItsContent() {
        Plan signed = zoeSigned;
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(signed);
            Plan approved = store.plans().saveVersion(signed.withStatus(PlanStatus.APPROVED));
            assertThat(approved.version()).isEqualTo(1);
            assertThat(store.plans().latest(id)).contains(signed.withStatus(PlanStatus.APPROVED));
            assertThat(store.plans().history(id)).extracting(VersionInfo::status).containsExactly(PlanStatus.APPROVED);
        }
    }

    @Test
    void aStatusMoveTheLifecycleDoesNotAllowIsRefused() {
        Plan draft = zoeDraft;
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(draft);
            // DRAFT -> SIGNED skips agreement.
            assertThatThrownBy(() -> store.plans().saveVersion(StorePlans.signed(draft)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("draft straight to signed");
            assertThat(store.plans().latest(id)).contains(draft);
        }
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsAConflictAndChangesNothing() {
        Plan signed = zoeSigned;
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(signed);
            Plan second = store.plans().saveVersion(signed.nextDraftVersion(Instant.parse("2026-04-25T08:00:00Z")));
            Plan third = second.withStatus(PlanStatus.AGREED);
            Plan skipping = new Plan(id, 5, PlanStatus.DRAFT, null, null, signed.person(), null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null);

            assertThatThrownBy(() -> store.plans().saveVersion(signed.withStatus(PlanStatus.DRAFT)))
                    .isInstanceOf(VersionConflictException.class);
            assertThatThrownBy(() -> store.plans().saveVersion(skipping)).isInstanceOf(VersionConflictException.class);
            assertThat(store.plans().saveVersion(third)).isEqualTo(third);
            assertThat(store.plans().history(id)).hasSize(2);
        }
    }

    @Test
    void theDatabaseItselfRefusesADirectChangeToASignedVersion() throws SQLException {
        Plan signed = zoeSigned;
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(signed);
        }
        try (Connection c = DriverManager.getConnection(StoreUrl.forFolder(dir), StoreUrl.USER, TestStores.password(dir))) {
            assertRefused(c, "UPDATE plan_version SET document = 'tampered' WHERE plan_id = ?");
            assertRefused(c, "UPDATE plan_version SET sealed = FALSE WHERE plan_id = ?");
            assertRefused(c, "UPDATE plan_version SET status = 'DRAFT' WHERE plan_id = ?");
            assertRefused(c, "DELETE FROM plan_version WHERE plan_id = ?");
            assertRefused(c, "UPDATE support_line SET unit_price_pence = 1 WHERE plan_id = ?");
            assertRefused(c, "DELETE FROM signature WHERE plan_id = ?");
            assertRefused(c, "INSERT INTO risk (plan_id, version, position, risk_id, description) "
                    + "VALUES (?, 1, 9, 'r9', 'added later')");
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM support_line WHERE plan_id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertThat(r.getInt(1)).isEqualTo(2);
                }
            }
        }
        try (LocalStore reopened = TestStores.open(dir)) {
            assertThat(reopened.plans().latest(id)).contains(signed);
        }
    }

    private void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, id);
                s.executeUpdate();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining(SealedVersionGuard.REFUSED_MESSAGE);
    }

    @Test
    void everySaveIsInTheAuditLogByIdWithNoNames() {
        Plan draft = StorePlans.draft(id, StorePlans.person("Zoë", "Testperson", StorePlans.NHS_ZOE));
        try (LocalStore store = TestStores.open(dir)) {
            store.plans().saveVersion(draft);
            store.plans().saveVersion(draft.withStatus(PlanStatus.AGREED));
            List<AuditLog.Event> events = store.audit().forEntity("plan", id.toString());
            assertThat(events).extracting(AuditLog.Event::action)
                    .containsExactly("plan.created", "plan.status.changed");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.occurredAt()).isEqualTo(TestStores.CLOCK.instant());
                assertThat(e.detail() + e.entityId() + e.actor())
                        .doesNotContain("Zoë", "Testperson", StorePlans.NHS_ZOE);
            });
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        var out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }
}
