package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core (the accessibility engine browsers' audits use) in headless Chromium on the HTML pages:
 * no violation of WCAG 2.1 A or AA, colour contrast included. .ci/run installs both and sets
 * VITA_REQUIRE_AXE=1, so there a missing tool fails instead of skipping.
 */
class HtmlAccessibilityTest {
    private static Path axe;
    private static String chromium;

    @BeforeAll
    static void tools() {
        axe = findAxe();
        chromium = findChromium();
        boolean required = "1".equals(System.getenv("VITA_REQUIRE_AXE"));
        String missing = axe == null ? "axe-core (npm; see .ci/run)" : chromium == null ? "chromium" : null;
        if (missing != null && required) throw new AssertionError(missing + " is missing and VITA_REQUIRE_AXE=1");
        Assumptions.assumeTrue(missing == null, () -> missing + " is not installed");
    }

    @Test
    void theSamplePagesHaveNoViolations(@TempDir Path tmp) throws Exception {
        for (String page : List.of("cv.html", "resume.html")) {
            assertEquals("[]", violations(Files.readString(SampleBuild.out().resolve(page)), tmp.resolve(page)), page);
        }
    }

    @Test
    void theCheckSeesPoorContrast(@TempDir Path tmp) throws Exception {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
                + "<p style=\"color:#bbb;background:#fff\">faint text</p></main></body></html>";
        String found = violations(page, tmp.resolve("faint.html"));
        assertTrue(found.contains("color-contrast"), found);
    }

    /** The violations axe finds in the page, as JSON (id, impact, help, nodes); "[]" when none. */
    static String violations(String html, Path file) throws Exception {
        Path dir = file.getParent();
        Files.copy(axe, dir.resolve("axe.min.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String run = "<script src=\"axe.min.js\"></script><script>"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(function (r) { report(JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary; })}; }))); })"
                + ".catch(function (e) { report('error: ' + e); });"
                + "function report(s) { var p = document.createElement('pre'); p.id = 'axe-result'; p.textContent = s; document.body.appendChild(p); }"
                + "</script>";
        int end = html.lastIndexOf("</body>");
        Files.writeString(file, html.substring(0, end) + run + html.substring(end));
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--virtual-time-budget=60000", "--dump-dom",
                file.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "chromium timed out");
        Element result = Jsoup.parse(dom).getElementById("axe-result");
        assertTrue(result != null, "axe reported nothing (chromium exit " + p.exitValue() + ")");
        assertTrue(!result.text().startsWith("error:"), result.text());
        return result.text();
    }

    /** axe.min.js from VITA_AXE (a file or an install folder), else where .ci/run installs it. */
    private static Path findAxe() {
        String home = System.getProperty("user.home");
        String cache = System.getenv("XDG_CACHE_HOME") != null ? System.getenv("XDG_CACHE_HOME") : home + "/.cache";
        for (String c : new String[] {System.getenv("VITA_AXE"), cache + "/vita/axe", "target/axe"}) {
            if (c == null) continue;
            Path p = Path.of(c);
            for (Path f : List.of(p, p.resolve("node_modules/axe-core/axe.min.js"))) {
                if (Files.isRegularFile(f)) return f;
            }
        }
        return null;
    }

    private static String findChromium() {
        for (String c : new String[] {System.getenv("VITA_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && Files.isExecutable(Path.of(c))) return c;
        }
        return null;
    }
}
