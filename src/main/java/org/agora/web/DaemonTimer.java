package org.agora.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

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
}
