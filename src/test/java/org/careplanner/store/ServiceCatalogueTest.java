package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoreHasTheDefaultCatalogueWithASourceForEveryPrice() {
        try (LocalStore store = TestStores.open(dir)) {
            List<CatalogueEntry> entries = store.catalogue().entries();
            assertThat(entries).hasSizeBetween(30, 45);
            assertThat(entries).allSatisfy(e -> assertThat(e.source()).isNotBlank());
            // The Homecare Association's minimum price for 2025/26 is £32.14 an hour.
            assertThat(store.catalogue().entry("HC-HOUR")).get().extracting(CatalogueEntry::unitPrice)
                    .isEqualTo(Money.parse("32.14"));
            // GOV.UK: the National Living Wage from 1 April 2026 is £12.71.
            assertThat(store.catalogue().entry("PA-HOUR-NLW")).get().extracting(CatalogueEntry::unitPrice)
                    .isEqualTo(Money.parse("12.71"));
        }
    }

    @Test
    void everyExcludedServiceFallsUnderTheDomainsExclusionList() {
        try (LocalStore store = TestStores.open(dir)) {
            List<CatalogueEntry> excluded = store.catalogue().entries().stream().filter(CatalogueEntry::excluded).toList();
            assertThat(excluded).isNotEmpty();
            assertThat(excluded).allSatisfy(e -> assertThat(ExclusionList.DEFAULT.match(e.category())).isPresent());
            List<CatalogueEntry> allowed = store.catalogue().entries().stream().filter(e -> !e.excluded()).toList();
            assertThat(allowed).allSatisfy(e -> assertThat(ExclusionList.DEFAULT.match(e.category())).isEmpty());
        }
    }

    @Test
    void theCatalogueDocumentListsEverySeededPrice() throws IOException {
        String doc = Files.readString(Path.of("docs", "service-catalogue.md"));
        try (LocalStore store = TestStores.open(dir)) {
            assertThat(store.catalogue().entries()).allSatisfy(e ->
                    assertThat(doc).contains("| `" + e.code() + "` |").contains(e.unitPrice().format()));
        }
    }

    @Test
    void exportThenImportGivesTheSameCatalogue() {
        try (LocalStore store = TestStores.open(dir)) {
            store.catalogue().saveEntry(new CatalogueEntry("LOCAL-1", "=HYPERLINK(\"http://x\")", "Activities",
                    "session", Money.parse("12.00"), "", false, "+local, \"quoted\"\nsecond line"));
            List<CatalogueEntry> before = store.catalogue().entries();
            String csv = store.catalogue().exportCsv();
            try (LocalStore other = TestStores.open(dir.resolve("other"))) {
                CatalogueCsv.Parsed parsed = other.catalogue().importCsv(new StringReader(csv));
                assertThat(parsed.problems()).isEmpty();
                assertThat(other.catalogue().entries()).isEqualTo(before);
            }
        }
    }

    @Test
    void aFileWithABadRowChangesNothingAndEveryBadRowIsReported() {
        String csv = "code,name,category,unit,unit_price,evidence_note,excluded,source\r\n"
                + "HC-HOUR,Home care,Personal care,hour,40.00,,no,local rate\r\n"       // row 2: fine
                + "NEW-1,,Activities,session,12.00,,no,\r\n"                           // row 3: no name
                + "NEW-2,Swim,Activities,session,twelve,,maybe,\r\n"                  // row 4: price, excluded
                + "HC-HOUR,Again,Personal care,hour,1.00,,no,\r\n"                    // row 5: duplicate code
                + "NEW-3,Short row\r\n"                                              // row 6: too few cells
                + "NEW-4," + "x".repeat(201) + ",Activities,session,1.00,,no,\r\n";  // row 7: name too long
        try (LocalStore store = TestStores.open(dir)) {
            List<CatalogueEntry> before = store.catalogue().entries();
            CatalogueCsv.Parsed parsed = store.catalogue().importCsv(new StringReader(csv));
            assertThat(parsed.isOk()).isFalse();
            assertThat(parsed.problems()).extracting(CatalogueCsv.RowProblem::row).containsExactly(3, 4, 4, 5, 6, 7);
            assertThat(parsed.problems()).extracting(CatalogueCsv.RowProblem::column)
                    .containsExactly("name", "unit_price", "excluded", "code", "", "name");
            assertThat(store.catalogue().entries()).isEqualTo(before);
            assertThat(store.catalogue().entry("HC-HOUR").orElseThrow().unitPrice()).isEqualTo(Money.parse("32.14"));
        }
    }

    @Test
    void aGoodFileAddsAndReplacesServicesAndKeepsTheRest() {
        String csv = "\uFEFFcode,name,category,unit,unit_price,evidence_note,excluded,source\r\n"
                + "HC-HOUR,Home care (local rate),Personal care,hour,£35.50,,no,Example ICB rates 2026\r\n"
                + "LOCAL-SWIM,Swimming,Activities,session,4.20,,no,Example leisure centre\r\n";
        try (LocalStore store = TestStores.open(dir)) {
            int before = store.catalogue().entries().size();
            assertThat(store.catalogue().importCsv(new StringReader(csv)).isOk()).isTrue();
            assertThat(store.catalogue().entries()).hasSize(before + 1);
            assertThat(store.catalogue().entry("HC-HOUR").orElseThrow().unitPrice()).isEqualTo(Money.parse("35.50"));
            assertThat(store.catalogue().entry("LOCAL-SWIM").orElseThrow().name()).isEqualTo("Swimming");
        }
    }
}
