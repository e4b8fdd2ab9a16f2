package dev.vita.load;

import dev.vita.model.Profile;
import dev.vita.model.Variant;
import dev.vita.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a bound profile for what types cannot say: e-mail and web-address shapes. */
final class ProfileChecks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]+");
    /** The standard section names variants may use (custom sections add their ids). */
    static final List<String> SECTIONS = dev.vita.model.StandardSection.ids();
    /** What a custom section's id may look like: it becomes an HTML id and a CSS class. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");

    private final Locations at;
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Set<String> sectionIds = new java.util.LinkedHashSet<>(SECTIONS);

    ProfileChecks(Locations at) {
        this.at = at;
    }

    /** Every problem found; empty when the profile is fine. */
    List<Problem> check(Profile p) {
        if (p.email() != null && !EMAIL.matcher(p.email().strip()).matches()) {
            fail("email", "'" + YamlChecker.shorten(p.email()) + "' is not an e-mail address (name@example.org)");
        }
        url(p.website(), "website");
        for (int i = 0; i < p.links().size(); i++) url(p.links().get(i).url(), "links[" + (i + 1) + "].url");
        for (int i = 0; i < p.experience().size(); i++) url(p.experience().get(i).url(), "experience[" + (i + 1) + "].url");
        for (int i = 0; i < p.projects().size(); i++) url(p.projects().get(i).url(), "projects[" + (i + 1) + "].url");
        for (int i = 0; i < p.openSource().size(); i++) url(p.openSource().get(i).url(), "openSource[" + (i + 1) + "].url");
        for (int i = 0; i < p.education().size(); i++) url(p.education().get(i).url(), "education[" + (i + 1) + "].url");
        for (int i = 0; i < p.experience().size(); i++) period("experience[" + (i + 1) + "]", p.experience().get(i).start(), p.experience().get(i).end(), true);
        for (int i = 0; i < p.projects().size(); i++) period("projects[" + (i + 1) + "]", p.projects().get(i).start(), p.projects().get(i).end(), true);
        // a degree given by its end alone (the year of graduation) is how CVs say it
        for (int i = 0; i < p.education().size(); i++) period("education[" + (i + 1) + "]", p.education().get(i).start(), p.education().get(i).end(), false);
        for (int i = 0; i < p.publications().bib().size(); i++) {
            String bib = p.publications().bib().get(i);
            if (bib.isBlank()) fail("publications.bib[" + (i + 1) + "]", "empty file name");
        }
        publications(p.publications());
        for (dev.vita.model.StandardSection s : dev.vita.model.StandardSection.values()) {
            List<dev.vita.model.Entry> entries = s.entries(p);
            if (entries != null) entries(entries, s.id());
        }
        custom(p.sections());
        if (p.locale() != null && !dev.vita.model.Labels.LOCALES.contains(p.locale().strip().toLowerCase(java.util.Locale.ROOT))) {
            fail("locale", "'" + YamlChecker.shorten(p.locale()) + "' is not a locale Vita has words for ("
                    + String.join(", ", dev.vita.model.Labels.LOCALES) + "); override single words with labels:");
        }
        java.util.Set<String> labelKeys = new java.util.TreeSet<>(dev.vita.model.Labels.keys());
        labelKeys.addAll(sectionIds);
        for (String key : p.labels().keySet()) {
            if (!labelKeys.contains(key)) {
                fail("labels." + key, "no label '" + YamlChecker.shorten(key) + "'" + YamlChecker.suggestion(key, labelKeys)
                        .replace("known keys", "labels are"));
            }
        }
        p.variants().forEach(this::variant);
        fonts(p.fonts());
        return problems;
    }

    /** A variant's section names must be known: a misspelt one would otherwise drop a section. */
    private void variant(String name, Variant v) {
        String path = "variants." + name;
        for (int i = 0; i < v.sections().size(); i++) section(v.sections().get(i), path + ".sections[" + (i + 1) + "]");
        for (int i = 0; i < v.required().size(); i++) section(v.required().get(i), path + ".required[" + (i + 1) + "]");
        v.maxItems().forEach((section, max) -> {
            section(section, path + ".maxItems." + section);
            if (max < 0) fail(path + ".maxItems." + section, "cannot be negative");
        });
        if (v.maxPages() != null && v.maxPages() < 1) fail(path + ".maxPages", "must be 1 or more");
        if (v.pageSize() != null && !List.of("a4", "letter").contains(v.pageSize())) {
            fail(path + ".pageSize", "'" + YamlChecker.shorten(v.pageSize()) + "' is not a page size Vita sets (a4 or letter)");
        }
    }

    /** Author style, grouping, maxAuthors and marker roles must be ones Vita knows. */
    private void publications(dev.vita.model.PublicationSettings s) {
        if (!dev.vita.model.PublicationSettings.AUTHOR_STYLES.contains(s.authorStyle())) {
            fail("publications.authorStyle", "'" + YamlChecker.shorten(s.authorStyle()) + "' is not one of "
                    + String.join(", ", dev.vita.model.PublicationSettings.AUTHOR_STYLES));
        }
        if (!dev.vita.model.PublicationSettings.GROUPINGS.contains(s.groupBy())) {
            fail("publications.groupBy", "'" + YamlChecker.shorten(s.groupBy()) + "' is not one of "
                    + String.join(", ", dev.vita.model.PublicationSettings.GROUPINGS));
        }
        if (s.maxAuthors() != null && s.maxAuthors() < 1) fail("publications.maxAuthors", "must be 1 or more");
        if (s.style() != null && at.file() != null) {
            String wrong = CslStyleFile.problem(s.style(), at.file().toAbsolutePath().getParent());
            if (wrong != null) fail("publications.style", wrong);
        }
        s.macros().forEach((name, replacement) -> {
            String path = "publications.macros." + name;
            if (!name.matches("[A-Za-z]+")) {
                fail(path, "'" + YamlChecker.shorten(name) + "' is not a macro name: letters only, without the backslash");
            } else if (replacement.matches("(?s).*#[2-9].*")) {
                fail(path, "a macro takes at most one argument, written #1");
            }
        });
        for (String role : s.markers().keySet()) {
            if (dev.vita.model.Role.ofKey(role) == null) {
                fail("publications.markers." + role, "'" + YamlChecker.shorten(role) + "' is not a role (equal, corresponding, cosenior, student)");
            }
        }
    }

    /** Web addresses and e-mail of entries. */
    private void entries(List<dev.vita.model.Entry> entries, String path) {
        for (int i = 0; i < entries.size(); i++) {
            dev.vita.model.Entry e = entries.get(i);
            String at = path + "[" + (i + 1) + "]";
            url(e.url(), at + ".url");
            if (e.email() != null && !EMAIL.matcher(e.email().strip()).matches()) {
                fail(at + ".email", "'" + YamlChecker.shorten(e.email()) + "' is not an e-mail address (name@example.org)");
            }
        }
    }

    /** Each font a profile names must be a TrueType file or a folder beside profile.yaml. */
    private void fonts(List<String> fonts) {
        java.nio.file.Path dir = at.file().toAbsolutePath().getParent();
        for (int i = 0; i < fonts.size(); i++) {
            String path = "fonts[" + (i + 1) + "]";
            String name = fonts.get(i);
            java.nio.file.Path f = dir.resolve(name).normalize();
            if (name.isBlank()) {
                fail(path, "empty file name");
            } else if (!java.nio.file.Files.exists(f)) {
                fail(path, "'" + YamlChecker.shorten(name) + "' not found (looked for " + f + ")");
            } else if (!java.nio.file.Files.isDirectory(f) && !name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(ttf|ttc)")) {
                fail(path, "'" + YamlChecker.shorten(name) + "' is not a TrueType font (.ttf or .ttc) or a folder of them");
            }
        }
    }

    /** Custom sections: a known kind, an id of their own, and their entries' addresses. */
    private void custom(List<dev.vita.model.CustomSection> sections) {
        for (int i = 0; i < sections.size(); i++) {
            dev.vita.model.CustomSection s = sections.get(i);
            String path = "sections[" + (i + 1) + "]";
            if (s.kind() != null && !dev.vita.model.EntryKind.USER_KINDS.contains(s.kind().strip().toLowerCase(java.util.Locale.ROOT))) {
                fail(path + ".kind", "'" + YamlChecker.shorten(s.kind()) + "' is not an entry kind ("
                        + String.join(", ", dev.vita.model.EntryKind.USER_KINDS) + ")"
                        + YamlChecker.suggestion(s.kind(), new java.util.LinkedHashSet<>(dev.vita.model.EntryKind.USER_KINDS)).replaceAll(" \\(known keys.*", ""));
            }
            String id = s.sectionId();
            String where = s.id() != null ? path + ".id" : path + ".title";
            if (s.id() != null && !ID.matcher(s.id().strip()).matches()) {
                fail(where, "'" + YamlChecker.shorten(s.id()) + "' is not a section id: letters, digits, '-' and '_' only");
            } else if (!sectionIds.add(id)) {
                fail(where, "section id '" + YamlChecker.shorten(id) + "' is already taken"
                        + (SECTIONS.contains(id) ? " by a standard section; give this one an id:" : " by another section; give one an id:"));
            }
            entries(s.entries(), path + ".entries");
        }
    }

    private void section(String id, String path) {
        if (!sectionIds.contains(id)) {
            fail(path, "no section '" + YamlChecker.shorten(id) + "'" + YamlChecker.suggestion(id, sectionIds)
                    .replace("known keys", "sections are"));
        }
    }

    /** A period prints as given, so "Jun 2024 – Jan 2019" must be a mistake the user hears about. */
    private void period(String path, dev.vita.model.PartialDate start, dev.vita.model.PartialDate end, boolean needsStart) {
        String wrong = dev.vita.model.PartialDate.misordered(start, end);
        if (wrong != null) fail(path + (start.present() ? ".start" : ".end"), wrong);
        wrong = needsStart ? dev.vita.model.PartialDate.endWithoutStart(start, end) : null;
        if (wrong != null) fail(path + ".end", wrong);
    }

    private void url(String url, String path) {
        if (url != null && !Links.isWebUrl(url)) {
            fail(path, "'" + YamlChecker.shorten(url) + "' is not a web address (write it with http:// or https://)");
        }
    }

    private void fail(String path, String message) {
        problems.add(at.problem(path, path + ": " + message));
    }
}
