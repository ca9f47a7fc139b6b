package org.agora.scoreboard;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.support.Api;
import org.agora.support.Attempts;

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
        Map<String, Object> plain = new LinkedHashMap<>();
        answers.forEach((q, a) -> plain.put(q, a instanceof Pick p ? List.of(p.texts()) : a));
        return Attempts.take(username, quizId, plain).getObject("score", BigDecimal.class);
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
