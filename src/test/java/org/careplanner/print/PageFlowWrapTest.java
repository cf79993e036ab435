package org.careplanner.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the printed plan breaks its lines. The breaks are worked out by hand from DejaVu Sans's advance widths as
 * PDFBox reports them, in thousandths of the type size: "a" 613, "m" 974, "i" 278, the space 318. At 10 pt that is
 * "a" 6.13 pt, "m" 9.74 pt, "i" 2.78 pt, the space 3.18 pt, so the word "aaaa" is 24.52 pt.
 */
class PageFlowWrapTest {

    private static final float SIZE = 10f;

    private PDDocument document;
    private PageFlow flow;
    private PDFont regular;

    @BeforeEach
    void setUp() throws IOException {
        document = new PDDocument();
        PlanFonts fonts = PlanFonts.embedIn(document, InstalledFonts.in(java.util.List.of()));
        regular = fonts.regular;
        flow = new PageFlow(document, fonts, PrintSize.STANDARD);
    }

    @AfterEach
    void tearDown() throws IOException {
        document.close();
    }

    @Test
    void theWidthsTheHandCalculationsUse() throws IOException {
        assertThat(regular.getStringWidth("a")).isEqualTo(613f);
        assertThat(regular.getStringWidth("m")).isEqualTo(974f);
        assertThat(regular.getStringWidth("i")).isEqualTo(278f);
        assertThat(regular.getStringWidth(" ")).isEqualTo(318f);
    }

    @Test
    void asManyWordsAsFitOnEachLine() {
        // Three words: 3 × 24.52 + 2 × 3.18 = 79.92 ≤ 100; four: 4 × 24.52 + 3 × 3.18 = 107.62 > 100.
        assertThat(flow.wrap("aaaa aaaa aaaa aaaa aaaa aaaa aaaa", regular, SIZE, 100))
                .containsExactly("aaaa aaaa aaaa", "aaaa aaaa aaaa", "aaaa");
    }

    @Test
    void wideLettersTakeMoreRoomThanNarrowOnes() {
        // "mmmm" 38.96 + space 3.18 + "iiii" 11.12 = 53.26: over 50, within 55.
        assertThat(flow.wrap("mmmm iiii", regular, SIZE, 50)).containsExactly("mmmm", "iiii");
        assertThat(flow.wrap("mmmm iiii", regular, SIZE, 55)).containsExactly("mmmm iiii");
    }

    @Test
    void aWordWiderThanTheLineIsBrokenInsideIt() {
        // Eight "a" are 49.04 ≤ 50, nine 55.17 > 50: twenty "a" go 8, 8 and 4.
        assertThat(flow.wrap("a".repeat(20), regular, SIZE, 50))
                .containsExactly("a".repeat(8), "a".repeat(8), "a".repeat(4));
    }

    @Test
    void theRestOfABrokenWordSharesItsLineWithTheNextWord() {
        // "aaaa" then 20 "a" (122.6 > 50) starts a new line and breaks 8, 8, 4; "aaaa aa" is 24.52 + 3.18 + 12.26
        // = 39.96 ≤ 50.
        assertThat(flow.wrap("aaaa " + "a".repeat(20) + " aa", regular, SIZE, 50))
                .containsExactly("aaaa", "a".repeat(8), "a".repeat(8), "aaaa aa");
    }

    @Test
    void lineBreaksInTheTextAreKeptAndSpacesBetweenWordsBecomeOne() {
        assertThat(flow.wrap("aaaa\n\n  aaaa   aaaa  \r\naaaa", regular, SIZE, 100))
                .containsExactly("aaaa", "", "aaaa aaaa", "aaaa");
    }

    @Test
    void aCharacterWiderThanItsColumnTakesOneLineAndLeavesNoEmptyLineAfterIt() {
        // "m" is 9.74 pt, wider than a 5 pt column: it is printed on its own line, and nothing is left over;
        // "mm" cut to "m" and "m". (An empty line after it printed a blank gap under every bullet.)
        assertThat(flow.wrap("m", regular, SIZE, 5)).containsExactly("m");
        assertThat(flow.wrap("mm", regular, SIZE, 5)).containsExactly("m", "m");
        assertThat(flow.wrap("m\n\nm", regular, SIZE, 5)).containsExactly("m", "", "m");
    }
}
