package dev.vita.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The text facts of a CV file (JSON Resume or RenderCV), as the acceptance check counts them: each
 * text leaf (contact details, dates, URLs and design settings left out), markup taken off, its
 * first six words; a fact is found when those words stand in that order among a PDF's words.
 */
final class Facts {
    private static final Set<String> SKIP = Set.of("url", "website", "email", "phone", "image", "picture", "photo", "$schema",
            "meta", "username", "network", "countrycode", "postalcode", "startdate", "enddate", "date", "releasedate",
            "start_date", "end_date", "design", "settings", "rendercv_settings", "locale", "locale_catalog", "doi", "icon",
            "custom_connections", "id", "canonical", "version", "lastmodified", "theme", "citations", "score", "gpa", "level",
            "fluency", "address", "region");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private Facts() {}

    /** Each fact by the key path it came from. */
    @SuppressWarnings("unchecked")
    static Map<String, String> of(Path source) throws IOException {
        String text = Files.readString(source);
        Object data = source.toString().endsWith(".json") ? new ObjectMapper().readValue(text, Object.class)
                : new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (data instanceof Map<?, ?> m && m.get("cv") != null) data = m.get("cv");
        Map<String, String> facts = new LinkedHashMap<>();
        leaves(data, "", facts);
        return facts;
    }

    private static void leaves(Object node, String path, Map<String, String> out) {
        if (node instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (SKIP.contains(k.toLowerCase(Locale.ROOT))) continue;
                leaves(e.getValue(), path.isEmpty() ? k : path + "." + k, out);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) leaves(l.get(i), path + "[" + (i + 1) + "]", out);
        } else if (node instanceof String s) {
            List<String> w = words(strip(s));
            if (!w.isEmpty() && String.join("", w).length() >= 4) {
                String fact = String.join(" ", w.subList(0, Math.min(6, w.size())));
                if (!out.containsValue(fact)) out.put(path, fact);
            }
        }
    }

    static List<String> words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String strip(String s) {
        return s.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("#\\w+\\[([^\\]]*)]", "$1")
                .replaceAll("https?://\\S+", " ").replace("**", " ").replace("*", " ").replace("_", " ");
    }

    /** The facts not among the text's words, by path. */
    static Map<String, String> missing(Map<String, String> facts, String pdfText) {
        String text = " " + String.join(" ", words(pdfText)) + " ";
        Map<String, String> out = new LinkedHashMap<>();
        facts.forEach((path, fact) -> {
            if (!text.contains(" " + fact + " ")) out.put(path, fact);
        });
        return out;
    }
}
