package dev.vita.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar's entry point. {@code java -jar vita.jar} cannot carry JVM flags, and a cold build
 * spends most of its time loading and compiling classes; so when a class-data-sharing archive
 * made at package time lies beside the jar, the launcher runs Vita in a JVM started with it
 * (measured in BENCHMARKS.md). Otherwise, or when that JVM cannot start, Vita runs right here.
 * Loads nothing but JDK classes before deciding, to keep its own start cheap.
 */
public final class Launcher {
    /** Set in the child so it never relaunches itself. */
    static final String CHILD = "vita.launched";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path archive = archive();
        if (System.getProperty(CHILD) == null && archive != null && System.getenv("VITA_NO_RELAUNCH") == null) {
            Integer code = relaunch(archive, args);
            if (code != null) System.exit(code);
        }
        Main.main(args);
    }

    /** vita.jsa beside the jar, when running from a jar and the archive exists. */
    private static Path archive() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jsa = jar.resolveSibling("vita.jsa");
            return Files.isRegularFile(jar) && Files.isRegularFile(jsa) ? jsa : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static Integer relaunch(Path archive, String[] args) throws InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:SharedArchiveFile=" + archive);
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        // short runs finish before the optimising compiler pays off; a watching JVM lives long
        boolean longLived = Arrays.asList(args).contains("watch");
        if (!longLived) cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData"); // no shared-memory statistics file to create at start
        cmd.add("-D" + CHILD + "=1");
        cmd.add("-cp");
        cmd.add(archive.resolveSibling("vita.jar").toString());
        cmd.add(Main.class.getName());
        cmd.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            return null;
        }
    }
}
