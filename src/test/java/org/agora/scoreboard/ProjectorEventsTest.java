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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.agora.classroom.ClassroomService;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
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
        String viewer = Learners.signUp(code, "Vera Viewer");
        String learner = Learners.signUp(code, "Leo Live");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                + "/classes/" + code + "/projector/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((viewer + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();

        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicReference<Stream<String>> open = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<HttpResponse<Stream<String>>> received = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
                received.set(response);
                open.set(response.body());
                response.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        long now = System.nanoTime();
                        try {
                            events.add(new Event(now, JSON.readTree(line.substring(5).strip())));
                        } catch (IOException e) {
                            failure.set(e);
                        }
                    }
                });
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            // The board as it is now comes first.
            Event first = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(first, () -> "no first event; failure: " + failure.get());
            assertEquals(200, received.get().statusCode());
            assertTrue(received.get().headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
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
                if (e != null && "2".equals(totalOf(e.board(), "Leo Live"))) {
                    update = e;
                }
            }
            assertNotNull(update, () -> "no event with Leo's new total within 5 s; failure: " + failure.get());
            long millis = TimeUnit.NANOSECONDS.toMillis(update.nanos() - submitted);
            System.out.println("SSE: submission event after " + millis + " ms");
            assertTrue(millis < 1000, "the event came " + millis + " ms after the submit returned");
            JsonNode leo = row(update.board(), "Leo Live");
            assertEquals(1, leo.get("rank").asInt());
            assertEquals(0, leo.get("quizzesPassed").asInt());

            // Switching the class to anonymous is pushed too, and the stream then names nobody.
            events.clear();
            classes.setPrivacy(code, "anonymous");
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
            assertEquals("2", hidden.board().get("top").get(0).get("total").asText());
        } finally {
            Stream<String> s = open.get();
            if (s != null) {
                try {
                    s.close();
                } catch (RuntimeException ignored) {
                    // the stream is being torn down anyway
                }
            }
            reader.interrupt();
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

    private static String totalOf(JsonNode board, String name) {
        JsonNode r = row(board, name);
        return r == null ? null : r.get("total").asText();
    }
}
