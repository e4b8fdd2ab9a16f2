package dev.vita.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words a document prints in its language: section titles, month names, date patterns,
 * "present", the legend, "et al.". Built-in per locale ({@code vita/labels/<locale>.properties},
 * falling back to English), every one overridable by the profile's {@code labels:}.
 */
public final class Labels {
    /** The locales Vita has words for. */
    public static final List<String> LOCALES = List.of("en", "de", "fr", "es", "pt", "it", "zh", "ja", "ko");
    /** Read once, immutable: nine small files. */
    private static final Map<String, Map<String, String>> BUILT_IN = loadAll();

    private final String locale;
    private final Map<String, String> words;

    private Labels(String locale, Map<String, String> words) {
        this.locale = locale;
        this.words = words;
    }

    /** The words of a locale (null: English) with the profile's overrides on top. */
    public static Labels of(String locale, Map<String, String> overrides) {
        String l = locale == null ? "en" : locale.trim().toLowerCase(Locale.ROOT);
        Map<String, String> w = new HashMap<>(builtIn("en"));
        if (LOCALES.contains(l)) w.putAll(builtIn(l));
        if (overrides != null) w.putAll(overrides);
        return new Labels(LOCALES.contains(l) ? l : "en", Map.copyOf(w));
    }

    /** Every key a profile may override (besides its custom sections' ids), sorted. */
    public static Set<String> keys() {
        return new TreeSet<>(builtIn("en").keySet());
    }

    /** The locale, as the HTML {@code lang} attribute takes it. */
    public String locale() {
        return locale;
    }

    /** The word for a key, or the key itself when there is none (so a missing word shows, not breaks). */
    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    /** The word for a key, or null. */
    public String find(String key) {
        return words.get(key);
    }

    /** A date as this locale prints it: "Mar 2024", "März 2024", "2024年3月", "present". */
    public String date(PartialDate d) {
        if (d.present()) return get("present");
        String year = Integer.toString(d.year());
        if (d.season() != null) {
            return get("date.season").replace("{season}", get("season." + season(d.season()))).replace("{year}", year);
        }
        if (d.month() == 0) return year;
        String pattern = d.day() != 0 ? get("date.day") : get("date.month");
        return pattern.replace("{month}", get("month." + d.month())).replace("{day}", Integer.toString(d.day())).replace("{year}", year);
    }

    /** A period: "Jan 2024 – present", "Jan – Jun 2024" (where the locale shortens it), "present" alone. */
    public String range(PartialDate start, PartialDate end) {
        if (start == null && end == null) return "";
        if (start == null) return date(end); // "present" alone is spelt as in "2024 – present", never both ways
        if (end == null || end.equals(start)) return date(start);
        String same = get("date.sameYear");
        if (!end.present() && !same.isBlank() && start.year() == end.year() && start.month() != 0 && end.month() != 0
                && start.day() == 0 && end.day() == 0) {
            return same.replace("{startMonth}", get("month." + start.month())).replace("{end}", date(end));
        }
        return get("date.range").replace("{start}", date(start)).replace("{end}", date(end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labels l && l.locale.equals(locale) && l.words.equals(words);
    }

    @Override
    public int hashCode() {
        return locale.hashCode() * 31 + words.hashCode();
    }

    private static String season(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.equals("autumn") ? "fall" : l;
    }

    private static Map<String, String> builtIn(String locale) {
        return BUILT_IN.get(locale);
    }

    private static Map<String, Map<String, String>> loadAll() {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (String l : LOCALES) m.put(l, load(l));
        return Map.copyOf(m);
    }

    private static Map<String, String> load(String locale) {
        try (InputStream in = Labels.class.getResourceAsStream("/vita/labels/" + locale + ".properties")) {
            if (in == null) throw new IllegalStateException("the jar lacks its labels for " + locale);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return Map.copyOf(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
