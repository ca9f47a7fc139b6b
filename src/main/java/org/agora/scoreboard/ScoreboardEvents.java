package org.agora.scoreboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.account.Account;
import org.agora.classroom.Classroom;
import org.agora.scoreboard.ScoreboardService.Viewer;
import org.agora.web.DaemonTimer;
import org.jboss.logging.Logger;

/**
 * Live projector updates. The database is the event source: every instance polls one cheap
 * signature of what changed (submissions, lessons read, members, nicknames, privacy) a few times a second,
 * and when it moves, rebuilds the board of each class that has viewers here and pushes it to them.
 * So a submission on one instance reaches a projector watching another, with no shared memory.
 */
@ApplicationScoped
public class ScoreboardEvents {

    private static final Logger LOG = Logger.getLogger(ScoreboardEvents.class);
    static final Duration POLL = Duration.ofMillis(250);
    /** Within the HTTP idle timeout (30 s), so that a quiet class's stream is not cut. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** How often the viewers' sessions are checked, so that signing out ends a stream on every instance. */
    static final Duration SESSION_CHECK = Duration.ofSeconds(2);

    /** One open stream: whose session it belongs to, and where its events go. */
    private record Watcher(long accountId, int sessionEpoch, BroadcastProcessor<String> out) {
    }

    /** A class's viewers here, and the signature of the board they were last sent. */
    private record Channel(Set<Watcher> viewers, AtomicReference<String> sent) {
    }

    private final ScoreboardService boards;
    private final ObjectMapper json;
    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

    private record Rendered(String signature, String json) {
    }

    private final Map<Long, Rendered> rendered = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private long lastHeartbeat = System.nanoTime();
    private long lastSessionCheck = System.nanoTime();

    ScoreboardEvents(ScoreboardService boards, ObjectMapper json) {
        this.boards = boards;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        poller = DaemonTimer.named("agora-scoreboard-events");
        poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        DaemonTimer.stop(poller);
        everyViewer().forEach(v -> v.out().onComplete());
    }

    /**
     * The class's projector board as JSON now, then again whenever it changes, and every
     * {@link #HEARTBEAT} while it does not (which also tells the projector it is still live), until
     * the viewer's session ends.
     */
    public Multi<String> stream(Classroom c, Account who) {
        Channel channel = channels.computeIfAbsent(c.id, id -> new Channel(ConcurrentHashMap.newKeySet(), new AtomicReference<>("")));
        Watcher viewer = new Watcher(who.id, who.sessionEpoch, BroadcastProcessor.create());
        Rendered now = latest(c.id, boards.signature());
        if (channel.viewers().isEmpty()) {
            channel.sent().set(now.signature()); // nobody else to update: this viewer has the current board
        }
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(now.json()), viewer.out())
                .onSubscription().invoke(() -> channel.viewers().add(viewer))
                .onTermination().invoke(() -> channel.viewers().remove(viewer));
    }

    public int viewers(long classId) {
        Channel c = channels.get(classId);
        return c == null ? 0 : c.viewers().size();
    }

    void poll() {
        if (channels.values().stream().allMatch(c -> c.viewers().isEmpty())) {
            // Nobody watches here: no query (a new viewer gets the current board on subscribing), and
            // the heartbeat's clock waits too, so that the first viewers do not get the board twice at once.
            lastHeartbeat = System.nanoTime();
            return;
        }
        try {
            if (due(lastSessionCheck, SESSION_CHECK)) {
                lastSessionCheck = System.nanoTime();
                endSignedOut();
            }
            boolean heartbeat = due(lastHeartbeat, HEARTBEAT);
            if (heartbeat) {
                lastHeartbeat = System.nanoTime();
            }
            String now = boards.signature();
            channels.forEach((classId, channel) -> {
                if (!channel.viewers().isEmpty() && (heartbeat || !now.equals(channel.sent().get()))) {
                    Rendered board = latest(classId, now);
                    channel.sent().set(board.signature());
                    channel.viewers().forEach(v -> v.out().onNext(board.json()));
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("Scoreboard poll failed; trying again", e);
        }
    }

    /** Ends the streams of viewers who signed out (or whose password was reset) on any instance. */
    private void endSignedOut() {
        List<Watcher> all = everyViewer().toList();
        Map<Long, Integer> epochs = QuarkusTransaction.requiringNew().call(() -> Account.sessionEpochs(
                all.stream().map(Watcher::accountId).distinct().toList()));
        all.stream().filter(v -> !Integer.valueOf(v.sessionEpoch()).equals(epochs.get(v.accountId())))
                .forEach(v -> v.out().onComplete());
    }

    private Stream<Watcher> everyViewer() {
        return channels.values().stream().flatMap(c -> c.viewers().stream());
    }

    private static boolean due(long since, Duration every) {
        return System.nanoTime() - since >= every.toNanos();
    }

    /** The board JSON for the current signature, rendered once however many viewers ask. */
    private synchronized Rendered latest(long classId, String now) {
        Rendered r = rendered.get(classId);
        if (r == null || !r.signature().equals(now)) {
            r = new Rendered(now, render(classId));
            rendered.put(classId, r);
        }
        return r;
    }

    private String render(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Classroom c = Classroom.findById(classId);
            try {
                return json.writeValueAsString(ProjectorView.of(boards.board(c, Viewer.PROJECTOR)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What the projector shows: the top of the class and its overall progress. */
    public record ProjectorView(String className, String classProgress, int learners, List<Line> top) {
        public record Line(int rank, String name, String total, String maxTotal, int quizzesPassed, int lessonsCompleted) {
        }

        static ProjectorView of(Scoreboard b) {
            return new ProjectorView(b.className(), b.classProgress().toPlainString(), b.rows().size(),
                    b.rows().stream().limit(10).map(r -> new Line(r.rank(), r.name(), plain(r.total()), plain(r.maxTotal()),
                            r.quizzesPassed(), r.lessonsCompleted())).toList());
        }

        private static String plain(java.math.BigDecimal v) {
            return v.stripTrailingZeros().toPlainString();
        }
    }
}
