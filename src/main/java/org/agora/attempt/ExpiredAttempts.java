package org.agora.attempt;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.agora.web.DaemonTimer;
import org.jboss.logging.Logger;

/**
 * Closes attempts whose time ran out, also when the learner never comes back. Every instance runs
 * it; closing is a locked, conditional update, so two instances never score an attempt twice.
 */
@ApplicationScoped
public class ExpiredAttempts {

    private static final Logger LOG = Logger.getLogger(ExpiredAttempts.class);
    private final AttemptService attempts;
    private ScheduledExecutorService timer;
    private volatile boolean stopping;

    ExpiredAttempts(AttemptService attempts) {
        this.attempts = attempts;
    }

    void onStart(@Observes StartupEvent event) {
        timer = DaemonTimer.named("agora-expired-attempts");
        timer.scheduleWithFixedDelay(this::closeAll, 5, 5, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        DaemonTimer.stop(timer);
    }

    /** Closes every expired open attempt; returns how many this call closed. */
    public int closeAll() {
        int closed = 0;
        try {
            for (String id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> Attempt.expiredOpenIds(Instant.now(), 500))) {
                if (attempts.closeExpired(id)) {
                    closed++;
                }
            }
        } catch (RuntimeException e) {
            if (stopping) {
                return closed; // the app is shutting down under us; the next start picks up the rest
            }
            LOG.error("Closing expired attempts failed; will try again", e);
        }
        return closed;
    }
}
