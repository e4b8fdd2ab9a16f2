package dev.vita.importer;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** Web addresses: which text is one, and the profile address of a network and user name. */
final class Links {
    /** Where a user's page is on each network RenderCV and JSON Resume files name; %s is the user name. */
    private static final Map<String, String> NETWORKS = Map.ofEntries(
            Map.entry("github", "https://github.com/%s"),
            Map.entry("gitlab", "https://gitlab.com/%s"),
            Map.entry("linkedin", "https://www.linkedin.com/in/%s"),
            Map.entry("twitter", "https://twitter.com/%s"),
            Map.entry("x", "https://x.com/%s"),
            Map.entry("instagram", "https://www.instagram.com/%s"),
            Map.entry("orcid", "https://orcid.org/%s"),
            Map.entry("stackoverflow", "https://stackoverflow.com/users/%s"),
            Map.entry("researchgate", "https://www.researchgate.net/profile/%s"),
            Map.entry("youtube", "https://www.youtube.com/@%s"),
            Map.entry("google scholar", "https://scholar.google.com/citations?user=%s"),
            Map.entry("googlescholar", "https://scholar.google.com/citations?user=%s"),
            Map.entry("telegram", "https://t.me/%s"),
            Map.entry("whatsapp", "https://wa.me/%s"),
            Map.entry("bluesky", "https://bsky.app/profile/%s"),
            Map.entry("imdb", "https://www.imdb.com/name/%s"),
            Map.entry("reddit", "https://www.reddit.com/user/%s"),
            Map.entry("medium", "https://medium.com/@%s"),
            Map.entry("kaggle", "https://www.kaggle.com/%s"),
            Map.entry("leetcode", "https://leetcode.com/%s"),
            Map.entry("hackernews", "https://news.ycombinator.com/user?id=%s"),
            Map.entry("facebook", "https://www.facebook.com/%s"));

    private Links() {}

    static boolean web(String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** The page of a user on a network, or null when the network is unknown. */
    static String profile(String network, String user) {
        String n = network.strip().toLowerCase(Locale.ROOT);
        String u = user.strip().replaceFirst("^@", "");
        if (n.equals("mastodon")) {
            // @name@host → https://host/@name
            String[] parts = u.split("@");
            return parts.length == 2 ? "https://" + parts[1] + "/@" + parts[0] : null;
        }
        String pattern = NETWORKS.get(n);
        return pattern == null ? null : String.format(pattern, u);
    }

    /** A label for a bare link: its host without "www.". */
    static String host(String url) {
        try {
            return URI.create(url).getHost().replaceFirst("^www\\.", "");
        } catch (Exception e) {
            return "Link";
        }
    }
}
