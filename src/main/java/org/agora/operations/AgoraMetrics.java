package org.agora.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The counts an operator watches besides the HTTP timings Quarkus records: what learners do
 * (attempts started, answers saved, attempts scored) and whether the content folders load cleanly.
 * Counters are per instance; Prometheus sums them over the instances it scrapes.
 */
@ApplicationScoped
public class AgoraMetrics {

    private final Counter attemptsStarted;
    private final Counter answersSaved;
    private final Counter submitted;
    private final Counter closedAtDeadline;
    private final Counter reloadsClean;
    private final Counter reloadsWithErrors;
    private final Counter reloadsFailed;
    private final AtomicInteger contentErrors = new AtomicInteger();

    AgoraMetrics(MeterRegistry registry) {
        attemptsStarted = Counter.builder("agora.attempts.started").description("Quiz attempts started (not resumed)")
                .register(registry);
        answersSaved = Counter.builder("agora.answers.saved").description("Answers stored, one per question saved")
                .register(registry);
        submitted = scored(registry, "submitted");
        closedAtDeadline = scored(registry, "time-up");
        reloadsClean = reloads(registry, "clean");
        reloadsWithErrors = reloads(registry, "errors");
        reloadsFailed = reloads(registry, "failed");
        registry.gauge("agora.content.errors", contentErrors);
    }

    private static Counter scored(MeterRegistry registry, String how) {
        return Counter.builder("agora.submissions.scored").tag("how", how)
                .description("Attempts scored: submitted by the learner, or closed when their time ran out (a repeated submit is not counted)")
                .register(registry);
    }

    private static Counter reloads(MeterRegistry registry, String outcome) {
        return Counter.builder("agora.content.reloads").tag("outcome", outcome)
                .description("Loads of the content folders: clean, with errors in some files (see /instructor/content), or failed")
                .register(registry);
    }

    public void attemptStarted() {
        attemptsStarted.increment();
    }

    public void answersSaved(int count) {
        answersSaved.increment(count);
    }

    /** An attempt scored: submitted by its learner, or closed by the server at its deadline. */
    public void submissionScored(boolean timeUp) {
        (timeUp ? closedAtDeadline : submitted).increment();
    }

    /** A load of the content folders that finished, with this many errors across the files. */
    public void contentLoaded(int errors) {
        contentErrors.set(errors);
        (errors == 0 ? reloadsClean : reloadsWithErrors).increment();
    }

    /** A load that threw: the previous content stays. */
    public void contentLoadFailed() {
        reloadsFailed.increment();
    }
}
