package org.careplanner.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.domain.SignerRole;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.careplanner.print.InstalledFonts;
import org.careplanner.print.PlanDocument;
import org.careplanner.print.PrintSize;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan signed through the signing service, printed, and read back with PDFBox. Totals for
 * docs/examples/pa-two-streams-plan.json by hand (docs/examples/README.md): total 19,953.48 against an allocation of
 * 21,000.00 with 500.00 contingency inside it: left over 21,000.00 − 500.00 − 19,953.48 = 546.52.
 */
class SignedPlanPdfTest {

    @TempDir
    Path dir;

    @Test
    void theSignedPlanOnPaperShowsThePersonTheTotalsAndTheHashOnEveryPage() throws Exception {
        Plan signed;
        try (LocalStore store = LocalStore.open(new DataFolder(dir), org.careplanner.store.TestStores.defaults()
                .withClock(SigningFixtures.CLOCK))) {
            Plan draft = store.plans().saveVersion(SigningFixtures.example("pa-two-streams-plan.json"));
            signed = new PlanSigning(store.plans(), SigningFixtures.CHECKS, SigningFixtures.CLOCK).sign(draft, List.of(
                    PlanSigning.drawn(SignerRole.PERSON, "Jo Sample", SigningFixtures.scribble()),
                    PlanSigning.drawn(SignerRole.BROKER, "Bea Broker", SigningFixtures.scribble())))
                    .signed().orElseThrow();
        }
        var assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT)
                .assess(signed, LocalDate.now(SigningFixtures.CLOCK));
        byte[] pdf = new PlanDocument(signed, assessment).toPdf(PrintSize.STANDARD);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/signed-through-service.pdf"), pdf);
        String fingerprint = signed.signedHash().substring(0, 12);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Jo Sample", "£19,953.48", "£21,000.00", "£546.52", "Bea Broker",
                    "10 March 2026");
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains(fingerprint)
                        .doesNotContain(signed.signedHash().substring(0, 13)).doesNotContain("not signed yet");
            }
            int images = 0;
            for (var page : doc.getPages()) {
                for (var ignored : page.getResources().getXObjectNames()) {
                    images++;
                }
            }
            assertThat(images).as("both drawn signatures").isEqualTo(2);
        }
    }

    @Test
    void theFontsAPlanIsPrintedWithDoNotTouchItsSigningHash() throws Exception {
        // The hash is over the plan's canonical form, not the PDF (ADR 0008): a Punjabi name printed in an installed
        // font on one laptop and as white squares on another is the same signed plan, verified the same (ADR 0036).
        String gurmukhi = "\u0a38\u0a2e\u0a30\u0a28";
        Plan signed;
        try (LocalStore store = LocalStore.open(new DataFolder(dir.resolve("store")),
                org.careplanner.store.TestStores.defaults().withClock(SigningFixtures.CLOCK))) {
            Plan example = SigningFixtures.example("pa-two-streams-plan.json");
            var p = example.person();
            Plan draft = store.plans().saveVersion(example.edit().person(new org.careplanner.domain.Person(gurmukhi,
                    p.familyName(), "", p.dateOfBirth(), p.nhsNumber(), p.address(), p.phone(), p.communicationNeeds(),
                    p.representative())).done());
            signed = new PlanSigning(store.plans(), SigningFixtures.CHECKS, SigningFixtures.CLOCK).sign(draft, List.of(
                    PlanSigning.drawn(SignerRole.PERSON, gurmukhi + " Sample", SigningFixtures.scribble())))
                    .signed().orElseThrow();
        }
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        try (var in = SignedPlanPdfTest.class.getResourceAsStream(
                "/org/careplanner/print/fixture-fonts/Lohit-Gurmukhi.ttf")) {
            Files.copy(in, fonts.resolve("Lohit-Gurmukhi.ttf"));
        }
        var assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT)
                .assess(signed, LocalDate.now(SigningFixtures.CLOCK));
        var withFont = new PlanDocument(signed, assessment, InstalledFonts.in(List.of(fonts))).print(PrintSize.STANDARD);
        var without = new PlanDocument(signed, assessment,
                InstalledFonts.in(List.of(Files.createDirectories(dir.resolve("no-fonts"))))).print(PrintSize.STANDARD);

        assertThat(withFont.complete()).isTrue();
        assertThat(without.unprintableIn()).contains("Name");
        String fingerprint = signed.signedHash().substring(0, 12);
        for (byte[] pdf : List.of(withFont.pdf(), without.pdf())) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Signed plan fingerprint: " + fingerprint);
            }
        }
        assertThat(new org.careplanner.exchange.SignedContent().check(signed).isUnchanged()).isTrue();
    }
}
