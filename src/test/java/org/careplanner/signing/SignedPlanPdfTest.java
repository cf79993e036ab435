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
import org.careplanner.print.PlanDocument;
import org.careplanner.print.PrintSize;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreSettings;
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
        try (LocalStore store = LocalStore.open(new DataFolder(dir), StoreSettings.defaults()
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
}
