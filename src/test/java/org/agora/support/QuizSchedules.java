package org.agora.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A quiz's dates in a class, set by the instructor through the API, and waiting for one: for the schedule and accommodation tests. */
public final class QuizSchedules {

    private QuizSchedules() {
    }

    public static String path(String code, String quiz) {
        return "/api/v1/classes/" + code + "/quizzes/" + quiz + "/schedule";
    }

    /** The instructor's PUT of the schedule; null leaves that end open. */
    public static Response put(String code, String quiz, Instant opens, Instant closes) {
        Map<String, Object> body = new HashMap<>();
        body.put("opensAt", opens == null ? null : opens.toString());
        body.put("closesAt", closes == null ? null : closes.toString());
        return Api.admin().contentType(ContentType.JSON).body(body).put(path(code, quiz));
    }

    /** The same, which must succeed. */
    public static void schedule(String code, String quiz, Instant opens, Instant closes) {
        Response r = put(code, quiz, opens, closes);
        assertEquals(200, r.statusCode(), r::asString);
    }

    public static void sleepUntil(Instant t) throws InterruptedException {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}
