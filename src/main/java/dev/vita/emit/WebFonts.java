package dev.vita.emit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;

/**
 * The web page's typefaces: {@code @font-face} rules for the families a theme uses, each face
 * subset (fontbox) to the characters of the page and inlined as a {@code data:} URI, so a
 * browser shows the PDF's typeface without fetching anything and the page stays one file. Only
 * the HTML artifact gets them; the PDF renderer has the same faces registered.
 */
public final class WebFonts {
    /**
     * The tables a browser needs. Others would be copied whole and unchanged: GPOS and GSUB then
     * name glyphs by their numbers in the full font, which the subset has renumbered (wrong marks
     * and kerning), and they are most of a subset's size. The PDF route applies neither either.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "cmap", "name", "OS/2", "post");

    private WebFonts() {}

    /** The page with a style element of {@code @font-face} rules before {@code </head>}. */
    public static String inline(String html, FontSet fonts, List<String> families) {
        int head = html.indexOf("</head>");
        if (head < 0) return html;
        Set<Integer> used = new TreeSet<>();
        html.codePoints().filter(c -> c >= 0x20).forEach(used::add);
        StringBuilder css = new StringBuilder(64 * 1024);
        css.append("<style>\n/* the PDF's typefaces, subset to this page's characters; licences in Vita's fonts/ folder */\n");
        for (FontSet.Face face : fonts.faces()) {
            if (!families.contains(face.family())) continue;
            css.append("@font-face { font-family: \"").append(face.family()).append("\"; font-weight: ").append(face.weight())
                    .append("; font-style: ").append(face.style().name().toLowerCase(java.util.Locale.ROOT))
                    .append("; font-display: swap; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(subset(fonts, face, used)))
                    .append(") format(\"truetype\"); }\n");
        }
        css.append("</style>\n");
        return html.substring(0, head) + css + html.substring(head);
    }

    private static byte[] subset(FontSet fonts, FontSet.Face face, Set<Integer> codePoints) {
        try {
            TTFSubsetter s = new TTFSubsetter(fonts.parsed(face), TABLES);
            s.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            s.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
