package dev.vita.cli;

import java.util.Optional;

/**
 * Ends the JVM the launcher started when the launcher is gone. A signal the launcher can catch
 * (TERM, INT, HUP) reaches this JVM through the launcher's shutdown hook; an uncatchable kill
 * (KILL) cannot, so this JVM looks after itself: it checks a few times a second that the launcher
 * is still alive and exits when it is not, so no build writes and no watcher rebuilds for nobody.
 */
final class ParentWatch {
    /** How often the launcher's life is checked: a dead launcher is noticed within this time. */
    static final long PERIOD_MS = 200;
    /** The exit status of a process ended by SIGTERM, which is what the launcher's end amounts to. */
    static final int ORPHANED = 143;

    private ParentWatch() {}

    /**
     * Watches the process with this id, when it is this JVM's parent; {@code pid} ≤ 1 means
     * there is nothing to watch (a JVM started by hand or by the packaging step's training run).
     * A parent that is already gone, so that this JVM was handed to another process, ends it now.
     */
    static void start(long pid) {
        if (pid <= 1) return;
        Optional<ProcessHandle> parent = ProcessHandle.current().parent().filter(p -> p.pid() == pid);
        if (parent.isEmpty()) System.exit(ORPHANED);
        ProcessHandle launcher = parent.get();
        Thread t = new Thread(() -> {
            while (launcher.isAlive()) {
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(ORPHANED);
        }, "vita-parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
