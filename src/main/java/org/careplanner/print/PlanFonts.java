package org.careplanner.print;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of the printed plan. DejaVu Sans and DejaVu Sans Bold are embedded from the jar (the machine that
 * prints may not have them installed; PDF's built-in fonts cannot print names such as "Nguyễn"). A character
 * DejaVu has no glyph for (Chinese, Bengali, Gurmukhi, Tamil ...) is looked for in the fonts installed on this
 * computer ({@link InstalledFonts}), and printed in the first that has it; a character no font has is printed as
 * {@value #PLACEHOLDER}, and the part of the plan it was in is remembered ({@link #unprintableIn()}) so the broker
 * can be told (ADR 0036). Text is drawn and measured in runs, each in the font that has its characters.
 *
 * <p>Only the glyphs used are embedded (a subset). DejaVu's glyph substitutions (OpenType GSUB) are switched
 * off: PDFBox 3 otherwise compiles a pattern of every substitutable glyph for each piece of text it draws, which
 * was a fifth of the time of a plan's PDF, and the text is measured for wrapping without them anyway (ADR 0024).
 * An installed font keeps its substitutions: PDFBox forms some Bengali, Devanagari and Gujarati conjuncts with them.
 * The DejaVu files are read from the jar once per run of the program; each document parses its own copy.
 */
final class PlanFonts implements Closeable {

    /** What is printed for a character no font on this computer has: a white square, as a font shows one. */
    static final String PLACEHOLDER = "\u25a1";

    private static final String FOLDER = "/org/careplanner/print/fonts/";

    /** The font files as read from the jar, by name: read once, parsed afresh for each document. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    final PDFont regular;
    final PDFont bold;
    private final PDDocument document;
    private final InstalledFonts installed;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
    /** The installed fonts embedded in this document, by face; and for each character looked up, its font. */
    private final Map<InstalledFonts.Face, Optional<PDFont>> embedded = new HashMap<>();
    private final Map<Integer, Optional<PDFont>> fallback = new HashMap<>();
    private final List<Closeable> toClose = new ArrayList<>();
    private final Set<String> unprintableIn = new LinkedHashSet<>();
    private boolean anyFallback;
    private String where = "";

    private PlanFonts(PDDocument document, PDFont regular, PDFont bold, InstalledFonts installed) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.installed = installed;
    }

    static PlanFonts embedIn(PDDocument document, InstalledFonts installed) throws IOException {
        return new PlanFonts(document, load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"),
                installed);
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

    /** Names the part of the plan being laid out, for {@link #unprintableIn()}: plain words, never its text. */
    void where(String part) {
        this.where = part == null ? "" : part;
    }

    /** The parts of the plan (as named by {@link #where}) that held a character no font could print, in order. */
    List<String> unprintableIn() {
        return List.copyOf(unprintableIn);
    }

    /**
     * The text as the fonts can print it: tabs become spaces, other control characters go, a character neither
     * {@code font} nor any installed font has becomes {@value #PLACEHOLDER} (an invisible joiner or variation
     * selector just goes) rather than stopping the whole plan.
     */
    String printable(String text, PDFont font) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                return;
            } else if (has(font, cp) || fallback(cp).isPresent()) {
                sb.appendCodePoint(cp);
            } else if (invisible(cp)) {
                return;
            } else {
                sb.append(PLACEHOLDER);
                unprintableIn.add(where);
            }
        });
        return sb.toString();
    }

    /** Zero-width joiners and non-joiners, marks and variation selectors: nothing to see when missing. */
    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    private boolean has(PDFont font, int cp) {
        return printable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> canEncode(font, c));
    }

    /** The installed font this document prints the character in, looked up (and embedded) the first time. */
    private Optional<PDFont> fallback(int cp) {
        Optional<PDFont> known = fallback.get(cp);
        if (known != null) {
            return known;
        }
        Optional<PDFont> found = installed.covering(cp).flatMap(this::embedded).filter(f -> canEncode(f, cp));
        fallback.put(cp, found);
        anyFallback |= found.isPresent();
        return found;
    }

    private Optional<PDFont> embedded(InstalledFonts.Face face) {
        return embedded.computeIfAbsent(face, f -> {
            try {
                return Optional.of(f.embedIn(document, toClose));
            } catch (IOException | RuntimeException e) {
                System.getLogger(PlanFonts.class.getName()).log(System.Logger.Level.INFO,
                        "An installed font could not be embedded: " + e.getClass().getSimpleName());
                return Optional.empty();
            }
        });
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Printable text (see {@link #printable}) in runs, each in the font to draw it with. */
    List<Run> runs(String text, PDFont font) {
        if (!anyFallback) {
            return List.of(new Run(text, font));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = font;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDFont f = has(font, cp) ? font : fallback.getOrDefault(cp, Optional.empty()).orElse(font);
            if (f != currentFont && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = f;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!current.isEmpty() || runs.isEmpty()) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    /** A piece of text and the font it is drawn in. */
    record Run(String text, PDFont font) {
    }

    /** The printed width of printable text at {@code size} points, each run in its own font. */
    float width(String text, PDFont font, float size) {
        float sum = 0;
        for (Run run : runs(text, font)) {
            sum += advance(run.text(), run.font(), size);
        }
        return sum;
    }

    private static float advance(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Closes the installed font collections this document read from; once it is saved. */
    @Override
    public void close() throws IOException {
        for (Closeable c : toClose) {
            c.close();
        }
        toClose.clear();
    }
}
