package org.agora.content.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.AgoraConfig;
import org.agora.content.ContentLoader;
import org.agora.content.ContentSet;
import org.agora.operations.AgoraMetrics;
import org.agora.web.DaemonTimer;
import org.jboss.logging.Logger;

/**
 * The content every request reads: one immutable {@link ContentSet}, swapped atomically when the
 * folders change. Files on disk are the source of truth, so every app instance that reads the same
 * folders serves the same content; nothing here needs to be shared through the database.
 */
@ApplicationScoped
public class ContentRegistry {

    private static final Logger LOG = Logger.getLogger(ContentRegistry.class);

    private final AgoraConfig config;
    private final AgoraMetrics metrics;
    private final AtomicReference<ContentSet> current = new AtomicReference<>();
    private volatile String fingerprint = "";
    private ScheduledExecutorService watcher;

    ContentRegistry(AgoraConfig config, AgoraMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        reloadIfChanged();
        long every = Math.max(100, config.contentPollInterval().toMillis());
        watcher = DaemonTimer.named("agora-content-watcher");
        watcher.scheduleWithFixedDelay(this::reloadQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        DaemonTimer.stop(watcher);
    }

    /** The current snapshot; never null once the app has started. */
    public ContentSet content() {
        ContentSet set = current.get();
        if (set == null) {
            reloadIfChanged();
            set = current.get();
        }
        return set;
    }

    /** Re-reads the folders when a file was added, changed or removed since the last load. */
    public synchronized boolean reloadIfChanged() {
        String now = ContentFingerprint.of(config.lessonsDir(), config.quizzesDir());
        if (now.equals(fingerprint) && current.get() != null) {
            return false;
        }
        ContentSet set = ContentPreload.take(config.lessonsDir(), config.quizzesDir(), now);
        if (set == null) {
            set = ContentLoader.load(config.lessonsDir(), config.quizzesDir());
        }
        current.set(set);
        fingerprint = now;
        LOG.infof("Content loaded: %d lessons, %d quizzes, %d errors", set.lessons().size(), set.quizzes().size(),
                set.problems().size());
        set.problems().forEach(p -> LOG.warn(p.toString()));
        metrics.contentLoaded(set.problems().size());
        return true;
    }

    private void reloadQuietly() {
        try {
            reloadIfChanged();
        } catch (RuntimeException e) {
            // The watcher must survive anything a half-written file can do; the next tick tries again.
            LOG.error("Content reload failed; keeping the previous content", e);
            metrics.contentLoadFailed();
        }
    }
}
