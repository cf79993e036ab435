package org.careplanner.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careplanner.print.PlanDocumentTest.TODAY;
import static org.careplanner.print.PlanDocumentTest.allText;
import static org.careplanner.print.PlanDocumentTest.example;
import static org.careplanner.print.PlanDocumentTest.withAboutMe;
import static org.careplanner.print.PlanDocumentTest.withPerson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.careplanner.domain.AboutMe;
import org.careplanner.domain.ExclusionList;
import org.careplanner.domain.Plan;
import org.careplanner.pricing.PlanPricer;
import org.careplanner.pricing.RatesTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character DejaVu Sans has no glyph for (ADR 0036): printed in an installed font that has it, or, when no
 * font has it, as a white square with the part of the plan named, never silently as "?". The installed fonts are
 * a folder the test makes, holding the fixture font Lohit Gurmukhi (OFL, 25 KB, in src/test/resources): this
 * machine's own fonts are never searched, so the tests mean the same on a machine with no fonts at all.
 * All names are made up.
 */
class FontFallbackTest {

    /** "Simran Kaur" in Gurmukhi (Punjabi): letters with no pre-base vowel, so their order is the stored order. */
    private static final String GURMUKHI_NAME = "\u0a38\u0a2e\u0a30\u0a28";
    private static final String GURMUKHI_FAMILY = "\u0a15\u0a4c\u0a30";
    /** Two Chinese characters: in neither DejaVu nor the fixture font. */
    private static final String CHINESE = "\u7f8e\u5b50";
    private static final String SQUARE = PlanFonts.PLACEHOLDER;

    @TempDir
    Path dir;

    private Path folderWithGurmukhiFont() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("fonts/truetype/lohit"));
        try (InputStream in = FontFallbackTest.class.getResourceAsStream("fixture-fonts/Lohit-Gurmukhi.ttf")) {
            Files.copy(in, folder.resolve("Lohit-Gurmukhi.ttf"));
        }
        return dir.resolve("fonts");
    }

    private static PrintedPlan print(Plan plan, InstalledFonts fonts) throws IOException {
        var assessment = new PlanPricer(RatesTable.defaults(), ExclusionList.DEFAULT).assess(plan, TODAY);
        return new PlanDocument(plan, assessment, fonts).print(PrintSize.STANDARD);
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    @Test
    void aNameInAScriptDejaVuLacksPrintsInAnInstalledFontThatHasIt() throws IOException {
        Plan plan = withPerson(example("simple-plan.json"), GURMUKHI_NAME, GURMUKHI_FAMILY + " Sample");
        PrintedPlan printed = print(plan, InstalledFonts.in(List.of(folderWithGurmukhiFont())));

        assertThat(printed.complete()).isTrue();
        assertThat(printed.unprintableIn()).isEmpty();
        String text = allText(printed.pdf());
        assertThat(text).contains(GURMUKHI_NAME + " " + GURMUKHI_FAMILY + " Sample").doesNotContain(SQUARE, "?");
        // the Latin text stays in DejaVu; only the Gurmukhi letters are in the installed font, embedded as a subset
        assertThat(fontNames(printed.pdf())).anyMatch(n -> n.endsWith("+Lohit-Gurmukhi"))
                .anyMatch(n -> n.endsWith("+DejaVuSans"));
    }

    @Test
    void aCharacterNoFontHasPrintsAsAWhiteSquareAndThePartsOfThePlanAreNamedNotTheirText() throws IOException {
        Plan example = example("simple-plan.json");
        AboutMe about = example.aboutMe();
        Plan plan = withAboutMe(withPerson(example, "Mei", CHINESE + " Sample"), new AboutMe(about.likeAndAdmire(),
                about.importantTo(), about.importantFor(), about.howBestToSupport(),
                "Tea with " + CHINESE + " and " + GURMUKHI_NAME, about.badDay()));
        PrintedPlan printed = print(plan, InstalledFonts.in(List.of(folderWithGurmukhiFont())));

        assertThat(printed.complete()).isFalse();
        assertThat(printed.unprintableIn()).containsExactly("Name", "About me \u203a A good day");
        String text = allText(printed.pdf());
        // one square for each character: the reader can see that something is missing, and how much
        assertThat(text).contains("Mei " + SQUARE + SQUARE + " Sample",
                "Tea with " + SQUARE + SQUARE + " and " + GURMUKHI_NAME)
                .doesNotContain(CHINESE, "?");
        // and the paper says so under the title, naming the parts (never the text)
        assertThat(text.replace("\n", " ")).contains("This computer had no font for some of the writing in this plan",
                "(in: Name; About me \u203a A good day)");
    }

    @Test
    void withNoInstalledFontTheWholeOfTheNameIsSquaresAndTheRestStillPrints() throws IOException {
        Plan plan = withPerson(example("simple-plan.json"), GURMUKHI_NAME, "Sample");
        PrintedPlan printed = print(plan, InstalledFonts.in(List.of(Files.createDirectories(dir.resolve("none")))));

        assertThat(printed.unprintableIn()).containsExactly("Name");
        assertThat(allText(printed.pdf())).contains(SQUARE.repeat(4) + " Sample", "About me", "Page 1 of ");
    }

    @Test
    void aPlanInLatinScriptNeverLooksAtTheInstalledFonts() throws IOException {
        InstalledFonts fonts = InstalledFonts.in(List.of(folderWithGurmukhiFont()));
        Plan plan = example("pa-two-streams-plan.json");

        PrintedPlan printed = print(plan, fonts);

        assertThat(printed.complete()).isTrue();
        assertThat(fonts.listings()).as("font folders listed").isZero();
        assertThat(fontNames(printed.pdf())).allMatch(n -> n.contains("DejaVuSans"));
    }

    @Test
    void theFoldersAreListedOnceForAllThePlansOfARun() throws IOException {
        InstalledFonts fonts = InstalledFonts.in(List.of(folderWithGurmukhiFont()));
        print(withPerson(example("simple-plan.json"), GURMUKHI_NAME, "Sample"), fonts);
        print(withPerson(example("simple-plan.json"), "Mei", CHINESE), fonts);

        assertThat(fonts.listings()).isEqualTo(1);
    }

    @Test
    void aFaceInAFontCollectionIsFoundAndEmbedded() throws IOException {
        // Windows keeps its Chinese fonts as collections (msyh.ttc, simsun.ttc): the fixture font as a .ttc of one face
        Path folder = Files.createDirectories(dir.resolve("collection"));
        try (InputStream in = FontFallbackTest.class.getResourceAsStream("fixture-fonts/Lohit-Gurmukhi.ttf")) {
            Files.write(folder.resolve("Lohit.ttc"), collectionOf(in.readAllBytes()));
        }
        Plan plan = withPerson(example("simple-plan.json"), GURMUKHI_NAME, "Sample");
        PrintedPlan printed = print(plan, InstalledFonts.in(List.of(folder)));

        assertThat(printed.complete()).isTrue();
        assertThat(allText(printed.pdf())).contains(GURMUKHI_NAME + " Sample");
        assertThat(fontNames(printed.pdf())).anyMatch(n -> n.endsWith("+Lohit-Gurmukhi"));
    }

    @Test
    void aFontWhoseLicenceForbidsEmbeddingIsPassedOver() throws IOException {
        // The fixture font with its OS/2 fsType set to 0x0002, "restricted licence embedding": it may not be put in a
        // document, so the characters print as squares and the broker is told, as when no font has them.
        Path folder = Files.createDirectories(dir.resolve("restricted"));
        try (InputStream in = FontFallbackTest.class.getResourceAsStream("fixture-fonts/Lohit-Gurmukhi.ttf")) {
            Files.write(folder.resolve("Lohit-Gurmukhi.ttf"), withFsType(in.readAllBytes(), (short) 0x0002));
        }
        Plan plan = withPerson(example("simple-plan.json"), GURMUKHI_NAME, "Sample");
        PrintedPlan printed = print(plan, InstalledFonts.in(List.of(folder)));

        assertThat(printed.unprintableIn()).containsExactly("Name");
        assertThat(allText(printed.pdf())).contains(SQUARE.repeat(4) + " Sample");
        assertThat(fontNames(printed.pdf())).noneMatch(n -> n.contains("Lohit"));
    }

    /** The font with its OS/2 table's fsType (the embedding licence, 8 bytes into the table) replaced. */
    private static byte[] withFsType(byte[] ttf, short fsType) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int tables = Short.toUnsignedInt(font.getShort(4));
        for (int t = 0; t < tables; t++) {
            int record = 12 + t * 16;
            if (new String(ttf, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("OS/2")) {
                font.putShort(font.getInt(record + 8) + 8, fsType);
                return ttf;
            }
        }
        throw new AssertionError("The fixture font has no OS/2 table");
    }

    @Test
    void eachOperatingSystemsOwnFontFoldersAndTheUsersOwnAreSearched() {
        Path home = Path.of("/home/sam");
        assertThat(InstalledFonts.defaultFolders("Windows 11", home,
                Map.of("WINDIR", "C:\\Windows", "LOCALAPPDATA", "C:\\Users\\sam\\AppData\\Local")))
                .containsExactly(Path.of("C:\\Windows", "Fonts"),
                        Path.of("C:\\Users\\sam\\AppData\\Local", "Microsoft", "Windows", "Fonts"));
        assertThat(InstalledFonts.defaultFolders("Mac OS X", home, Map.of())).containsExactly(
                Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"), home.resolve("Library/Fonts"));
        assertThat(InstalledFonts.defaultFolders("Linux", home, Map.of())).containsExactly(
                Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), home.resolve(".local/share/fonts"),
                home.resolve(".fonts"));
    }

    /**
     * A TrueType collection holding one font: the "ttcf" header (tag, version 1.0, one font, its offset 16), then
     * the font with each table's offset moved on by the header's 16 bytes.
     */
    private static byte[] collectionOf(byte[] ttf) {
        int header = 16;
        ByteBuffer out = ByteBuffer.allocate(header + ttf.length);
        out.put("ttcf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt(0x00010000).putInt(1)
                .putInt(header).put(ttf);
        int tables = Short.toUnsignedInt(ByteBuffer.wrap(ttf).getShort(4));
        for (int t = 0; t < tables; t++) {
            int offsetAt = header + 12 + t * 16 + 8;
            out.putInt(offsetAt, out.getInt(offsetAt) + header);
        }
        return out.array();
    }
}
