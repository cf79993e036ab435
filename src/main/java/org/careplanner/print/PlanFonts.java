package org.careplanner.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two fonts of the printed plan, DejaVu Sans and DejaVu Sans Bold, embedded from the jar (the machine
 * that prints may not have them installed). PDF's built-in fonts cannot print names such as "Nguyễn".
 *
 * <p>Only the glyphs used are embedded (a subset). The font's glyph substitutions (OpenType GSUB) are switched
 * off: PDFBox 3 otherwise compiles a pattern of every substitutable glyph for each piece of text it draws, which
 * was a fifth of the time of a plan's PDF, and the text is measured for wrapping without them anyway (ADR 0024).
 * The font files are read from the jar once per run of the program; each document parses its own copy.
 */
final class PlanFonts {

    private static final String FOLDER = "/org/careplanner/print/fonts/";

    /** The font files as read from the jar, by name: read once, parsed afresh for each document. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    private PlanFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PlanFonts embedIn(PDDocument document) throws IOException {
        return new PlanFonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDType0Font load(PDDocument document, String file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
        document.registerTrueTypeFontForClosing(font);
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    private static byte[] bytes(String file) throws IOException {
        byte[] known = FILES.get(file);
        if (known != null) {
            return known;
        }
        try (InputStream in = PlanFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is missing from CarePlanner's files");
            }
            byte[] read = in.readAllBytes();
            FILES.putIfAbsent(file, read);
            return read;
        }
    }

    /**
     * The text as the font can print it: tabs become spaces, other control characters go, and a character
     * the font has no glyph for (rare scripts, emoji) becomes "?" rather than stopping the whole plan.
     */
    String printable(String text, PDFont font) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                return;
            } else if (known.computeIfAbsent(cp, c -> canEncode(font, c))) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
