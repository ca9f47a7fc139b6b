package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.order;
import static org.agora.attempt.AttemptClient.pairs;
import static org.agora.attempt.AttemptClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.agora.support.AtOnce;
import org.agora.support.TestContent;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Saving and submitting take turns on the attempt: when a learner's last answers and the submit
 * arrive together, every answer acknowledged with 204 is part of the scoring, every other one is
 * refused with 409, and nothing is stored after the attempt was scored.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SaveSubmitRaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @RepeatedTest(10)
    void everyAcknowledgedAnswerIsScoredAndNoLaterOneIsStored() throws Exception {
        String user = AttemptClient.newStudent();
        String session = AttemptClient.signIn(user);
        AttemptClient a = AttemptClient.of(user, session, AttemptClient.startRaw(user, session, "all-types"));
        // A right answer to each question, so that a scored answer earns points and an unscored one does not.
        Map<String, Map<String, Object>> right = new LinkedHashMap<>();
        right.put("annan", choices(a.optionId("annan", "Kofi Annan")));
        right.put("bodies", choices(a.optionId("bodies", "The General Assembly"), a.optionId("bodies", "The Security Council")));
        right.put("ratified", choices(a.optionId("ratified", "False")));
        right.put("paper", text("Rodong Sinmun"));
        right.put("year", text("1997"));
        right.put("events", order(a.optionId("events", "UN Charter"), a.optionId("events", "Vienna Declaration"),
                a.optionId("events", "COI report")));
        right.put("people", pairs(a.leftId("people", "Kofi Annan"), a.rightId("people", "UN Secretary-General"),
                a.leftId("people", "Jiang Zemin"), a.rightId("people", "President of China")));

        List<HttpRequest> requests = new ArrayList<>();
        for (var e : right.entrySet()) {
            requests.add(request("/api/v1/attempts/" + a.id + "/answers/" + e.getKey(), session)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(e.getValue()))).build());
        }
        requests.add(requests.size() / 2, request("/api/v1/attempts/" + a.id + "/submit", session)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        List<HttpResponse<String>> responses = AtOnce.send(requests, r -> { });

        Set<String> acknowledged = new TreeSet<>();
        int i = 0;
        for (HttpResponse<String> r : responses) {
            String path = r.request().uri().getPath();
            if (path.endsWith("/submit")) {
                assertEquals(200, r.statusCode(), r::body);
            } else {
                assertTrue(r.statusCode() == 204 || r.statusCode() == 409, () -> path + ": " + r.statusCode() + " " + r.body());
                if (r.statusCode() == 204) {
                    acknowledged.add(path.substring(path.lastIndexOf('/') + 1));
                }
            }
            i++;
        }
        assertEquals(requests.size(), i);

        JsonPath got = a.get();
        assertTrue(got.getBoolean("submitted"));
        assertEquals(acknowledged, new TreeSet<>(got.getMap("answers").keySet()), "stored answers are exactly the acknowledged ones");
        Set<String> earned = new TreeSet<>();
        for (String q : right.keySet()) {
            Object points = got.get("result.questions.find { it.id == '" + q + "' }.earned");
            if (AttemptClient.dec(points).compareTo(BigDecimal.ZERO) > 0) {
                earned.add(q);
            }
        }
        assertEquals(acknowledged, earned, "every acknowledged answer, and only those, was scored");
    }

    private HttpRequest.Builder request(String path, String session) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Cookie", "agora-session=" + session).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
    }
}
