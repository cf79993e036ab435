package org.careplanner.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.AllocationStage;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Frequency;
import org.careplanner.domain.Money;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.domain.PlanStatus;
import org.careplanner.domain.Signature;
import org.careplanner.domain.SignatureMethod;
import org.careplanner.domain.SignerRole;
import org.careplanner.domain.SupportLine;
import org.careplanner.exchange.PlanFile;
import org.careplanner.pricing.PlanAssessment;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed plan, read back with PDFBox's own text extraction: what a person holding the paper would see.
 *
 * <p>Figures for docs/examples/pa-two-streams-plan.json, by hand (docs/examples/README.md), at 2025/26 rates:
 * PA pay 13.00 × 20 × 52 = 13,520.00; holiday 13.00 × 20 × 5.6 = 1,456.00; employer's NI
 * 15% × (14,976.00 − 5,000.00) = 1,496.40; pension 3% × (14,976.00 − 6,240.00) = 262.08; insurance, payroll,
 * DBS, training 419.00: PA 17,153.48. Overnight sitting 40.00 × 52 = 2,080.00; taxis 30.00 × 2 × 12 = 720.00.
 * Total 19,953.48; allocation 21,000.00; contingency 500.00 inside it; remaining
 * 21,000.00 − 500.00 − 19,953.48 = 546.52.
 */
class PlanDocumentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

    static Plan example(String name) {
        return new PlanFile().read(Path.of("docs/examples", name)).onlyPlan();
    }

    static byte[] pdf(Plan plan, PrintSize size) throws IOException {
        PlanAssessment assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT).assess(plan, TODAY);
        return new PlanDocument(plan, assessment).toPdf(size);
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    static String allText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void showsTheNameAndTheMoneyWorkedByHand() throws IOException {
        byte[] pdf = pdf(example("pa-two-streams-plan.json"), PrintSize.STANDARD);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/pa-two-streams-plan.pdf"), pdf);
        assertThat(allText(pdf)).contains("My care and support plan", "Jo Sample",
                "£19,953.48", "£21,000.00", "£500.00", "£546.52", "£17,153.48", "£1,496.40", "£262.08",
                "Left over", "Robin Assistant");
    }

    @Test
    void anOverspentPlanSaysByHowMuch() throws IOException {
        // blocked-plan.json: 26,000.00 + 780.00 + 120.00 = 26,900.00 against 15,000.00: over by 11,900.00
        String text = allText(pdf(example("blocked-plan.json"), PrintSize.STANDARD));
        assertThat(text).contains("Over budget by", "£11,900.00").doesNotContain("Left over");
    }

    @Test
    void printsNamesThatPdfBuiltInFontsCannot() throws IOException {
        Plan plan = withPerson(example("simple-plan.json"), "Zoë Thị", "Nguyễn Ó Súilleabháin");
        String text = allText(pdf(plan, PrintSize.STANDARD));
        assertThat(text).contains("Zoë Thị Nguyễn Ó Súilleabháin");
    }

    @Test
    void everyPageHasItsNumberOfTheWholeAndTheSigningState() throws IOException {
        Plan plan = example("pa-two-streams-plan.json");
        try (PDDocument doc = Loader.loadPDF(pdf(plan, PrintSize.LARGE_PRINT))) {
            int n = doc.getNumberOfPages();
            assertThat(n).isGreaterThan(1);
            for (int page = 1; page <= n; page++) {
                assertThat(text(doc, page)).contains("Page " + page + " of " + n, "not signed yet",
                        plan.id().toString(), "version 1");
            }
        }
    }

    @Test
    void aSignedPlanShowsTheFirstTwelveCharactersOfItsHash() throws IOException {
        String hash = "3f9a0c1b2d4e5f60718293a4b5c6d7e8f9011223344556677889900aabbccdd";
        Plan plan = withHash(example("pa-two-streams-plan.json"), hash);
        try (PDDocument doc = Loader.loadPDF(pdf(plan, PrintSize.STANDARD))) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                assertThat(text(doc, page)).contains("3f9a0c1b2d4e").doesNotContain("3f9a0c1b2d4e5")
                        .doesNotContain("not signed yet");
            }
        }
    }

    @Test
    void largePrintTakesMorePagesForTheSamePlan() throws IOException {
        Plan plan = example("pa-two-streams-plan.json");
        byte[] large = pdf(plan, PrintSize.LARGE_PRINT);
        Files.write(Path.of("target/pa-two-streams-plan-large.pdf"), large);
        try (PDDocument standard = Loader.loadPDF(pdf(plan, PrintSize.STANDARD));
             PDDocument big = Loader.loadPDF(large)) {
            assertThat(big.getNumberOfPages()).isGreaterThan(standard.getNumberOfPages());
        }
        assertThat(allText(large)).contains("£19,953.48", "£546.52");
    }

    @Test
    void aVeryLongGoodDayWrapsOntoNewPagesAndStaysOnThePaper() throws IOException {
        Plan example = example("pa-two-streams-plan.json");
        StringBuilder goodDay = new StringBuilder();
        while (goodDay.length() < 5_000) {
            goodDay.append("Up at nine, a stretch, a coffee with my mates and the match in the afternoon. ");
        }
        goodDay.append("https://example.org/").append("a".repeat(300));
        AboutMe about = example.aboutMe();
        Plan plan = withAboutMe(example, new AboutMe(about.likeAndAdmire(), about.importantTo(),
                about.importantFor(), about.howBestToSupport(), goodDay.toString(), about.badDay()));
        for (PrintSize size : PrintSize.values()) {
            byte[] pdf = pdf(plan, size);
            if (size == PrintSize.LARGE_PRINT) {
                Files.write(Path.of("target/long-good-day-large.pdf"), pdf);
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(glyphsOffThePage(doc)).as(size.name()).isEmpty();
                assertThat(text(doc, doc.getNumberOfPages())).contains("Page " + doc.getNumberOfPages() + " of ");
            }
        }
    }

    @Test
    void signaturesShowWhoSignedHowAndWhenAndTheCommissionerSignsOnPaperUntilApproved() throws IOException {
        BufferedImage drawn = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = drawn.createGraphics();
        g.setColor(Color.BLACK);
        g.drawLine(10, 80, 290, 20);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", png);
        Instant signed = Instant.parse("2026-03-10T11:00:00Z");
        List<Signature> signatures = List.of(
                new Signature(SignerRole.PERSON, "Jo Sample", signed, SignatureMethod.DRAWN, "",
                        Base64.getEncoder().encodeToString(png.toByteArray())),
                new Signature(SignerRole.REPRESENTATIVE, "Kim Sample", signed, SignatureMethod.VERBAL_WITH_WITNESS,
                        "Bea Broker", ""),
                new Signature(SignerRole.BROKER, "Bea Broker", signed, SignatureMethod.DRAWN, "", "not a png"));
        Plan signedPlan = withSignatures(example("pa-two-streams-plan.json"), signatures, PlanStatus.SIGNED);
        byte[] pdf = pdf(signedPlan, PrintSize.STANDARD);
        Files.write(Path.of("target/signed-plan.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images++;
                }
            }
            assertThat(images).as("the drawn signature, once").isEqualTo(1);
        }
        assertThat(allText(pdf)).contains("Jo Sample", "the person this plan is for", "10 March 2026",
                "Agreed verbally, witnessed by Bea Broker", "representative or nominee",
                "(the signature could not be shown)", "For the commissioner to sign on paper", "Signature:");

        Plan approved = withSignatures(signedPlan, signatures, PlanStatus.APPROVED);
        assertThat(allText(pdf(approved, PrintSize.STANDARD))).doesNotContain("For the commissioner to sign");
    }


    @Test
    void aNewEmptyDraftPrintsWithEachSectionMarkedNotFilledIn() throws IOException {
        Plan draft = Plan.newDraft(java.util.UUID.fromString("00000000-0000-4000-8000-0000000000e1"),
                Person.named("Zoë", "Testperson"), Instant.parse("2026-03-01T09:00:00Z"));
        String text = allText(pdf(draft, PrintSize.STANDARD));
        assertThat(text).contains("Zoë Testperson", "About me", "Not filled in yet.",
                "No paid support in this plan yet.", "Nobody has signed this version of the plan yet.",
                "Page 1 of ", "not signed yet");
    }

    @Test
    void aCharacterNoFontHasPrintsAsAWhiteSquareInsteadOfStoppingThePlan(@TempDir Path noFonts) throws IOException {
        // DejaVu Sans has no Chinese characters, and no font is installed: the rest of the name must still print
        // (FontFallbackTest: an installed font that has them is used instead, ADR 0036)
        Plan plan = withPerson(example("simple-plan.json"), "Mei \u7f8e", "Sample \u7f8e\u7f8e");
        PlanAssessment assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT).assess(plan, TODAY);
        byte[] pdf = new PlanDocument(plan, assessment, InstalledFonts.in(List.of(noFonts)))
                .toPdf(PrintSize.LARGE_PRINT);
        assertThat(allText(pdf)).contains("Mei \u25a1 Sample \u25a1\u25a1").doesNotContain("?");
    }

    @Test
    void aLongSupportTableRepeatsItsColumnHeadingsOnEachPage() throws IOException {
        // 60 lines of 10.00 a week: 60 × 10.00 × 52 = 31,200.00 against the simple plan's 3,500.00 allocation
        Plan simple = example("simple-plan.json");
        List<SupportLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(SupportLine.priced("x" + i, "Support line number " + i, "Other", Money.ofPounds(10),
                    BigDecimal.ONE, Frequency.PER_WEEK, simple.fundingStreams().get(0).id(),
                    List.of(simple.outcomes().get(0).id())));
        }
        byte[] pdf = pdf(simple.withSupportLines(lines), PrintSize.STANDARD);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pagesWithLines = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                String text = text(doc, page);
                if (text.contains("Support line number")) {
                    pagesWithLines++;
                    assertThat(text).as("page " + page).contains("How often", "A year");
                }
            }
            assertThat(pagesWithLines).isGreaterThan(1);
        }
        assertThat(allText(pdf)).contains("Support line number 60", "£31,200.00", "Over budget by");
    }

    @Test
    void theBudgetSaysTruthfullyWhetherItIsAgreedAndFinalOnlyOnceSignedAndAgreed() throws IOException {
        Plan simple = example("simple-plan.json"); // allocation INDICATIVE, not signed
        assertThat(allText(pdf(simple, PrintSize.STANDARD))).contains("My budget (a year, not final yet)");

        Plan agreed = simple.withBudget(withStage(simple.budget(), AllocationStage.AGREED));
        assertThat(allText(pdf(agreed, PrintSize.STANDARD))).contains("My budget (a year, agreed)")
                .doesNotContain("not final yet");

        // signed while the allocation is still indicative: signing agrees the plan, not the amount (ADR 0032)
        Plan signed = withHash(withSignatures(simple, List.of(new Signature(SignerRole.PERSON, "Jo Sample",
                Instant.parse("2026-03-10T11:00:00Z"), SignatureMethod.VERBAL_WITH_WITNESS, "Bea Broker", "")),
                PlanStatus.SIGNED), "3f9a0c1b2d4e5f60718293a4b5c6d7e8f9011223344556677889900aabbccdd");
        assertThat(allText(pdf(signed, PrintSize.STANDARD)))
                .contains("My budget (a year, an estimate: not agreed yet)")
                .doesNotContain("a year, final").doesNotContain("a year, agreed");

        // signed with the allocation agreed: the amount in a signed version is final
        Plan signedAgreed = withHash(withSignatures(agreed, signed.signatures(), PlanStatus.SIGNED),
                signed.signedHash());
        assertThat(allText(pdf(signedAgreed, PrintSize.STANDARD))).contains("My budget (a year, final)")
                .doesNotContain("not agreed yet").doesNotContain("not final yet");
    }

    @Test
    void theEarlyReviewBulletsAreOneRowApartWithNoEmptyLineBetween() throws IOException {
        // A bullet row at 11 pt: leading 11 × 1.35 = 14.85, padding 0.3 × 11 = 3.3 above and below:
        // 14.85 + 6.6 = 21.45 pt from one bullet to the next. An empty second line made it 36.3.
        Plan plan = example("pa-two-streams-plan.json");
        assertThat(plan.review().earlyReviewTriggers()).hasSizeGreaterThan(1);
        List<Float> dots = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf(plan, PrintSize.STANDARD))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if ("\u2022".equals(p.getUnicode())) {
                            dots.add(p.getYDirAdj());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(pageOf(doc, "reviewed sooner"));
            stripper.setEndPage(pageOf(doc, "reviewed sooner"));
            stripper.getText(doc);
        }
        List<Float> last = dots.subList(dots.size() - plan.review().earlyReviewTriggers().size(), dots.size());
        for (int i = 1; i < last.size(); i++) {
            assertThat(last.get(i) - last.get(i - 1)).as("bullet " + i).isCloseTo(21.45f,
                    org.assertj.core.data.Offset.offset(0.1f));
        }
    }

    private static int pageOf(PDDocument doc, String words) throws IOException {
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            if (text(doc, page).contains(words)) {
                return page;
            }
        }
        return -1;
    }

    static org.careplanner.domain.Budget withStage(org.careplanner.domain.Budget b, AllocationStage stage) {
        return new org.careplanner.domain.Budget(b.allocation(), b.allocationPeriod(), stage, b.contingency(),
                b.contingencyInsideAllocation(), b.weeksPerYear(), b.startDate(), b.endDate());
    }

    /** Every character whose box is not wholly inside its page. */
    static List<String> glyphsOffThePage(PDDocument doc) throws IOException {
        List<String> off = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                PDPage page = getCurrentPage();
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                for (TextPosition p : positions) {
                    if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > w
                            || p.getYDirAdj() - p.getHeightDir() < 0 || p.getYDirAdj() > h) {
                        off.add(p.getUnicode() + " on page " + getCurrentPageNo());
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return off;
    }

    static Plan withPerson(Plan p, String given, String family) {
        Person o = p.person();
        return copy(p, new Person(given, family, "", o.dateOfBirth(), o.nhsNumber(), o.address(), o.phone(),
                o.communicationNeeds(), o.representative()), p.aboutMe(), p.signatures(), p.status(), p.signedHash());
    }

    static Plan withAboutMe(Plan p, AboutMe about) {
        return copy(p, p.person(), about, p.signatures(), p.status(), p.signedHash());
    }

    static Plan withHash(Plan p, String hash) {
        return copy(p, p.person(), p.aboutMe(), p.signatures(), p.status(), hash);
    }

    static Plan withSignatures(Plan p, List<Signature> signatures, PlanStatus status) {
        return copy(p, p.person(), p.aboutMe(), signatures, status, p.signedHash());
    }

    /** The plan with the parts these tests change replaced. */
    private static Plan copy(Plan p, Person person, AboutMe about, List<Signature> signatures, PlanStatus status,
                             String hash) {
        return new Plan(p.id(), p.version(), status, p.createdAt(), p.updatedAt(), person, p.capacity(),
                p.peopleInvolved(), about, p.workingNotWorking(), p.healthNeeds(), p.outcomes(),
                p.supportLines(), p.fundingStreams(), p.budget(), p.risks(), p.backupCover(), p.otherSupport(),
                p.review(), p.quotes(), p.brokerNotes(), signatures, p.disagreement(), hash);
    }
}
