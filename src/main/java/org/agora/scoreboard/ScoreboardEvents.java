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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.account.Account;
import org.agora.classroom.Classroom;
import org.agora.language.Board;
import org.agora.language.Language;
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

    /** One open stream: whose session it belongs to, whether an instructor's, and where its events go. */
    private record Watcher(long accountId, int sessionEpoch, boolean instructor, BroadcastProcessor<String> out) {
    }

    /**
     * What a stream watches: a class's projector, or one quiz of it (null: the class's board), in
     * an interface language (the quiz's chart has words).
     */
    private record Topic(long classId, String quiz, String language) {
    }

    /** A topic's viewers here, and the signature of the board they were last sent. */
    private record Channel(Set<Watcher> viewers, AtomicReference<String> sent) {
    }

    private final ScoreboardService boards;
    private final ObjectMapper json;
    private final Map<Topic, Channel> channels = new ConcurrentHashMap<>();

    /** A topic's JSON for one signature, and whether the class still lets students watch. */
    private record Rendered(String signature, String json, boolean studentsMayWatch) {
    }

    private final Map<Topic, Rendered> rendered = new ConcurrentHashMap<>();
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
     * The class's projector board (with {@code quiz}, that quiz's view too) as JSON now, then again
     * whenever it changes, and every {@link #HEARTBEAT} while it does not (which also tells the
     * projector it is still live), until the viewer's session ends, or, for a student, until the
     * class stops sharing its board with students. The caller has checked that the viewer may watch.
     */
    public Multi<String> stream(Classroom c, Account who, String quiz, String language) {
        Topic topic = new Topic(c.id, quiz, language);
        Channel channel = channels.computeIfAbsent(topic, t -> new Channel(ConcurrentHashMap.newKeySet(), new AtomicReference<>("")));
        Watcher viewer = new Watcher(who.id, who.sessionEpoch, who.isInstructor(), BroadcastProcessor.create());
        Rendered now = latest(topic, boards.signature());
        if (channel.viewers().isEmpty()) {
            channel.sent().set(now.signature()); // nobody else to update: this viewer has the current board
        }
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(now.json()), viewer.out())
                .onSubscription().invoke(() -> channel.viewers().add(viewer))
                .onTermination().invoke(() -> channel.viewers().remove(viewer));
    }

    /** Viewers of the class's projector here, per-quiz views included. */
    public int viewers(long classId) {
        return (int) channels.entrySet().stream().filter(e -> e.getKey().classId() == classId)
                .mapToLong(e -> e.getValue().viewers().size()).sum();
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
            channels.forEach((topic, channel) -> {
                if (!channel.viewers().isEmpty() && (heartbeat || !now.equals(channel.sent().get()))) {
                    Rendered board = latest(topic, now);
                    channel.sent().set(board.signature());
                    // A class that stopped sharing its board ends its students' streams before they hear more.
                    channel.viewers().forEach(v -> {
                        if (v.instructor() || board.studentsMayWatch()) {
                            v.out().onNext(board.json());
                        } else {
                            v.out().onComplete();
                        }
                    });
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
    private synchronized Rendered latest(Topic topic, String now) {
        Rendered r = rendered.get(topic);
        if (r == null || !r.signature().equals(now)) {
            r = render(topic, now);
            rendered.put(topic, r);
        }
        return r;
    }

    private Rendered render(Topic topic, String now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Classroom c = Classroom.findById(topic.classId());
            try {
                String board = json.writeValueAsString(ProjectorView.of(boards.board(c, Viewer.PROJECTOR), topic.quiz(),
                        Language.bundle(Board.class, Locale.forLanguageTag(topic.language()))));
                return new Rendered(now, board, c.sharesBoardWithStudents());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
