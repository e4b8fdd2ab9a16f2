package dev.vita.emit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Every TrueType face under the fonts folder, read once: family, weight and style come from the
 * font's own tables, so a theme adds a family by dropping its files in. Registering every face
 * keeps PDFBox from falling back to a scan of the system's fonts.
 */
public final class FontSet {
    /** One face: its bytes and how CSS names it; {@code collectionIndex} ≥ 0 picks a face of a .ttc file. */
    public record Face(String family, int weight, FontStyle style, byte[] bytes, int collectionIndex) {
        public Face(String family, int weight, FontStyle style, byte[] bytes) {
            this(family, weight, style, bytes, -1);
        }
    }

    /** A character no font Vita can find draws, with the script and the Debian package that would. */
    public record Missing(int codePoint, String script, String debianPackage) {}

    private final List<Face> faces;
    /** Parsing a face's tables costs more than laying out a page, so each thread parses each face once. */
    private final ThreadLocal<Map<Face, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);
    private final FallbackFonts fallback;
    /** Installed faces read for some document, kept for the next build (vita watch). */
    private final Map<String, Face> fallbackFaces = new ConcurrentHashMap<>();
    private final Map<String, FallbackFonts.File> files = new ConcurrentHashMap<>();
    private final Map<Face, TrueTypeFont> sharedParsed = new ConcurrentHashMap<>();
    /** The characters the shipped faces draw, read from their character maps on first need. */
    private volatile BitSet shipped;

    private FontSet(List<Face> faces, List<Path> systemFolders) {
        this.faces = List.copyOf(faces);
        this.fallback = new FallbackFonts(systemFolders);
    }

    /** The same faces, with fallbacks looked for in these folders instead of the system's (for tests). */
    public FontSet withSystemFolders(List<Path> folders) {
        return new FontSet(faces, folders);
    }

    /** The face parsed for use on the current thread (PDFBox fonts are not thread-safe). */
    public TrueTypeFont parsed(Face face) {
        // an installed face (a CJK one has 20,000 glyphs) is parsed once for all threads: fontbox 3
        // locks its table and glyph reads, and PDFBox's per-document font objects stay per thread
        if (fallbackFaces.containsValue(face)) return sharedParsed.computeIfAbsent(face, this::parse);
        return parsed.get().computeIfAbsent(face, this::parse);
    }

    private TrueTypeFont parse(Face f) {
        try {
            if (f.collectionIndex() >= 0) {
                // the collection stays open: its faces read their glyphs from it while the PDF is written
                TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(f.bytes()));
                List<TrueTypeFont> all = new ArrayList<>();
                ttc.processAllFonts(all::add);
                return all.get(f.collectionIndex());
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a shipped face draws the character. */
    public boolean shipped(int cp) {
        BitSet s = shipped;
        if (s == null) {
            s = new BitSet(0x3000);
            for (Face f : faces) {
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()))) {
                    var cmap = ttf.getUnicodeCmapLookup(false);
                    if (cmap == null) continue;
                    for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
                        List<Integer> codes = cmap.getCharCodes(gid);
                        if (codes != null) codes.forEach(s::set);
                    }
                } catch (IOException | RuntimeException e) {
                    // a face that cannot be read draws nothing
                }
            }
            shipped = s;
        }
        return s.get(cp);
    }

    /** An installed face a document may need, registered by its name and made only when a glyph is drawn from it. */
    public record Fallback(String family, int weight, String key) {}

    /**
     * The installed faces a text needs for the characters the shipped faces lack (and their bold
     * siblings); empty for text the shipped faces draw whole, as a Latin CV is. Only the character
     * maps are read here; {@link #face} reads a face's file when the renderer first draws from it.
     */
    public List<Fallback> fallbacksFor(CharSequence text, List<Path> extra) {
        java.util.LinkedHashMap<String, Fallback> out = new java.util.LinkedHashMap<>();
        BitSet seen = new BitSet();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80 || seen.get(cp)) continue;
            seen.set(cp);
            if (!drawable(cp) || shipped(cp)) continue;
            fallback.find(cp, extra).ifPresent(f -> {
                add(f, out);
                fallback.bold(f).ifPresent(b -> add(b, out));
            });
        }
        return List.copyOf(out.values());
    }

    private void add(FallbackFonts.File f, Map<String, Fallback> out) {
        if (out.containsKey(f.key())) return;
        fallback.info(f).ifPresent(info -> {
            files.put(f.key(), f);
            out.put(f.key(), new Fallback(info.family(), info.weight(), f.key()));
        });
    }

    /** The face of a fallback, read once (vita watch keeps it for the next build). */
    public Face face(Fallback f) {
        return fallbackFaces.computeIfAbsent(f.key(), k -> readFallback(files.get(k), f));
    }

    /** The characters of the text no face draws, neither shipped nor installed nor named by the profile. */
    public List<Missing> missing(CharSequence text, List<Path> extra) {
        List<Missing> out = new ArrayList<>();
        BitSet seen = new BitSet();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80 || seen.get(cp)) continue;
            seen.set(cp);
            if (!drawable(cp) || shipped(cp) || fallback.find(cp, extra).isPresent()) continue;
            String script = dev.vita.render.Scripts.of(cp);
            out.add(new Missing(cp, script, FallbackFonts.packageFor(script)));
        }
        return out;
    }

    /**
     * The family name of the installed font that draws this character, for fontspec in the LaTeX
     * route (which cannot use the shipped files); empty when none is installed.
     */
    public Optional<String> installedFamily(int cp, List<Path> extra) {
        return fallback.find(cp, extra).flatMap(fallback::info).map(FallbackFonts.Info::family);
    }

    /** Format characters (direction marks, joiners) and spaces take no glyph of their own. */
    private static boolean drawable(int cp) {
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.CONTROL && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && type != Character.UNASSIGNED && type != Character.SURROGATE && !(cp >= 0xFE00 && cp <= 0xFE0F);
    }

    /**
     * An installed face, its glyph substitution hidden like the shipped faces' except for the
     * scripts PDFBox shapes through it (Devanagari, Bengali, Gujarati: conjuncts, vowel signs).
     */
    private static Face readFallback(FallbackFonts.File f, Fallback named) {
        try {
            byte[] bytes = Files.readAllBytes(f.path());
            if (!List.of("devanagari", "bengali", "gujarati").contains(f.script())) bytes = withoutGlyphSubstitution(bytes);
            return new Face(named.family(), named.weight(), FontStyle.NORMAL, bytes, f.index());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Face> faces() {
        return faces;
    }

    /** The families the faces belong to. */
    public java.util.Set<String> families() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        faces.forEach(f -> out.add(f.family()));
        return out;
    }

    /** These faces, then those of {@code base} whose family none of these has. */
    public FontSet over(FontSet base) {
        List<Face> all = new ArrayList<>(faces);
        java.util.Set<String> mine = families();
        for (Face f : base.faces) {
            if (!mine.contains(f.family())) all.add(f);
        }
        return new FontSet(all, FallbackFonts.SYSTEM_FOLDERS);
    }

    /** Reads every .ttf below the folder; the folder must hold at least one. */
    public static FontSet load(Path folder) {
        if (!Files.isDirectory(folder)) throw new UserError(folder, "fonts folder not found");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".ttf")).sorted().toList();
        } catch (IOException e) {
            throw new UserError(folder, "cannot read fonts folder: " + e.getMessage());
        }
        if (files.isEmpty()) throw new UserError(folder, "no .ttf font files in the fonts folder");
        List<Face> faces = new ArrayList<>();
        for (Path f : files) faces.add(face(f));
        return new FontSet(faces, FallbackFonts.SYSTEM_FOLDERS);
    }

    /**
     * PDFBox 3 applies a font's GSUB ligatures (fi, fl, ffi) when it writes text but gives the
     * ligature glyphs no Unicode mapping, so "Efficient" would extract as "E cient" — unreadable
     * for copy-paste and applicant-tracking systems. Hiding the GSUB table (renaming its tag in
     * the table directory) keeps every glyph and metric and makes each letter its own glyph.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        if (ttf.length < 12) return ttf;
        if (ttf[0] == 't' && ttf[1] == 't' && ttf[2] == 'c' && ttf[3] == 'f') {
            // a collection: each face has its own table directory, at the offsets listed in the header
            int count = u32(ttf, 8);
            for (int k = 0; k < count && 12 + 4 * k + 4 <= ttf.length; k++) hideGsub(ttf, u32(ttf, 12 + 4 * k));
            return ttf;
        }
        hideGsub(ttf, 0);
        return ttf;
    }

    private static void hideGsub(byte[] ttf, int directory) {
        if (directory < 0 || directory + 12 > ttf.length) return;
        int tables = ((ttf[directory + 4] & 0xFF) << 8) | (ttf[directory + 5] & 0xFF);
        for (int i = 0; i < tables && directory + 12 + 16 * i + 4 <= ttf.length; i++) {
            int at = directory + 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'x';
            }
        }
    }

    private static int u32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static Face face(Path file) {
        try {
            byte[] bytes = withoutGlyphSubstitution(Files.readAllBytes(file));
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                String family = ttf.getNaming().getFontFamily();
                OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
                int weight = os2 == null ? 400 : os2.getWeightClass();
                boolean italic = os2 != null && (os2.getFsSelection() & 1) != 0;
                // the family name of a bold or italic face carries no style words in the typographic name table
                String typographic = ttf.getNaming().getName(16, 3, 1, 0x409);
                return new Face(typographic != null ? typographic : family, weight,
                        italic ? FontStyle.ITALIC : FontStyle.NORMAL, bytes);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(file, "font file missing (a link to a file that is gone?)");
        } catch (IOException | RuntimeException e) {
            throw new UserError(file, "not a readable TrueType font: " + e.getMessage());
        }
    }
}
