package org.agora.attempt;

import static io.restassured.RestAssured.given;
import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.text;
import static org.agora.attempt.AttemptScoringApiTest.assertDec;
import static org.agora.attempt.AttemptScoringApiTest.assertQuestion;
import static org.agora.attempt.AttemptScoringApiTest.assertTotals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** An attempt is scored against the quiz text it started with, even after the file changes. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class QuizVersionsTest {

    static final String V1 = """
            ---
            title: Versioned
            shuffle: false
            ---

            ## Which one is right? {#which}

            - (x) Alpha
              > Alpha was right in version one.
            - ( ) Beta
            """;

    /** Beta is right now, the question is worth 3 points, and a second question was added. */
    static final String V2 = """
            ---
            title: Versioned
            shuffle: false
            ---

            ## Which one is right? {#which points=3}

            - ( ) Alpha
            - (x) Beta
              > Beta is right in version two.

            ## And the answer? {#extra}

            = 42
            """;

    @Test
    void anOpenAttemptKeepsItsVersionAndANewAttemptGetsTheNewOne() throws Exception {
        Path file = TestContent.quizzes().resolve("versioned.md");
        try {
            write(file, V1);
            awaitMaxScore("versioned", "1");
            String u = AttemptClient.newStudent();
            AttemptClient old = AttemptClient.start(u, "versioned");
            old.save("which", choices(old.optionId("which", "Alpha")));

            write(file, V2);
            awaitMaxScore("versioned", "4");

            // The open attempt still shows, accepts and scores version one.
            JsonPath got = old.get();
            assertEquals(List.of("which"), got.getList("questions.id"));
            assertDec("1", got.get("questions[0].points"), "points of version one");
            old.put("extra", text("42")).then().statusCode(404);
            old.save("which", choices(old.optionId("which", "Alpha")));
            JsonPath r = old.submit();
            assertTotals(r, old.id, "1", "1", "100.0", true);
            assertQuestion(r, "which", "1", "1", true);
            assertEquals("Alpha", AttemptClient.plain(r.getString("questions[0].correctAnswer")));
            assertEquals("Alpha was right in version one.", AttemptClient.plain(r.getString("questions[0].feedback")));

            // A new attempt is on version two: Alpha is wrong now, Beta worth 3.
            AttemptClient fresh = AttemptClient.start(u, "versioned");
            assertEquals(List.of("which", "extra"), fresh.questionIds());
            fresh.save("which", choices(fresh.optionId("which", "Alpha")));
            fresh.save("extra", text("42"));
            JsonPath r2 = fresh.submit();
            assertTotals(r2, fresh.id, "1", "4", "25.0", false);
            assertQuestion(r2, "which", "0", "3", false);
            assertQuestion(r2, "extra", "1", "1", true);
            assertEquals("Beta", AttemptClient.plain(r2.getString("questions[0].correctAnswer")));

            // The old attempt's result does not move with the file.
            assertTotals(old.get().setRootPath("result"), old.id, "1", "1", "100.0", true);

            AttemptClient third = AttemptClient.start(u, "versioned");
            third.save("which", choices(third.optionId("which", "Beta")));
            assertQuestion(third.submit(), "which", "3", "3", true);
        } finally {
            Files.deleteIfExists(file);
            awaitGone("versioned");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Waits for the content watcher to serve the quiz with this maximum score. */
    private static void awaitMaxScore(String quiz, String max) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        Object seen = null;
        while (Instant.now().isBefore(giveUp)) {
            seen = given().get("/api/v1/quizzes").then().statusCode(200).extract()
                    .path("find { it.id == '" + quiz + "' }.maxScore");
            if (seen != null && new java.math.BigDecimal(seen.toString()).compareTo(new java.math.BigDecimal(max)) == 0) {
                return;
            }
            Thread.sleep(100);
        }
        fail(quiz + " was not reloaded with maxScore " + max + " (last seen " + seen + ")");
    }

    private static void awaitGone(String quiz) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(giveUp)) {
            List<String> ids = given().get("/api/v1/quizzes").then().extract().path("id");
            if (!Objects.requireNonNull(ids).contains(quiz)) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
