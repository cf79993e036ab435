package org.careplanner.print;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts installed on this computer, searched for a character that the bundled DejaVu Sans has no glyph for
 * (Chinese, Bengali, Gurmukhi, Tamil ... ): Windows' Nirmala UI or Microsoft YaHei, macOS's own, Noto on Linux.
 * Nothing is read until the first such character: a plan in Latin script never lists a folder (ADR 0036). The
 * folders are listed once, and each font file's character coverage read once, per run of the program.
 *
 * <p>Only TrueType outlines can be embedded by PDFBox: {@code .ttf}, TrueType {@code .otf} and the faces of a
 * {@code .ttc} collection; a font with PostScript (CFF) outlines, or whose licence forbids embedding, is passed
 * over. Among the fonts that have a character, a regular-weight upright one is chosen before a bold or italic one.
 */
public final class InstalledFonts {

    /** Folders to search instead of this computer's own, separated as in a class path: for tests and IT. */
    public static final String FOLDERS_PROPERTY = "careplanner.fontFolders";

    private static final System.Logger LOG = System.getLogger(InstalledFonts.class.getName());
    private static final int DEPTH = 6;
    private static final Map<List<Path>, InstalledFonts> BY_FOLDERS = new ConcurrentHashMap<>();

    private final List<Path> folders;
    private List<Face> faces;
    private final Map<Integer, Optional<Face>> byCodePoint = new HashMap<>();
    private int listings;

    private InstalledFonts(List<Path> folders) {
        this.folders = folders;
    }

    /** This computer's font folders (or those the system property names), shared by every PDF of this run. */
    public static InstalledFonts ofThisComputer() {
        String chosen = System.getProperty(FOLDERS_PROPERTY);
        if (chosen != null) {
            return in(Stream.of(chosen.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList());
        }
        return in(defaultFolders(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")),
                System.getenv()));
    }

    /** The fonts in these folders (and their subfolders), shared by every PDF of this run that asks for them. */
    public static InstalledFonts in(List<Path> folders) {
        return BY_FOLDERS.computeIfAbsent(List.copyOf(folders), InstalledFonts::new);
    }

    /** Where an operating system keeps its fonts and each user's own. */
    static List<Path> defaultFolders(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> found = new ArrayList<>();
        if (os.startsWith("windows")) {
            found.add(Path.of(env.getOrDefault("WINDIR", "C:\\Windows"), "Fonts"));
            String local = env.get("LOCALAPPDATA");
            found.add(local != null ? Path.of(local, "Microsoft", "Windows", "Fonts")
                    : home.resolve("AppData/Local/Microsoft/Windows/Fonts"));
        } else if (os.startsWith("mac")) {
            found.add(Path.of("/System/Library/Fonts"));
            found.add(Path.of("/Library/Fonts"));
            found.add(home.resolve("Library/Fonts"));
        } else {
            String dataHome = env.get("XDG_DATA_HOME");
            found.add(Path.of("/usr/share/fonts"));
            found.add(Path.of("/usr/local/share/fonts"));
            found.add(dataHome != null && !dataHome.isBlank() ? Path.of(dataHome, "fonts")
                    : home.resolve(".local/share/fonts"));
            found.add(home.resolve(".fonts"));
        }
        return found;
    }

    /** A font that has a glyph for this character, if any folder holds one. */
    public synchronized Optional<Face> covering(int codePoint) {
        return byCodePoint.computeIfAbsent(codePoint, this::search);
    }

    /** How many times the folders were listed: none until a character is missing, then once. */
    synchronized int listings() {
        return listings;
    }

    private Optional<Face> search(int codePoint) {
        Face other = null;
        for (Face face : faces()) {
            if (face.covers(codePoint)) {
                if (face.regular) {
                    return Optional.of(face);
                }
                other = other == null ? face : other;
            }
        }
        return Optional.ofNullable(other);
    }

    private List<Face> faces() {
        if (faces == null) {
            listings++;
            List<Path> files = new ArrayList<>();
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
                    walk.filter(InstalledFonts::isFontFile).forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "A font folder could not be read whole: "
                            + e.getClass().getSimpleName());
                }
            }
            // A plain-looking name first (regular weight is checked again when the file is read); then by path.
            files.sort(Comparator.comparing((Path p) -> looksStyled(p.getFileName().toString()))
                    .thenComparing(Path::toString));
            faces = new ArrayList<>();
            for (Path file : files) {
                faces.addAll(Face.in(file));
            }
        }
        return faces;
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf")) && Files.isRegularFile(p);
    }

    static boolean looksStyled(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Stream.of("bold", "italic", "oblique", "light", "thin", "black", "heavy", "medium", "semi", "demi",
                "mono", "narrow", "condensed", "extra", "ultra").anyMatch(name::contains);
    }

    /**
     * One font face: a {@code .ttf} or {@code .otf} file, or one face of a {@code .ttc} collection (by its
     * PostScript name). Its coverage is read the first time a character is looked for in it.
     */
    public static final class Face {
        private final Path file;
        private final String nameInCollection;
        private BitSet coverage;
        private boolean regular;

        private Face(Path file, String nameInCollection) {
            this.file = file;
            this.nameInCollection = nameInCollection;
        }

        static List<Face> in(Path file) {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                // PostScript (CFF) outlines cannot be embedded: passed over unread, by the file's first four bytes
                return startsWith(file, "OTTO") ? List.of() : List.of(new Face(file, null));
            }
            List<Face> faces = new ArrayList<>();
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                collection.processAllFonts(font -> faces.add(new Face(file, font.getName())));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "A font collection could not be read: " + e.getClass().getSimpleName());
            }
            return faces;
        }

        private static boolean startsWith(Path file, String tag) {
            try (var in = Files.newInputStream(file)) {
                return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag);
            } catch (IOException e) {
                return true;
            }
        }

        Path file() {
            return file;
        }

        boolean covers(int codePoint) {
            if (coverage == null) {
                coverage = new BitSet();
                try {
                    read();
                } catch (IOException | RuntimeException e) {
                    // a damaged or unusual font file: it covers nothing
                    coverage = new BitSet();
                    LOG.log(System.Logger.Level.DEBUG, "A font file could not be read: " + e.getClass().getSimpleName());
                }
            }
            return coverage.get(codePoint);
        }

        private void read() throws IOException {
            if (nameInCollection == null) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    readCoverage(font);
                }
            } else {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    readCoverage(collection.getFontByName(nameInCollection));
                }
            }
        }

        private void readCoverage(TrueTypeFont font) throws IOException {
            if (font == null || !embeddable(font)) {
                return;
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            boolean italic = os2 != null && (os2.getFsSelection() & 1) != 0;
            int weight = os2 == null ? OS2WindowsMetricsTable.WEIGHT_CLASS_NORMAL : os2.getWeightClass();
            regular = !italic && weight >= OS2WindowsMetricsTable.WEIGHT_CLASS_NORMAL
                    && weight <= OS2WindowsMetricsTable.WEIGHT_CLASS_MEDIUM;
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            int glyphs = font.getNumberOfGlyphs();
            for (int gid = 1; gid < glyphs; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null) {
                    codes.forEach(coverage::set);
                }
            }
        }

        /**
         * TrueType outlines, and a licence that lets the font's outlines be embedded in a document (printed at
         * least): the same test PDFBox makes when embedding, so a font it would refuse is never chosen.
         */
        private static boolean embeddable(TrueTypeFont font) throws IOException {
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                return false;
            }
            if (!font.getTableMap().containsKey("glyf")) {
                return false;
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            return os2 == null || (os2.getFsType() & 0x000f) != OS2WindowsMetricsTable.FSTYPE_RESTRICTED
                    && (os2.getFsType() & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) == 0;
        }

        /**
         * The face embedded (as a subset) in {@code document}, parsed for that document alone. A face of a collection
         * reads from the collection's file until the document is saved: the collection is added to {@code toClose}.
         */
        PDFont embedIn(PDDocument document, List<Closeable> toClose) throws IOException {
            if (nameInCollection == null) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                document.registerTrueTypeFontForClosing(font);
                return PDType0Font.load(document, font, true);
            }
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            toClose.add(collection);
            TrueTypeFont font = collection.getFontByName(nameInCollection);
            if (font == null) {
                throw new IOException("A font is no longer in its collection");
            }
            return PDType0Font.load(document, font, true);
        }

        @Override
        public String toString() {
            return file.getFileName() + (nameInCollection == null ? "" : " (" + nameInCollection + ")");
        }
    }
}
