package dev.vita;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Vita's version, from the properties Maven writes at build time. */
public final class Version {
    private static final String VERSION = load();

    private Version() {}

    /** The version number, such as "0.1.0". */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/vita/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** How generated files name their maker. */
    public static String generator() {
        return "Vita " + get();
    }
}
