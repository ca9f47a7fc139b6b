package org.agora.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.support.AtOnce;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Starts that race: a double click through the API, and many learners on a quiz version nobody started yet. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ConcurrentStartTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void oneLearnerStartingSixTimesAtOnceGetsOneAttempt() throws Exception {
        // A few rounds, on a fresh quiz and on one the learner already took, as the race is about timing.
        for (String quiz : List.of("all-types", "secret", "limited")) {
            String u = AttemptClient.newStudent();
            String session = AttemptClient.signIn(u);
            if (quiz.equals("limited")) {
                AttemptClient.start(u, quiz).submit(); // one of two attempts left
            }
            List<HttpResponse<String>> all = startAtOnce(List.of(session, session, session, session, session, session), quiz);
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (HttpResponse<String> r : all) {
                assertTrue(r.statusCode() == 200 || r.statusCode() == 201, () -> quiz + ": " + r.statusCode() + " " + r.body());
                created += r.statusCode() == 201 ? 1 : 0;
                ids.add(AttemptClient.json(r.body()).getString("attempt"));
            }
            assertEquals(1, created, quiz + ": one start creates, the others resume");
            assertEquals(1, ids.size(), ids::toString);
            assertEquals(quiz.equals("limited") ? 2 : 1, AttemptStartApiTest.attemptsUsed(u, quiz), quiz);
        }
    }

    @Test
    void learnersStartingANewQuizVersionAtOnceAllGetAnAttempt() throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sessions.add(AttemptClient.signIn(AttemptClient.newStudent()));
        }
        String quiz = "fresh" + System.nanoTime();
        Path file = TestContent.quizzes().resolve(quiz + ".md");
        try {
            Files.writeString(file, "---\ntitle: Fresh\n---\n\n## Pick one {#p}\n\n- (x) A\n- ( ) B\n");
            Instant giveUp = Instant.now().plusSeconds(15);
            while (Instant.now().isBefore(giveUp)
                    && !given().get("/api/v1/quizzes").then().extract().<List<String>>path("id").contains(quiz)) {
                Thread.sleep(100);
            }
            List<HttpResponse<String>> all = startAtOnce(sessions, quiz);
            Set<String> ids = new HashSet<>();
            for (HttpResponse<String> r : all) {
                assertEquals(201, r.statusCode(), r::body);
                JsonPath json = AttemptClient.json(r.body());
                ids.add(json.getString("attempt"));
                assertEquals(List.of("p"), json.getList("questions.id"));
            }
            assertEquals(sessions.size(), ids.size());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<HttpResponse<String>> startAtOnce(List<String> sessions, String quiz) throws Exception {
        List<HttpRequest> requests = sessions.stream().map(session -> HttpRequest.newBuilder(URI.create(
                base.toString().replaceAll("/$", "") + "/api/v1/quizzes/" + quiz + "/attempts"))
                .header("Cookie", "agora-session=" + session).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).toList();
        return AtOnce.send(requests, r -> { });
    }
}
