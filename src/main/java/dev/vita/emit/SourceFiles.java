package dev.vita.emit;

import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files a build reads, byte for byte, for {@code vita build --embed-source}. */
public final class SourceFiles {
    private SourceFiles() {}

    /**
     * profile.yaml and the bib files: those the profile names (under the names it gives them) or,
     * when {@code --bib} replaced them, those given (under their file names).
     */
    public static List<SourceFile> read(Path profileDir, List<String> namedBibs, List<Path> bibOverride) {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("profile.yaml", profileDir.resolve("profile.yaml"));
        if (bibOverride.isEmpty()) {
            for (String name : namedBibs) {
                Path p = profileDir.resolve(name);
                if (Files.isRegularFile(p)) files.putIfAbsent(name.replace('\\', '/'), p);
            }
        } else {
            for (Path p : bibOverride) files.putIfAbsent(p.getFileName().toString(), p);
        }
        List<SourceFile> out = new ArrayList<>();
        for (var e : files.entrySet()) {
            try {
                out.add(new SourceFile(e.getKey(), Files.readAllBytes(e.getValue())));
            } catch (IOException ex) {
                throw new UserError(e.getValue(), "cannot be read for --embed-source: " + ex.getMessage());
            }
        }
        return out;
    }
}
