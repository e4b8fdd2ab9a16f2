package dev.vita.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which link targets user data may carry: web pages and mail, never scripts or local files. */
public final class Links {
    private Links() {}

    /** True for an absolute http(s) URL with a host. */
    public static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
