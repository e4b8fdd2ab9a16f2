package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3, "An orphaned JVM": a signal to the launcher left the JVM it started running
 * under PID 1, so a killed build still wrote its outputs and a stopped watch rebuilt forever. The
 * launcher's child must end with it, whatever the signal, an uncatchable KILL included.
 */
class OrphanedJvmTest {
    private final List<ProcessHandle> started = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP", "KILL"})
    void aStoppedWatchLeavesNoJvmBehind(String signal, @TempDir Path dir) throws Exception {
        Path log = dir.resolve("watch.log");
        Process launcher = launch(log, "watch", "--variant", "cv", "--out", dir.resolve("out").toString());
        ProcessHandle child = childOf(launcher);
        assumeFalse(ignores(launcher.pid(), signal), "SIG" + signal + " is ignored by this process (inherited), as a shell's background job ignores INT");
        waitFor(() -> read(log).contains("watching"), launcher, "the watcher's first build");

        signal(launcher, signal);
        assertTrue(launcher.waitFor(20, TimeUnit.SECONDS), "the launcher ends on SIG" + signal);
        waitFor(() -> !child.isAlive(), null, "the watcher's JVM to end after SIG" + signal + " to the launcher");
        assertFalse(child.isAlive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "KILL"})
    void aKilledBuildWritesNothingAfterwards(String signal, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process launcher = launch(dir.resolve("build.log"), "build", "--out", out.toString());
        ProcessHandle child = childOf(launcher);
        signal(launcher, signal);
        assertTrue(launcher.waitFor(20, TimeUnit.SECONDS), "the launcher ends on SIG" + signal);
        waitFor(() -> !child.isAlive(), null, "the build's JVM to end after SIG" + signal + " to the launcher");
        Thread.sleep(500);
        assertFalse(Files.exists(out.resolve("cv.pdf")), "a build killed before it finished wrote cv.pdf afterwards");
    }

    @Test
    void aChildWhoseLauncherIsAlreadyGoneEndsAtOnce() throws Exception {
        // the launcher's id names a process that has ended: the child was handed to another parent
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process p = new ProcessBuilder(java(), "-D" + Launcher.CHILD + "=" + gone.pid(), "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--version")
                .redirectErrorStream(true).start();
        started.add(p.toHandle());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ParentWatch.ORPHANED, p.exitValue());
    }

    @AfterEach
    void killLeftovers() {
        for (ProcessHandle h : started) {
            h.descendants().forEach(ProcessHandle::destroyForcibly);
            h.destroyForcibly();
        }
    }

    /** The launcher as {@code java -jar} runs it, made to start its child from the test class path. */
    private Process launch(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-D" + Launcher.RELAUNCH + "=always", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("VITA_NO_RELAUNCH");
        Process p = pb.start();
        started.add(p.toHandle());
        return p;
    }

    private static ProcessHandle childOf(Process launcher) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            Optional<ProcessHandle> c = launcher.children().findFirst();
            if (c.isPresent()) return c.get();
            if (!launcher.isAlive()) throw new AssertionError("the launcher ended without starting a JVM");
            Thread.sleep(10);
        }
        throw new AssertionError("the launcher started no JVM");
    }

    private static void signal(Process p, String signal) throws Exception {
        if (signal.equals("KILL")) {
            p.destroyForcibly();
        } else {
            assertEquals(0, new ProcessBuilder("kill", "-s", signal, Long.toString(p.pid())).start().waitFor());
        }
    }

    /** Whether the process ignores the signal (a disposition inherited from whoever started the tests). */
    private static boolean ignores(long pid, String signal) throws IOException {
        int number = switch (signal) {
            case "HUP" -> 1;
            case "INT" -> 2;
            case "TERM" -> 15;
            default -> 9;
        };
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).strip(), 16) & (1L << (number - 1))) != 0;
        }
        return false;
    }

    private static void waitFor(BooleanSupplier condition, Process alive, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            if (alive != null && !alive.isAlive()) throw new AssertionError("the launcher ended while waiting for " + what);
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
