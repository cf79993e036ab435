package org.careplanner.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays text out down A4 pages, top to bottom: it wraps every line to the margins and starts a new page
 * when the next line would run into the footer, so nothing is drawn off the page or on top of anything
 * else. Footers are drawn last ({@link #finish}), once the number of pages is known.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50f;
    private static final float FOOTER_LINES = 3;
    private static final float RULE_GREY = 0.6f;

    /** One cell of a row: paragraphs, each in its own font, optionally aligned right (amounts). */
    record Cell(List<Para> paras, boolean alignRight) {
        static Cell of(String text, PDFont font) {
            return new Cell(List.of(new Para(text, font)), false);
        }

        static Cell amount(String text, PDFont font) {
            return new Cell(List.of(new Para(text, font)), true);
        }
    }

    record Para(String text, PDFont font) {
    }

    private record Run(String text, PDFont font) {
    }

    private final PDDocument document;
    final PlanFonts fonts;
    final PrintSize size;
    private PDPageContentStream out;
    private float y;
    private Runnable onNewPage;

    PageFlow(PDDocument document, PlanFonts fonts, PrintSize size) {
        this.document = document;
        this.fonts = fonts;
        this.size = size;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    private float top() {
        return PAGE.getHeight() - MARGIN;
    }

    private float bottom() {
        return MARGIN + FOOTER_LINES * PrintSize.leading(size.footer()) + 6;
    }

    /** What to draw at the top of each new page until cleared, e.g. a table's column headings. */
    void continueWith(Runnable header) {
        this.onNewPage = header;
    }

    /** Vertical space; none at the very top of a page. */
    void space(float height) {
        if (out != null && y < top()) {
            y -= height;
        }
    }

    /** Starts a new page unless {@code height} still fits on this one (or can never fit on any). */
    void keepTogether(float height) {
        if (height <= top() - bottom()) {
            ensure(height);
        } else {
            ensure(PrintSize.leading(size.body()));
        }
    }

    private void ensure(float height) {
        if (out == null || y - height < bottom()) {
            newPage();
        }
    }

    private void newPage() {
        closePage();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            out = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
        if (onNewPage != null) {
            Runnable header = onNewPage;
            onNewPage = null;
            header.run();
            onNewPage = header;
        }
    }

    /** Wrapped text across the full width (less an indent). */
    void paragraph(String text, PDFont font, float fontSize, float indent) {
        for (String line : wrap(text, font, fontSize, width() - indent)) {
            float lead = PrintSize.leading(fontSize);
            ensure(lead);
            draw(line, font, fontSize, left() + indent, y - fontSize);
            y -= lead;
        }
    }

    /** A thin line across the width at the current position. */
    void rule() {
        line(left(), left() + width(), y);
    }

    /**
     * A row of cells side by side, each wrapped to its column; the first column's text lines up with the
     * paragraphs above it. A row is kept on one page unless it is taller
     * than a page, when it carries on, line by line, on the next.
     */
    void row(float[] widths, float fontSize, boolean ruleBelow, Cell... cells) {
        float pad = fontSize * 0.3f;
        float lead = PrintSize.leading(fontSize);
        List<List<Run>> lines = new ArrayList<>();
        int most = 0;
        for (int c = 0; c < cells.length; c++) {
            List<Run> runs = new ArrayList<>();
            for (Para p : cells[c].paras()) {
                for (String l : wrap(p.text(), p.font(), fontSize, widths[c] - (c == 0 ? 3 * pad : 2 * pad))) {
                    runs.add(new Run(l, p.font()));
                }
            }
            lines.add(runs);
            most = Math.max(most, runs.size());
        }
        keepTogether(most * lead + 2 * pad);
        y -= pad;
        for (int i = 0; i < most; i++) {
            ensure(lead);
            float x = left();
            for (int c = 0; c < cells.length; c++) {
                if (i < lines.get(c).size()) {
                    Run run = lines.get(c).get(i);
                    float textX = cells[c].alignRight()
                            ? x + widths[c] - pad - fonts.width(run.text(), run.font(), fontSize)
                            : c == 0 ? x : x + pad;
                    draw(run.text(), run.font(), fontSize, textX, y - fontSize);
                }
                x += widths[c];
            }
            y -= lead;
        }
        y -= pad;
        if (ruleBelow) {
            rule();
        }
    }

    /** An image (a drawn signature) at its given size, on one page. */
    void image(PDImageXObject image, float w, float h) {
        ensure(h);
        try {
            out.drawImage(image, left(), y - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }

    /** "Label ____________": a line to write or sign on, {@code height} tall, starting {@code labelWidth} in. */
    void writingLine(String label, PDFont font, float fontSize, float labelWidth, float height) {
        ensure(height);
        y -= height;
        draw(fonts.printable(label, font), font, fontSize, left(), y + 2);
        float start = left() + labelWidth;
        line(start, left() + width() * 0.8f, y);
        y -= fontSize * 0.4f;
    }

    /**
     * Ends the last page, then draws every page's footer: {@code footer} gets the page number and the page
     * count and gives the footer's text, which is wrapped like everything else.
     */
    void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
        closePage();
        int count = document.getNumberOfPages();
        float fs = size.footer();
        float lead = PrintSize.leading(fs);
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = s;
                List<String> lines = wrap(footer.apply(i + 1, count), fonts.regular, fs, width());
                float top = MARGIN + FOOTER_LINES * lead;
                line(left(), left() + width(), top + 2);
                float baseline = top - fs;
                for (String l : lines.subList(0, Math.min(lines.size(), (int) FOOTER_LINES))) {
                    draw(l, fonts.regular, fs, left(), baseline);
                    baseline -= lead;
                }
            }
        }
        out = null;
    }

    private void closePage() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    private void draw(String text, PDFont font, float fontSize, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.newLineAtOffset(x, baseline);
            // one run per font: DejaVu, or an installed font for the characters DejaVu lacks (ADR 0036)
            for (PlanFonts.Run run : fonts.runs(text, font)) {
                out.setFont(run.font(), fontSize);
                out.showText(run.text());
            }
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float from, float to, float atY) {
        try {
            out.setStrokingColor(RULE_GREY);
            out.setLineWidth(0.6f);
            out.moveTo(from, atY);
            out.lineTo(to, atY);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks text into lines no wider than {@code max}: at line breaks in the text, then between words, and
     * inside a word only when the word alone is wider than the line (a long web address, say). Each word is
     * measured once and the line's width kept as a running sum (a text's width is the sum of its characters'
     * advances: no kerning is applied), rather than measuring the whole line again for every word.
     */
    List<String> wrap(String text, PDFont font, float fontSize, float max) {
        List<String> lines = new ArrayList<>();
        float space = fonts.width(" ", font, fontSize);
        for (String para : text.split("\\R", -1)) {
            StringBuilder current = new StringBuilder();
            float currentWidth = 0;
            int linesBefore = lines.size();
            for (String word : fonts.printable(para, font).strip().split(" +")) {
                float wordWidth = fonts.width(word, font, fontSize);
                float together = current.isEmpty() ? wordWidth : currentWidth + space + wordWidth;
                if (together <= max) {
                    if (!current.isEmpty()) {
                        current.append(' ');
                    }
                    current.append(word);
                    currentWidth = together;
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                float restWidth = wordWidth;
                while (restWidth > max) {
                    int cut = longestFittingPrefix(rest, font, fontSize, max);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                    restWidth = fonts.width(rest, font, fontSize);
                }
                current.append(rest);
                currentWidth = restWidth;
            }
            // a word cut to the last character leaves nothing over: no empty line after it
            if (!current.isEmpty() || lines.size() == linesBefore) {
                lines.add(current.toString());
            }
        }
        return lines;
    }

    /** How many chars of {@code word} fit in {@code max} (at least its first character), adding one at a time. */
    private int longestFittingPrefix(String word, PDFont font, float fontSize, float max) {
        int end = word.offsetByCodePoints(0, 1);
        float width = fonts.width(word.substring(0, end), font, fontSize);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            float widthOfNext = fonts.width(word.substring(end, next), font, fontSize);
            if (width + widthOfNext > max) {
                break;
            }
            width += widthOfNext;
            end = next;
        }
        return end;
    }
}
