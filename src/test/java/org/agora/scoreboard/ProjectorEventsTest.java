package org.agora.scoreboard;

import static org.agora.scoreboard.Learners.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agora.classroom.ClassroomService;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.EventStream;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The projector's Server-Sent Events: a submission reaches a subscriber within a second. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ProjectorEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ClassroomService classes;

    @TestHTTPResource("/")
    URL base;

    /** One received {@code data:} event and when it arrived. */
    record Event(long nanos, JsonNode board) {
    }

    @Test
    void aSubmissionArrivesAsANewEventWithinOneSecond() throws Exception {
        String code = Api.newClass("Projector live");
        classes.setPrivacy(code, "full", "everyone"); // students may watch the projector
        String viewer = Learners.signUp(code, "Vera Viewer");
        String learner = Learners.signUp(code, "Leo Live");

        BlockingEvents events = new BlockingEvents(EventStream.open(eventsUri(code), Map.of("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((viewer + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))));
        try {
            // The board as it is now comes first.
            Event first = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(first, () -> "no first event; failure: " + events.stream.failure());
            assertEquals(200, events.stream.response().statusCode());
            assertTrue(events.stream.response().headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
            assertEquals("Projector live", first.board().get("className").asText());
            assertEquals(2, first.board().get("learners").asInt());
            assertEquals("0", totalOf(first.board(), "Leo Live"));

            // Let the poller settle on the current state, then forget anything seen so far.
            Thread.sleep(2 * ScoreboardEvents.POLL.toMillis());
            events.clear();

            Learners.take(learner, "all-types", answers("annan", new Pick("Kofi Annan")));
            long submitted = System.nanoTime();

            Event update = null;
            long deadline = submitted + TimeUnit.SECONDS.toNanos(5); // wait longer than the limit, to report the real delay
            while (update == null && System.nanoTime() < deadline) {
                Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (e != null && percent(2).equals(totalOf(e.board(), "Leo Live"))) {
                    update = e;
                }
            }
            assertNotNull(update, () -> "no event with Leo's new total within 5 s; failure: " + events.stream.failure());
            long millis = TimeUnit.NANOSECONDS.toMillis(update.nanos() - submitted);
            System.out.println("SSE: submission event after " + millis + " ms");
            assertTrue(millis < 1000, "the event came " + millis + " ms after the submit returned");
            JsonNode leo = row(update.board(), "Leo Live");
            assertEquals(1, leo.get("rank").asInt());
            assertEquals(0, leo.get("quizzesPassed").asInt());

            // Switching the class to anonymous is pushed too, and the stream then names nobody.
            events.clear();
            classes.setPrivacy(code, "anonymous", "everyone");
            long switched = System.nanoTime();
            Event hidden = null;
            while (hidden == null && System.nanoTime() < switched + TimeUnit.SECONDS.toNanos(5)) {
                Event e = events.poll(switched + TimeUnit.SECONDS.toNanos(5) - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (e != null && row(e.board(), "Leo Live") == null) {
                    hidden = e;
                }
            }
            assertNotNull(hidden, "no event after the privacy change");
            assertTrue(TimeUnit.NANOSECONDS.toMillis(hidden.nanos() - switched) < 1000);
            assertFalse(hidden.board().toString().contains("Vera Viewer"), hidden.board().toString());
            assertEquals("Anonymous learner", hidden.board().get("top").get(0).get("name").asText());
            assertEquals(percent(2), hidden.board().get("top").get(0).get("percent").asText());
        } finally {
            events.stream.close();
        }
    }

    @Test
    void aQuietStreamHearsAHeartbeatAndEndsWhenTheViewerSignsOut() throws Exception {
        String code = Api.newClass("Projector sign-out");
        classes.setPrivacy(code, "full", "everyone"); // students may watch the projector
        String viewer = Learners.signUp(code, "Sam Signout");
        Browser browser = Browser.signedIn(viewer, Api.PASSWORD);
        try (EventStream stream = EventStream.open(eventsUri(code),
                Map.of("Cookie", Browser.SESSION_COOKIE + "=" + browser.cookie(Browser.SESSION_COOKIE)))) {
            assertNotNull(stream.next(20, TimeUnit.SECONDS), () -> "no first event: " + stream.failure());
            // Nothing changes in this class; the board comes again within the heartbeat, well before the idle timeout.
            EventStream.Event beat = stream.next(ScoreboardEvents.HEARTBEAT.toSeconds() + 5, TimeUnit.SECONDS);
            assertNotNull(beat, "a heartbeat within " + ScoreboardEvents.HEARTBEAT);
            assertEquals("Projector sign-out", JSON.readTree(beat.data()).get("className").asText());

            browser.get("/progress"); // a page with the sign-out form, as a learner would have
            assertEquals(303, browser.post("/signout", Map.of()).statusCode());
            assertTrue(stream.endsWithin(ScoreboardEvents.SESSION_CHECK.toSeconds() + 5, TimeUnit.SECONDS),
                    "the stream ends after sign-out");
        }
    }

    private URI eventsUri(String code) {
        return URI.create(base.toString().replaceAll("/$", "") + "/classes/" + code + "/projector/events");
    }

    /** The stream's events parsed as boards. */
    private static final class BlockingEvents {
        final EventStream stream;

        BlockingEvents(EventStream stream) {
            this.stream = stream;
        }

        Event poll(long timeout, TimeUnit unit) throws InterruptedException, IOException {
            EventStream.Event e = stream.next(timeout, unit);
            return e == null ? null : new Event(e.nanos(), JSON.readTree(e.data()));
        }

        void clear() {
            stream.clear();
        }
    }

    private static JsonNode row(JsonNode board, String name) {
        for (JsonNode l : board.get("top")) {
            if (name.equals(l.get("name").asText())) {
                return l;
            }
        }
        return null;
    }

    /** A learner's score on the projector, in whole percent of the class's maximum total. */
    private static String totalOf(JsonNode board, String name) {
        JsonNode r = row(board, name);
        return r == null ? null : r.get("percent").asText();
    }

    /** {@code points} as the projector shows them: whole percent of the maximum total. */
    private static String percent(int points) {
        return String.valueOf(java.math.BigDecimal.valueOf(points * 100L).divide(Learners.maxTotal(), 0,
                java.math.RoundingMode.HALF_UP).intValue());
    }
}
