package dev.vita.load;

import dev.vita.model.Profile;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a parsed profile for what types cannot say: required fields, e-mail and URL shapes. */
final class ProfileChecks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    ProfileChecks(Path file) {
        this.file = file;
    }

    void check(Profile p) {
        require(p.name(), "name");
        if (p.email() != null && !EMAIL.matcher(p.email()).matches()) {
            fail("email: '" + p.email() + "' is not an e-mail address");
        }
        url(p.website(), "website");
        p.links().forEach(l -> url(l.url(), "links: " + l.label()));
        p.experience().forEach(e -> url(e.url(), "experience: " + e.organization()));
        p.projects().forEach(e -> url(e.url(), "projects: " + e.name()));
        p.openSource().forEach(e -> url(e.url(), "openSource: " + e.name()));
        p.education().forEach(e -> url(e.url(), "education: " + e.institution()));
        p.experience().forEach(e -> require(e.organization(), "experience: organization"));
        p.projects().forEach(e -> require(e.name(), "projects: name"));
        p.education().forEach(e -> require(e.institution(), "education: institution"));
        p.skills().forEach(e -> require(e.group(), "skills: group"));
        if (!problems.isEmpty()) throw new UserError(problems);
    }

    private void require(String value, String what) {
        if (value == null || value.isBlank()) fail(what + " is required");
    }

    private void url(String url, String what) {
        if (url != null && !Links.isWebUrl(url)) {
            fail(what + ": '" + url + "' is not a web address (http:// or https://)");
        }
    }

    private void fail(String message) {
        problems.add(Problem.of(file, message));
    }
}
