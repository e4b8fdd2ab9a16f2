package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.vita.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of mistakes a person makes, each with the exact message they read: file, line,
 * column and wording, and exit code 2. {@code {dir}} stands for the profile folder.
 */
class BrokenInputsTest {
    /** A valid little profile the cases start from; its line numbers are relied on below. */
    static final String BASE = """
            name: Ada Example
            email: ada@example.org
            experience:
              - organization: Example Labs
                role: Engineer
                start: 2022-03
                end: present
            education:
              - institution: ETH Zürich
                start: 2019
            """;

    /** One broken input: files to write (name, content), extra arguments, expected stderr lines. */
    record Case(String name, List<String[]> files, List<String> args, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case yaml(String name, String profile, String... expected) {
        return new Case(name, List.<String[]>of(new String[] {"profile.yaml", profile}), List.of(), List.of(expected));
    }

    static Case files(String name, List<String[]> files, List<String> args, String... expected) {
        return new Case(name, files, args, List.of(expected));
    }

    static String replace(String from, String to) {
        if (!BASE.contains(from)) throw new IllegalArgumentException(from);
        return BASE.replace(from, to);
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        String p = "{dir}/profile.yaml";
        // YAML syntax
        c.add(yaml("unclosed flow list", BASE + "interests: [Compilers\n",
                p + ":12:1: YAML syntax error: expected ',' or ']', but got the end of the file (while parsing a flow sequence at line 11)"));
        c.add(yaml("tab indentation", replace("    role: Engineer", "\trole: Engineer"),
                p + ":5:1: YAML syntax error: a tab character; indent with spaces, not tabs"));
        c.add(yaml("value after key on the same line", replace("    role: Engineer", "    role: Engineer: Senior"),
                p + ":5:19: YAML syntax error: mapping values are not allowed here"));
        c.add(yaml("unterminated quote", replace("    role: Engineer", "    role: \"Engineer"),
                p + ":11:1: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 5)"));
        c.add(yaml("two documents", BASE + "---\nname: Other\n",
                p + ":11:1: more than one YAML document (---): put everything in one"));
        // keys
        c.add(yaml("misspelt top-level key", replace("education:", "eductaion:"),
                p + ":8:1: unknown key 'eductaion' — did you mean 'education'?"));
        c.add(yaml("misspelt nested key", replace("    role: Engineer", "    rol: Engineer"),
                p + ":5:5: unknown key 'rol' in experience[1] — did you mean 'role'?"));
        c.add(yaml("unknown key far from any", replace("    start: 2019", "    start: 2019\n    zzzzzzz: 1"),
                p + ":11:5: unknown key 'zzzzzzz' in education[1] (known keys: coursework, degree, details, end, gpa, highlights, institution, location, priority, start, tags, url)"));
        c.add(yaml("duplicate top-level key", BASE + "name: Ada Again\n",
                p + ":11:1: duplicate key 'name' (first given at line 1)"));
        c.add(yaml("duplicate nested key", replace("    end: present", "    end: present\n    end: 2023"),
                p + ":8:5: duplicate key 'end' (first given at line 7)"));
        c.add(yaml("merge key", replace("    role: Engineer", "    <<: {role: Engineer}"),
                p + ":5:5: YAML merge keys (<<) are not supported: write the keys out"));
        c.add(yaml("short unknown key", BASE + "base: x\n",
                p + ":11:1: unknown key 'base' (known keys: aliases, awards, certificates, education, email, experience, fonts, grants, headline, interests, labels, languages, links, locale, location, name, openSource, phone, photo, projects, publications, references, sections, service, skills, summary, supervision, talks, teaching, theme, variants, volunteer, website)"));
        // types
        c.add(yaml("list where text belongs", replace("    role: Engineer", "    role: [Engineer, Lead]"),
                p + ":5:11: experience[1].role: expected text, found a list"));
        c.add(yaml("text where a list belongs", BASE + "interests: Compilers\n",
                p + ":11:12: interests: expected a list (lines starting with '- ', or [a, b]), found 'Compilers'"));
        c.add(yaml("mapping where a list belongs", replace("experience:\n  - organization: Example Labs", "experience:\n    organization: Example Labs")
                        .replace("    role: Engineer\n    start: 2022-03\n    end: present\n", ""),
                p + ":4:5: experience: expected a list (lines starting with '- ', or [a, b]), found a mapping (key: value)"));
        c.add(yaml("word where a number belongs", replace("    start: 2019", "    start: 2019\n    priority: high"),
                p + ":11:15: education[1].priority: expected a whole number, found 'high'"));
        c.add(yaml("word where true/false belongs", BASE + "openSource:\n  - name: LLVM\n    previous: maybe\n",
                p + ":13:15: openSource[1].previous: expected true or false, found 'maybe'"));
        c.add(yaml("empty list item", BASE + "interests:\n  - Compilers\n  -\n",
                p + ":13:4: interests[2]: empty list item"));
        c.add(yaml("a list at the top", "- name: Ada\n",
                p + ":1:1: expected a mapping (key: value) at the top of the file, found a list"));
        c.add(yaml("empty file", "# nothing yet\n", p + ": the file is empty"));
        // required fields
        c.add(yaml("name missing", BASE.replace("name: Ada Example\n", ""), p + ":1:1: 'name' is required"));
        c.add(yaml("name empty", replace("name: Ada Example", "name: \"\""), p + ":1:1: 'name' is required and cannot be empty"));
        c.add(yaml("organization missing", replace("  - organization: Example Labs\n    role: Engineer", "  - role: Engineer"),
                p + ":4:5: experience[1]: 'organization' is required"));
        // dates
        c.add(yaml("month 13", replace("start: 2022-03", "start: 2022-13"),
                p + ":6:12: experience[1].start: cannot read date '2022-13': write 2024, 2024-01, 2024-03-15, Jan 2024, Spring 2024 or present"));
        c.add(yaml("misspelt month", replace("start: 2022-03", "start: Jnuary 2022"),
                p + ":6:12: experience[1].start: cannot read date 'Jnuary 2022': write 2024, 2024-01, 2024-03-15, Jan 2024, Spring 2024 or present"));
        c.add(yaml("two-digit year", replace("    start: 2019", "    start: 19"),
                p + ":10:12: education[1].start: cannot read date '19': write 2024, 2024-01, 2024-03-15, Jan 2024, Spring 2024 or present"));
        c.add(yaml("no such day", replace("end: present", "end: 2024-02-30"),
                p + ":7:10: experience[1].end: cannot read date '2024-02-30': no such day"));
        // addresses
        c.add(yaml("web address without scheme", BASE + "website: example.org\n",
                p + ":11:10: website: 'example.org' is not a web address (write it with http:// or https://)"));
        c.add(yaml("javascript: link", BASE + "links:\n  - label: Home\n    url: javascript:alert(1)\n",
                p + ":13:10: links[1].url: 'javascript:alert(1)' is not a web address (write it with http:// or https://)"));
        c.add(yaml("file: link", BASE + "projects:\n  - name: P\n    url: file:///etc/passwd\n",
                p + ":13:10: projects[1].url: 'file:///etc/passwd' is not a web address (write it with http:// or https://)"));
        c.add(yaml("bad e-mail", replace("email: ada@example.org", "email: ada-at-example"),
                p + ":2:8: email: 'ada-at-example' is not an e-mail address (name@example.org)"));
        // variants
        c.add(yaml("misspelt section in a variant", BASE + "variants:\n  short:\n    sections: [summary, experence]\n",
                p + ":13:25: variants.short.sections[2]: no section 'experence' — did you mean 'experience'?"));
        c.add(yaml("section in maxItems and zero pages", BASE + "variants:\n  short:\n    maxPages: 0\n    maxItems: {projets: 2}\n",
                p + ":13:15: variants.short.maxPages: must be 1 or more",
                p + ":14:25: variants.short.maxItems.projets: no section 'projets' — did you mean 'projects'?"));
        c.add(yaml("page size", BASE + "variants:\n  short:\n    pageSize: A5\n",
                p + ":13:15: variants.short.pageSize: 'A5' is not a page size Vita sets (a4 or letter)"));
        // YAML that hides data
        c.add(yaml("!include tag", BASE + "headline: !include other.yaml\n",
                p + ":11:11: YAML tag '!include' is not supported: write the value itself"));
        c.add(yaml("python tag", BASE + "headline: !!python/object/apply:os.system [ls]\n",
                p + ":11:11: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not supported: write the value itself"));
        c.add(yaml("billion laughs", BASE + laughs(), p + ": too many YAML aliases (more than 50): refused, as aliases can multiply data without limit"));
        c.add(yaml("self-referencing alias", BASE + "interests: &a [x, *a]\n",
                p + ":11:12: interests[2]: an alias refers to itself"));
        c.add(yaml("over the size limit", BASE + "summary:\n" + "  - padding padding padding padding padding padding padding\n".repeat(20_000),
                p + ": file is larger than 1024 KiB; a profile is hand-written text"));
        c.add(files("not UTF-8", List.<String[]>of(new String[] {"profile.yaml", "latin1:" + BASE.replace("Zürich", "Z\u00fcrich")}), List.of(),
                p + ": not UTF-8 text: save the file as UTF-8"));
        c.add(yaml("NUL character", replace("role: Engineer", "role: Engi\u0000neer"),
                p + ":5:15: control character U+0000 is not allowed: delete it"));
        c.add(files("NUL character in BibTeX", List.<String[]>of(new String[] {"profile.yaml", BASE},
                        new String[] {"publications.bib", "@article{a,\n  title = {A\u0000B},\n}\n"}), List.of(),
                "{dir}/publications.bib:2:13: control character U+0000 is not allowed: delete it"));
        // several problems at once, in file order
        c.add(yaml("all problems at once", replace("email: ada@example.org", "email: nope").replace("    role: Engineer", "    rol: Engineer")
                        .replace("    start: 2019", "    start: someday"),
                p + ":2:8: email: 'nope' is not an e-mail address (name@example.org)",
                p + ":5:5: unknown key 'rol' in experience[1] — did you mean 'role'?",
                p + ":10:12: education[1].start: cannot read date 'someday': write 2024, 2024-01, 2024-03-15, Jan 2024, Spring 2024 or present"));
        // files around the profile
        c.add(files("bib file named but missing", List.<String[]>of(new String[] {"profile.yaml", BASE + "publications:\n  bib: [papers.bib]\n"}), List.of(),
                p + ":12:9: publications.bib[1]: 'papers.bib' not found (looked for {dir}/papers.bib)"));
        c.add(files("citation style unknown", List.<String[]>of(new String[] {"profile.yaml", BASE + "publications:\n  style: apaa\n"}), List.of(),
                p + ":12:10: publications.style: 'apaa' is not a CSL style — did you mean 'apa'?; name one of the CSL styles repository (apa, ieee, chicago-author-date, …) or a .csl file beside profile.yaml"));
        c.add(files("citation style file missing", List.<String[]>of(new String[] {"profile.yaml", BASE + "publications:\n  style: mine.csl\n"}), List.of(),
                p + ":12:10: publications.style: 'mine.csl' not found beside profile.yaml"));
        c.add(files("macro names and arguments", List.<String[]>of(new String[] {"profile.yaml", BASE
                        + "publications:\n  macros:\n    \\zhouj: J. Zhou\n    pair: \"#1 and #2\"\n"}), List.of(),
                p + ":13:13: publications.macros.\\zhouj: '\\zhouj' is not a macro name: letters only, without the backslash",
                p + ":14:11: publications.macros.pair: a macro takes at most one argument, written #1"));
        c.add(files("bib file is a folder", List.<String[]>of(new String[] {"profile.yaml", BASE + "publications:\n  bib: [papers]\n"},
                        new String[] {"papers/x", ""}), List.of(),
                p + ":12:9: publications.bib[1]: 'papers' is a folder, not a BibTeX file"));
        c.add(files("--bib file missing", List.<String[]>of(new String[] {"profile.yaml", BASE}), List.of("--bib", "{dir}/nope.bib"),
                "{dir}/nope.bib: bibliography file not found"));
        c.add(files("no profile.yaml", List.<String[]>of(new String[] {"notes.txt", "x"}), List.of(),
                p + ": no profile.yaml in this folder (vita new makes one)"));
        c.add(files("theme folder missing", List.<String[]>of(new String[] {"profile.yaml", BASE}), List.of("--templates", "{dir}/no-theme"),
                "{dir}/no-theme: templates folder not found"));
        c.add(files("template includes a missing template", List.<String[]>of(new String[] {"profile.yaml", BASE},
                        new String[] {"theme/cv.html.ftlh", "<html><body>\n<#include \"sectons.ftlh\">\n</body></html>\n"}),
                List.of("--templates", "{dir}/theme"),
                "{dir}/theme/cv.html.ftlh:2:1: template error: template 'sectons.ftlh' not found"));
        c.add(files("template uses a missing value", List.<String[]>of(new String[] {"profile.yaml", BASE},
                        new String[] {"theme/cv.html.ftlh", "<html><body>\n  <p>${doc.person.nickname}</p>\n</body></html>\n"}),
                List.of("--templates", "{dir}/theme"),
                "{dir}/theme/cv.html.ftlh:2:8: template error: 'doc.person.nickname' is missing (null or not defined); test it with ?? or give a default with !"));
        // sections, locale, labels, photo and Markdown (issue 11)
        c.add(yaml("misspelt key in a custom entry", BASE + "sections:\n  - title: Students\n    entries:\n      - title: Erika\n        organisation: TU\n",
                p + ":15:9: unknown key 'organisation' in sections[1].entries[1] — did you mean 'organization'?"));
        c.add(yaml("unknown entry kind", BASE + "sections:\n  - title: Students\n    kind: bulleted\n    entries: [Erika]\n",
                p + ":13:11: sections[1].kind: 'bulleted' is not an entry kind (detailed, oneline, bullet, text, numbered) — did you mean 'bullet'?"));
        c.add(yaml("custom section named like a standard one", BASE + "sections:\n  - title: Awards\n    entries: [A prize]\n",
                p + ":12:12: sections[1].title: section id 'awards' is already taken by a standard section; give this one an id:"));
        c.add(yaml("unknown locale and label", BASE + "locale: klingon\nlabels:\n  presnet: jetzt\n",
                p + ":11:9: locale: 'klingon' is not a locale Vita has words for (en, de, fr, es, pt, it, zh, ja, ko); override single words with labels:",
                p + ":13:12: labels.presnet: no label 'presnet' — did you mean 'present'?"));
        c.add(yaml("variant names a misspelt custom section", BASE + "sections:\n  - title: Selected Talks\n    entries: [One]\nvariants:\n  cv:\n    sections: [selected-talk]\n",
                p + ":16:16: variants.cv.sections[1]: no section 'selected-talk' — did you mean 'selected-talks'?"));
        c.add(yaml("script link in Markdown", BASE + "summary:\n  - \"See [this](javascript:alert(1)) **now**\"\n",
                p + ":12:5: summary[1]: link to 'javascript:alert(1)' refused: links go to http://, https:// or mailto: addresses"));
        c.add(yaml("photo outside the folder", BASE + "photo: ../me.png\n",
                p + ":11:8: photo: '../me.png' is outside the profile folder; put the photo beside profile.yaml"));
        c.add(yaml("photo missing", BASE + "photo: gone.png\n",
                p + ":11:8: photo: 'gone.png' not found (looked for {dir}/gone.png)"));
        c.add(files("photo that is no image", List.<String[]>of(new String[] {"profile.yaml", BASE + "photo: me.png\n"},
                        new String[] {"me.png", "not an image"}), List.of(),
                p + ":11:8: photo: 'me.png' is not a JPEG or PNG image"));
        c.add(files("template syntax error", List.<String[]>of(new String[] {"profile.yaml", BASE},
                        new String[] {"theme/cv.html.ftlh", "<html><body>\n<#if doc.person.name??>\n</body></html>\n"}),
                List.of("--templates", "{dir}/theme"),
                "{dir}/theme/cv.html.ftlh:3:15: template syntax error: Unexpected end of file reached. You have an unclosed #if. Check if the FreeMarker end-tags are present, and aren't malformed. (Note that FreeMarker end-tags must have # or @ after the / character.)"));
        return c.stream();
    }

    /** Nine levels of ten aliases each: a billion strings if expanded. */
    static String laughs() {
        StringBuilder sb = new StringBuilder("lol: &l0 [lol]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("lol").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 10; j++) sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            sb.append("]\n");
        }
        return sb.toString();
    }

    @org.junit.jupiter.api.Test
    void theSectionsTheReaderKnowsAreTheSelectorsSections() {
        assertEquals(List.copyOf(dev.vita.select.Selector.SECTIONS.keySet()), ProfileChecks.SECTIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsLocatedAndExplained(Case c, @TempDir Path dir) throws IOException {
        for (String[] f : c.files()) {
            Path file = dir.resolve(f[0]);
            Files.createDirectories(file.getParent());
            if (f[1].startsWith("latin1:")) Files.write(file, f[1].substring(7).getBytes(StandardCharsets.ISO_8859_1));
            else Files.writeString(file, f[1]);
        }
        List<String> args = new ArrayList<>(List.of("validate", "--profile", dir.toString()));
        c.args().forEach(a -> args.add(a.replace("{dir}", dir.toString())));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> expected = c.expected().stream().map(l -> l.replace("{dir}", dir.toString())).toList();
        assertEquals(String.join("\n", expected), err.toString().strip(), "stderr");
        assertEquals(2, code, "exit code");
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals("", out.toString());
    }
}
