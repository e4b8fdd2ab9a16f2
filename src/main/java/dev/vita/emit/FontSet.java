package dev.vita.emit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Every TrueType face under the fonts folder, read once: family, weight and style come from the
 * font's own tables, so a theme adds a family by dropping its files in. Registering every face
 * keeps PDFBox from falling back to a scan of the system's fonts.
 */
public final class FontSet {
    /** One face: its bytes and how CSS names it. */
    public record Face(String family, int weight, FontStyle style, byte[] bytes) {}

    private final List<Face> faces;
    /** Parsing a face's tables costs more than laying out a page, so each thread parses each face once. */
    private final ThreadLocal<Map<Face, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);

    private FontSet(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /** The face parsed for use on the current thread (PDFBox fonts are not thread-safe). */
    public TrueTypeFont parsed(Face face) {
        return parsed.get().computeIfAbsent(face, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
        return new FontSet(all);
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
        return new FontSet(faces);
    }

    /**
     * PDFBox 3 applies a font's GSUB ligatures (fi, fl, ffi) when it writes text but gives the
     * ligature glyphs no Unicode mapping, so "Efficient" would extract as "E cient" — unreadable
     * for copy-paste and applicant-tracking systems. Hiding the GSUB table (renaming its tag in
     * the table directory) keeps every glyph and metric and makes each letter its own glyph.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        if (ttf.length < 12) return ttf;
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0; i < tables && 12 + 16 * i + 4 <= ttf.length; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'x';
            }
        }
        return ttf;
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
