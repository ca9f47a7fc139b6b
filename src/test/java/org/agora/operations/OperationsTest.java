package org.agora.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.support.AllTypesQuiz;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** What a load balancer and an operator see: health checks and metrics. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class OperationsTest {

    @Test
    void liveAndReadyAreUpAndReadyCoversTheDatabaseAndTheContentFolders() {
        given().get("/q/health/live").then().statusCode(200);
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", ready.getString("status"));
        List<String> checks = ready.getList("checks.name");
        assertTrue(checks.contains("Content folders"), checks.toString());
        assertTrue(checks.stream().anyMatch(n -> n.toLowerCase().contains("database")), checks.toString());
        Map<String, Object> content = ready.getMap("checks.find { it.name == 'Content folders' }.data");
        assertEquals("readable", content.get("lessons folder"));
        assertTrue(((Number) content.get("quizzes")).intValue() > 0, content.toString());
        assertFalse(ready.prettyPrint().contains(TestContent.lessons().toString()), "no file system paths in a public answer");
    }

    @Test
    void metricsAreForInstructorsOnly() {
        Response anonymous = given().redirects().follow(false).get("/q/metrics");
        assertEquals(401, anonymous.statusCode(), "401 for a scraper, not a redirect to the sign-in page");
        assertFalse(anonymous.asString().contains("agora_"), "nothing of the metrics without credentials");
        String student = Api.newStudent(Api.newClass("Metrics are private"));
        Response asStudent = Api.student(student).get("/q/metrics");
        assertEquals(403, asStudent.statusCode());
        assertFalse(asStudent.asString().contains("agora_"));
        String text = Api.admin().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(text.contains("http_server_requests_seconds_count"), "HTTP timings are recorded");
        assertTrue(text.contains("agora_content_errors"), "the content's error count is a gauge");
    }

    @Test
    void theCountsFollowWhatLearnersDo() {
        String student = Api.newStudent(Api.newClass("Metrics count"));
        double started = counter("agora_attempts_started_total");
        double saved = counter("agora_answers_saved_total");
        double scored = counter("agora_submissions_scored_total{how=\"submitted\"}");

        JsonPath attempt = Api.student(student).contentType(ContentType.JSON)
                .post("/api/v1/quizzes/" + AllTypesQuiz.ID + "/attempts").then().statusCode(201).extract().jsonPath();
        String id = attempt.getString("attempt");
        Map<String, Object> single = attempt.getMap("questions.find { it.type == 'single' }");
        String option = attempt.getString("questions.find { it.type == 'single' }.options[0].id");
        Api.student(student).contentType(ContentType.JSON).body(Map.of("choices", List.of(option)))
                .put("/api/v1/attempts/" + id + "/answers/" + single.get("id")).then().statusCode(204);
        // Resuming is not starting: the same attempt comes back and is not counted again.
        Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/" + AllTypesQuiz.ID + "/attempts");
        Api.student(student).contentType(ContentType.JSON).post("/api/v1/attempts/" + id + "/submit").then().statusCode(200);
        Api.student(student).contentType(ContentType.JSON).post("/api/v1/attempts/" + id + "/submit").then().statusCode(200);

        // Test classes run one at a time; the server's own closing of timed-out attempts is
        // counted apart ("time-up"), so these changes are exactly this learner's.
        assertEquals(started + 1, counter("agora_attempts_started_total"));
        assertEquals(saved + 1, counter("agora_answers_saved_total"));
        assertEquals(scored + 1, counter("agora_submissions_scored_total{how=\"submitted\"}"), "a repeated submit is not scored again");
    }

    @Test
    void contentLoadsAreCountedByOutcome() {
        String text = Api.admin().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(text.contains("agora_content_reloads_total{outcome=\"clean\"}")
                || text.contains("agora_content_reloads_total{outcome=\"errors\"}"), "at least the first load is counted");
    }

    private static double counter(String name) {
        String text = Api.admin().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.eE+-]+)$").matcher(text);
        assertTrue(m.find(), name + " is exported");
        return Double.parseDouble(m.group(1));
    }
}
