package dev.vita.emit;

import dev.vita.render.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Where a character the shipped Latin faces lack is drawn from: the fonts a profile names under
 * {@code fonts:}, then a chain of installed fonts per script (Debian's fonts-noto-core, fonts-nanum,
 * fonts-wqy-zenhei, fonts-ipafont-mincho), looked up by file name in the system's font folders.
 * Nothing is read until a document has such a character; what was read is kept for the next build.
 */
final class FallbackFonts {
    /** One installed font file (a face of a collection when {@code index} ≥ 0) that draws some script. */
    record File(Path path, int index, String script) {
        String key() {
            return path + "#" + index;
        }
    }

    /** The folders searched, in order; the Debian packages install under the first. */
    static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home", "/nonexistent"), ".local/share/fonts"),
            Path.of(System.getProperty("user.home", "/nonexistent"), ".fonts"));

    /** For each script, the files to try in order; their Debian package is named for the warning. */
    private static final Map<String, List<String>> CHAINS = Map.ofEntries(
            Map.entry("hangul", List.of("NanumMyeongjo.ttf", "NanumGothic.ttf", "wqy-zenhei.ttc")),
            Map.entry("kana", List.of("ipam.ttf", "wqy-zenhei.ttc")),
            Map.entry("han", List.of("wqy-zenhei.ttc", "ipam.ttf", "NanumMyeongjo.ttf")),
            Map.entry("bopomofo", List.of("wqy-zenhei.ttc")),
            Map.entry("arabic", List.of("NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf", "DejaVuSans.ttf")),
            Map.entry("hebrew", List.of("NotoSerifHebrew-Regular.ttf", "NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf")),
            Map.entry("latin", List.of("NotoSerif-Regular.ttf", "DejaVuSerif.ttf", "DejaVuSans.ttf")),
            Map.entry("greek", List.of("NotoSerif-Regular.ttf", "DejaVuSerif.ttf", "DejaVuSans.ttf")),
            Map.entry("cyrillic", List.of("NotoSerif-Regular.ttf", "DejaVuSerif.ttf", "DejaVuSans.ttf")),
            Map.entry("symbols", List.of("NotoSerif-Regular.ttf", "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf",
                    "NotoSansMath-Regular.ttf", "DejaVuSans.ttf", "wqy-zenhei.ttc", "ipam.ttf")));

    /** The Debian package that installs a file of the chains, for the advice in a warning. */
    static String packageFor(String script) {
        return switch (script) {
            case "hangul" -> "fonts-nanum";
            case "kana" -> "fonts-ipafont-mincho";
            case "han", "bopomofo" -> "fonts-wqy-zenhei";
            default -> "fonts-noto-core";
        };
    }

    private final List<Path> folders;
    /** File name (lower case) → path, from one walk of the folders. */
    private volatile Map<String, Path> index;
    private final Map<String, Optional<Info>> infos = new ConcurrentHashMap<>();

    FallbackFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The first font, of the profile's own then the script's chain, that has the character; empty when none has. */
    Optional<File> find(int cp, List<Path> extra) {
        String script = Scripts.of(cp);
        for (Path p : extra) {
            File f = new File(p, p.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? 0 : -1, script);
            if (covers(f, cp)) return Optional.of(f);
        }
        for (String name : chain(cp, script)) {
            Path p = index().get(name.toLowerCase(Locale.ROOT));
            if (p == null) continue;
            File f = new File(p, name.endsWith(".ttc") ? 0 : -1, script);
            if (covers(f, cp)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The bold face beside a regular one (NotoSerifHebrew-Bold.ttf, NanumMyeongjoBold.ttf), when installed. */
    Optional<File> bold(File regular) {
        String name = regular.path().getFileName().toString();
        String bold = name.contains("-Regular.") ? name.replace("-Regular.", "-Bold.")
                : name.startsWith("Nanum") && name.endsWith(".ttf") ? name.replace(".ttf", "Bold.ttf") : null;
        if (bold == null) return Optional.empty();
        Path p = regular.path().resolveSibling(bold);
        return Files.isRegularFile(p) ? Optional.of(new File(p, regular.index(), regular.script())) : Optional.empty();
    }

    private static List<String> chain(int cp, String script) {
        List<String> chain = CHAINS.get(script);
        if (chain != null) return chain;
        String camel = Scripts.camel(cp);
        return List.of("NotoSerif" + camel + "-Regular.ttf", "NotoSans" + camel + "-Regular.ttf");
    }

    boolean covers(File f, int cp) {
        Optional<Info> info = info(f);
        return info.isPresent() && info.get().cmap().getGlyphId(cp) > 0;
    }

    /** What the font's tables say, read once: its character map, family name and weight. */
    record Info(CmapLookup cmap, String family, int weight) {}

    Optional<Info> info(File f) {
        return infos.computeIfAbsent(f.key(), k -> readInfo(f));
    }

    /** Only the tables needed here are read, from the file, so a 17 MB collection costs a few milliseconds. */
    private static Optional<Info> readInfo(File f) {
        try {
            if (f.index() >= 0) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(f.path().toFile())) {
                    List<TrueTypeFont> fonts = new ArrayList<>();
                    ttc.processAllFonts(fonts::add);
                    return info(fonts.get(f.index()));
                }
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f.path().toFile()))) {
                return info(ttf);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a usable font: never chosen
        }
    }

    private static Optional<Info> info(TrueTypeFont ttf) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) return Optional.empty();
        String typographic = ttf.getNaming().getName(16, 3, 1, 0x409);
        String family = typographic != null ? typographic : ttf.getNaming().getFontFamily();
        var os2 = ttf.getOS2Windows();
        return Optional.of(new Info(cmap, family, os2 == null ? 400 : os2.getWeightClass()));
    }

    private Map<String, Path> index() {
        Map<String, Path> i = index;
        if (i == null) {
            Map<String, Path> found = new HashMap<>();
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) continue;
                try (Stream<Path> walk = Files.walk(folder, 6)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(p -> found.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder holds no fonts for us
                }
            }
            index = i = Map.copyOf(found);
        }
        return i;
    }
}
