package org.agora.scoreboard;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.support.Api;

/** Drives learners through the real API: sign up with a chosen name, take a quiz with chosen answers. */
final class Learners {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A choice answer: the options whose text contains each of these strings. */
    record Pick(String... texts) {
    }

    private Learners() {
    }

    /** Signs up a student with this display name; returns the (unique) username. */
    static String signUp(String classCode, String displayName) {
        String username = "b" + System.nanoTime() % 100000 + "y" + SEQ.incrementAndGet();
        given().contentType(ContentType.JSON)
                .body(Map.of("classCode", classCode, "username", username, "password", Api.PASSWORD, "displayName", displayName))
                .post("/api/v1/signup").then().statusCode(201);
        return username;
    }

    /**
     * Starts an attempt, saves the given answers (question id to a {@link Pick} or a text), submits
     * it and returns the score. Questions not in the map stay unanswered.
     */
    static BigDecimal take(String username, String quizId, Map<String, Object> answers) {
        JsonPath started = Api.student(username).contentType(ContentType.JSON).post("/api/v1/quizzes/" + quizId + "/attempts").then().statusCode(201)
                .extract().jsonPath();
        String attempt = started.getString("attempt");
        List<Map<String, Object>> questions = started.getList("questions");
        for (Map.Entry<String, Object> a : answers.entrySet()) {
            Map<String, Object> q = questions.stream().filter(x -> a.getKey().equals(x.get("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no question " + a.getKey() + " in " + quizId));
            Object body;
            if (a.getValue() instanceof Pick p) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
                List<String> ids = java.util.Arrays.stream(p.texts()).map(text -> options.stream()
                        .filter(o -> ((String) o.get("html")).contains(text)).map(o -> (String) o.get("id")).findFirst()
                        .orElseThrow(() -> new AssertionError("no option " + text + " in " + options))).toList();
                body = Map.of("choices", ids);
            } else {
                body = Map.of("text", a.getValue());
            }
            Api.student(username).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/attempts/" + attempt + "/answers/" + a.getKey()).then().statusCode(204);
        }
        return new BigDecimal(Api.student(username).contentType(ContentType.JSON).post("/api/v1/attempts/" + attempt + "/submit").then().statusCode(200)
                .extract().jsonPath().getString("score"));
    }

    /** Marks a lesson read. */
    static void complete(String username, String lessonId) {
        Api.student(username).contentType(ContentType.JSON).post("/api/v1/lessons/" + lessonId + "/complete").then()
                .statusCode(204);
    }

    static Map<String, Object> answers(Object... idAndAnswer) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < idAndAnswer.length; i += 2) {
            m.put((String) idAndAnswer[i], idAndAnswer[i + 1]);
        }
        return m;
    }

    /** The sum of every offered quiz's maximum score: the scoreboard's maxTotal. */
    static BigDecimal maxTotal() {
        List<Object> maxima = given().get("/api/v1/quizzes").then().statusCode(200).extract().jsonPath().getList("maxScore");
        return maxima.stream().map(o -> new BigDecimal(o.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
