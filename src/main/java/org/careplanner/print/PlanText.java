package org.careplanner.print;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.careplanner.print.PageFlow.Cell;

/**
 * The printed plan's typography: title, section headings, labelled fields and bullets, each at the print
 * size's type sizes, laid out by a {@link PageFlow}. Blank fields are left out rather than printed empty.
 */
final class PlanText {

    private static final float LABEL_SHARE = 0.36f;
    private static final float LABEL_SHARE_LARGE = 0.40f;
    private static final int LONG_VALUE_LINES = 8;

    final PageFlow flow;
    final PlanWords words;
    private final float body;
    /** Where in the plan the text being laid out is, in the printed plan's own words (ADR 0036). */
    private String section = "";
    private String part = "";

    PlanText(PageFlow flow, PlanWords words) {
        this.flow = flow;
        this.words = words;
        this.body = flow.size.body();
    }

    PDFont bold() {
        return flow.fonts.bold;
    }

    PDFont regular() {
        return flow.fonts.regular;
    }

    float bodySize() {
        return body;
    }

    /**
     * Names the part of the plan laid out next, such as "Outcome 2", within the current section: a field printed
     * that no font can print is then reported as "What I want to achieve › Outcome 2 › How we will know". Plain
     * words only, never the plan's own text (a message naming the part must not show personal details).
     */
    void part(String name) {
        part = name == null ? "" : name;
        where("");
    }

    private void where(String label) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {section, part, label}) {
            if (!s.isBlank()) {
                sb.append(sb.isEmpty() ? "" : " \u203a ").append(s);
            }
        }
        flow.fonts.where(sb.toString());
    }

    /** Starts a section that has no heading of its own (the details under the title). */
    void section(String name) {
        section = name;
        part("");
    }

    void title(String title, String name) {
        flow.paragraph(title, bold(), flow.size.title(), 0);
        flow.space(body * 0.3f);
        part(words.get("where.name"));
        flow.paragraph(name, bold(), flow.size.heading(), 0);
        part("");
        flow.space(body * 0.4f);
    }

    /** A section heading, kept on the same page as at least the first lines under it. */
    void heading(String text) {
        heading(text, 4);
    }

    /** A section heading, kept on the same page as about {@code bodyLines} lines of what follows it. */
    void heading(String text, int bodyLines) {
        section = text;
        part("");
        float size = flow.size.heading();
        flow.space(body * 1.3f);
        flow.keepTogether(PrintSize.leading(size) + bodyLines * PrintSize.leading(body) * 1.3f);
        flow.paragraph(text, bold(), size, 0);
        flow.space(body * 0.15f);
        flow.rule();
        flow.space(body * 0.35f);
    }

    void subheading(String text) {
        flow.space(body * 0.6f);
        flow.keepTogether(3 * PrintSize.leading(body));
        flow.paragraph(text, bold(), body, 0);
    }

    void body(String text) {
        if (!text.isBlank()) {
            flow.paragraph(text, regular(), body, 0);
        }
    }

    void space() {
        flow.space(body * 0.5f);
    }

    /**
     * "Label   value", side by side, the label from the words file. Left out when the value is blank; a long
     * value (more than {@value #LONG_VALUE_LINES} lines beside its label) goes under its label, full width.
     */
    void field(String labelKey, String value) {
        if (value.isBlank()) {
            return;
        }
        String label = words.get(labelKey);
        where(label);
        labelled(label, value.strip());
        where("");
    }

    private void labelled(String label, String value) {
        if (flow.wrap(value, regular(), body, flow.width() * (1 - labelShare())).size() > LONG_VALUE_LINES) {
            subheading(label);
            body(value);
        } else {
            row(Cell.of(label, bold()), Cell.of(value, regular()));
        }
    }

    private float labelShare() {
        return flow.size == PrintSize.LARGE_PRINT ? LABEL_SHARE_LARGE : LABEL_SHARE;
    }

    /** A field in the person's own words, shown in quotation marks. */
    void quotedField(String labelKey, String value) {
        if (!value.isBlank()) {
            field(labelKey, PlanWords.quoted(value));
        }
    }

    void row(Cell label, Cell value) {
        float labelWidth = flow.width() * labelShare();
        flow.row(new float[] {labelWidth, flow.width() - labelWidth}, body, false, label, value);
    }

    /** "•  text", with an optional second line in the same bullet. */
    void bullet(String text, String note) {
        if (text.isBlank()) {
            return;
        }
        String dotText = "\u2022";
        // the row's first column keeps three paddings of 0.3 × body; the dot needs its own width on top
        float mark = Math.max(body * 1.4f, flow.fonts.width(dotText, regular(), body) + body * 0.9f + body * 0.2f);
        Cell dot = Cell.of(dotText, regular());
        Cell content = note.isBlank() ? Cell.of(text, regular())
                : new Cell(java.util.List.of(new PageFlow.Para(text, regular()), new PageFlow.Para(note, regular())),
                false);
        flow.row(new float[] {mark, flow.width() - mark}, body, false, dot, content);
    }
}
