package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the latest version of each plan. "Today" is 1 May 2026 (TestStores.CLOCK). */
class PlanSearchTest {

    static final UUID ZOE = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID NGUYEN = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    static final UUID OBRIEN = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    static final UUID ZHANG = UUID.fromString("00000000-0000-4000-8000-0000000000a4");

    /** Review dates by plan: the review rule under test is just this table. */
    static final Map<UUID, LocalDate> DUE = Map.of(
            ZOE, LocalDate.of(2026, 4, 30),      // yesterday: overdue
            NGUYEN, LocalDate.of(2026, 5, 1),    // today: due, not overdue
            OBRIEN, LocalDate.of(2026, 5, 31));  // in 30 days: due soon
    // ZHANG has no review date.

    @TempDir
    static Path dir;
    static LocalStore store;

    @BeforeAll
    static void fill() {
        store = TestStores.open(dir, plan -> DUE.get(plan.id()));
        store.plans().saveVersion(StorePlans.draft(ZOE, StorePlans.person("Zoë", "Testperson", StorePlans.NHS_ZOE)));
        store.plans().saveVersion(StorePlans.draft(NGUYEN, StorePlans.person("Thị Hoa", "Nguyễn Example",
                StorePlans.NHS_NGUYEN)).withStatus(PlanStatus.AGREED));
        Plan obrien = StorePlans.draft(OBRIEN, StorePlans.person("Siobhán", "O'Brien", null));
        store.plans().saveVersion(obrien.withStatus(PlanStatus.AGREED));
        store.plans().saveVersion(StorePlans.signed(obrien.withStatus(PlanStatus.AGREED)));
        store.plans().saveVersion(StorePlans.draft(ZHANG, new Person("Wei", "Zhang 张", "", null, null, "", "", "",
                null)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<UUID> found(PlanSearch query) {
        return store.plans().search(query).stream().map(PlanSummary::planId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void namesMatchPartlyInAnyCaseWithOrWithoutAccents() {
        assertThat(found(PlanSearch.forText("zoë"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("ZOE"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("test"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("Nguyễn"))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.forText("nguyen"))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.forText("thi hoa"))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.forText("张"))).containsExactly(ZHANG);
    }

    @Test
    void aNameIsFoundByAnyPartOfItsWordsWithOrWithoutAccents() {
        assertThat(found(PlanSearch.forText("zo"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("oë"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("OE"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("guyen"))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.forText("th ngu"))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.forText("brien"))).containsExactly(OBRIEN);
        assertThat(found(PlanSearch.forText("o’b"))).containsExactly(OBRIEN);
        // A word typed is matched within one word of the name, never across the space between two.
        assertThat(found(PlanSearch.forText("zoetest"))).isEmpty();
        assertThat(found(PlanSearch.forText("nz"))).isEmpty();
    }

    @Test
    void aChangedNameIsFoundByItsNewWordsOnly(@TempDir Path other) {
        try (LocalStore store = TestStores.open(other.resolve("store"))) {
            Plan first = StorePlans.draft(ZOE, StorePlans.person("Zoë", "Testperson", null));
            store.plans().saveVersion(first);
            // The draft saved again with the name changed (it replaces the draft, as the editor's saves do).
            store.plans().saveVersion(StorePlans.draft(ZOE, StorePlans.person("Zoë", "Smith-Ávila", null)));
            assertThat(store.plans().search(PlanSearch.forText("testperson"))).isEmpty();
            assertThat(store.plans().search(PlanSearch.forText("avila zoe"))).extracting(PlanSummary::planId)
                    .containsExactly(ZOE);
            assertThat(store.plans().search(PlanSearch.forText("smith"))).extracting(PlanSummary::planId)
                    .containsExactly(ZOE);
        }
    }

    @Test
    void apostrophesMatchWhicheverWayTheyAreTyped() {
        assertThat(found(PlanSearch.forText("O'Brien"))).containsExactly(OBRIEN);
        assertThat(found(PlanSearch.forText("o’brien"))).containsExactly(OBRIEN);
        assertThat(found(PlanSearch.forText("siobhan"))).containsExactly(OBRIEN);
    }

    @Test
    void everyWordMustMatchInAnyOrder() {
        assertThat(found(PlanSearch.forText("testperson zoe"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("zoe brien"))).isEmpty();
    }

    @Test
    void likeWildcardsInTheSearchTextMatchOnlyThemselves() {
        assertThat(found(PlanSearch.forText("%"))).isEmpty();
        assertThat(found(PlanSearch.forText("_"))).isEmpty();
    }

    @Test
    void nhsNumbersMatchWithOrWithoutSpaces() {
        assertThat(found(PlanSearch.forText("943 476 5919"))).containsExactly(ZOE);
        assertThat(found(PlanSearch.forText("4010232137"))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.forText("401 023"))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.forText("1234567890"))).isEmpty();
    }

    @Test
    void statusIsTheLatestVersionsStatus() {
        assertThat(found(PlanSearch.everything().withStatuses(Set.of(PlanStatus.DRAFT)))).containsExactlyInAnyOrder(ZOE, ZHANG);
        assertThat(found(PlanSearch.everything().withStatuses(Set.of(PlanStatus.AGREED)))).containsExactly(NGUYEN);
        assertThat(found(PlanSearch.everything().withStatuses(Set.of(PlanStatus.SIGNED, PlanStatus.AGREED))))
                .containsExactlyInAnyOrder(NGUYEN, OBRIEN);
    }

    @Test
    void reviewDueFindsOverdueAndTheNext30Days() {
        assertThat(found(PlanSearch.everything().withReview(PlanSearch.ReviewWindow.OVERDUE))).containsExactly(ZOE);
        assertThat(found(PlanSearch.everything().withReview(PlanSearch.ReviewWindow.DUE_WITHIN_30_DAYS)))
                .containsExactlyInAnyOrder(NGUYEN, OBRIEN);
    }

    @Test
    void partsOfASearchCombine() {
        assertThat(found(PlanSearch.forText("o'brien").withStatuses(Set.of(PlanStatus.DRAFT)))).isEmpty();
        assertThat(found(PlanSearch.forText("nguyen").withReview(PlanSearch.ReviewWindow.DUE_WITHIN_30_DAYS)))
                .containsExactly(NGUYEN);
    }

    @Test
    void reviewDatesAreRecomputedWithTheRuleInForceWhenAsked(@TempDir Path other) {
        Path folder = other.resolve("store");
        try (LocalStore first = TestStores.open(folder)) {
            first.plans().saveVersion(StorePlans.draft(ZOE, StorePlans.person("Zoë", "Testperson", null)));
            assertThat(first.plans().homeList().get(0).nextReviewDue()).isNull();
        }
        try (LocalStore later = TestStores.open(folder, plan -> LocalDate.of(2026, 4, 1))) {
            assertThat(later.plans().refreshReviewDates()).isEqualTo(1);
            assertThat(later.plans().refreshReviewDates()).isZero();
            assertThat(later.plans().search(PlanSearch.everything().withReview(PlanSearch.ReviewWindow.OVERDUE)))
                    .extracting(PlanSummary::planId).containsExactly(ZOE);
        }
    }

    @Test
    void theHomeListShowsEveryPlansLatestVersion() {
        var rows = store.plans().homeList();
        assertThat(rows).hasSize(4);
        PlanSummary obrien = rows.stream().filter(r -> r.planId().equals(OBRIEN)).findFirst().orElseThrow();
        assertThat(obrien.personName()).isEqualTo("Siobhán O'Brien");
        assertThat(obrien.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(obrien.version()).isEqualTo(1);
        assertThat(obrien.nextReviewDue()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(obrien.updatedAt()).isEqualTo(TestStores.CLOCK.instant());
        PlanSummary zoe = rows.stream().filter(r -> r.planId().equals(ZOE)).findFirst().orElseThrow();
        assertThat(zoe.nhsNumber()).isEqualTo("9434765919");
    }
}
