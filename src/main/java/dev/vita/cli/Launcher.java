package dev.vita.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The jar's entry point. {@code java -jar vita.jar} cannot carry JVM flags, and a cold build
 * spends most of its time loading and compiling classes; so the launcher runs Vita in a second
 * JVM started for a short run (measured in BENCHMARKS.md): on JDK 25 and newer with an
 * ahead-of-time cache trained on the user's first build ({@link AotCache}), on older JDKs with the
 * class-data-sharing archive made at package time beside the jar ({@code vita.jsa}). When neither
 * applies, or the second JVM cannot start, Vita runs right here.
 *
 * <p>The second JVM ends with the launcher, whatever ends the launcher: a signal it can catch
 * (TERM, INT, HUP) is passed on by a shutdown hook, and an uncatchable kill is noticed by the
 * child itself ({@link ParentWatch}). Loads nothing but JDK classes before deciding, to keep its
 * own start cheap.
 */
public final class Launcher {
    /** Set in the child, to the launcher's process id, so it never relaunches itself and watches its parent. */
    static final String CHILD = "vita.launched";
    /** {@code -Dvita.relaunch=always}: relaunch from a class folder too, with no cache (for tests). */
    static final String RELAUNCH = "vita.relaunch";
    /** JEP 483's ahead-of-time cache and JEP 514's training flags exist from this JDK on. */
    static final int AOT_JDK = 25;
    private static final String MAIN = "dev.vita.cli.Main";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        String parent = System.getProperty(CHILD);
        if (parent != null) {
            ParentWatch.start(parsePid(parent));
        } else if (System.getenv("VITA_NO_RELAUNCH") == null) {
            Integer code = relaunch(args);
            if (code != null) System.exit(code);
        }
        Main.main(args);
    }

    private static long parsePid(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Runs Vita in a JVM started for it; null when there is no reason to, or it cannot start. */
    private static Integer relaunch(String[] args) throws InterruptedException {
        Path jar = jar();
        boolean always = "always".equals(System.getProperty(RELAUNCH));
        if (jar == null && !always) return null;
        String classPath = jar != null ? jar.toString() : System.getProperty("java.class.path");
        List<String> jvm = new ArrayList<>();
        jvm.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // short runs finish before the optimising compiler pays off; a watching JVM lives long
        boolean longLived = Arrays.asList(args).contains("watch");
        if (!longLived) jvm.add("-XX:TieredStopAtLevel=1");
        jvm.add("-XX:+UseSerialGC");
        jvm.add("-XX:-UsePerfData"); // no shared-memory statistics file to create at start

        List<String> cache = new ArrayList<>();
        AotCache aot = null;
        AotCache.Training training = null;
        if (jar != null && Runtime.version().feature() >= AOT_JDK) {
            aot = AotCache.forJar(jar);
            if (aot != null && aot.ready()) {
                cache.addAll(aot.useFlags());
            } else if (aot != null && trains(args)) {
                training = aot.train();
                if (training != null) cache.addAll(training.recordFlags());
            }
            cache.add("-Xlog:aot=off");
            cache.add("-Xlog:cds=off");
        } else if (jar != null && Files.isRegularFile(jar.resolveSibling("vita.jsa"))) {
            cache.add("-XX:SharedArchiveFile=" + jar.resolveSibling("vita.jsa"));
            cache.add("-Xshare:auto");
            cache.add("-Xlog:cds=off");
            cache.add("-Xlog:cds+dynamic=off");
        } else if (!always) {
            return null;
        }

        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(cache);
        cmd.add("-D" + CHILD + "=" + ProcessHandle.current().pid());
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(Arrays.asList(args));
        endWithLauncher();
        try {
            Integer code = run(cmd, null);
            if (training != null && code != null && code == 0) assemble(jvm, training, classPath);
            return code;
        } finally {
            if (training != null) training.close();
        }
    }

    /** Only a plain build trains the cache: it loads what every build loads (help or a failed build would not). */
    static boolean trains(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) return false;
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return false;
        }
        return true;
    }

    /** Assembles the cache from the training build's record, quietly, and puts it in place. */
    private static void assemble(List<String> jvm, AotCache.Training training, String classPath) throws InterruptedException {
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(training.createFlags());
        cmd.add("-cp");
        cmd.add(classPath);
        Integer code = run(cmd, training.log());
        if (code != null && code == 0) training.commit();
    }

    /** The process running now, so that a signal to the launcher ends it too. */
    private static final AtomicReference<Process> RUNNING = new AtomicReference<>();

    /**
     * TERM, INT and HUP run the JVM's shutdown hooks: pass the end on to the child and wait for it,
     * so that when the launcher is gone nothing of Vita is left running.
     */
    private static void endWithLauncher() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process p = RUNNING.get();
            if (p == null || !p.isAlive()) return;
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }, "vita-launcher-end"));
    }

    /** Runs a command with this process's streams (or its output into {@code log}); null when it cannot start. */
    private static Integer run(List<String> cmd, Path log) throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (log == null) pb.inheritIO();
        else pb.redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        try {
            Process p = pb.start();
            RUNNING.set(p);
            if (log != null) p.getOutputStream().close();
            return p.waitFor();
        } catch (IOException e) {
            return null;
        }
    }

    /** The jar this class was loaded from, or null when running from a class folder. */
    private static Path jar() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? jar : null;
        } catch (Exception e) {
            return null;
        }
    }
}
