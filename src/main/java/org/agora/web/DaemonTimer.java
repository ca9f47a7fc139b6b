package org.agora.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The one way background loops (content watcher, deadline closer, projector poller) get their thread. */
public final class DaemonTimer {

    private DaemonTimer() {
    }

    /** A single daemon thread with this name, so that a stuck loop never keeps the JVM alive. */
    public static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Stops the loop and waits briefly for a run in progress, so that no run is still using the
     * database while the app shuts its connection pool (it would log a closed-connection error).
     */
    public static void stop(ScheduledExecutorService timer) {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
