package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.dec;
import static org.agora.attempt.AttemptClient.order;
import static org.agora.attempt.AttemptClient.pairs;
import static org.agora.attempt.AttemptClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.account.Account;
import org.agora.support.Api;
import org.agora.support.AtOnce;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/attempts/{attempt}/submit}: scoring every question type, once. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class AttemptScoringApiTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void allRightEarnsEveryPoint() {
        AttemptClient a = AttemptClient.start(AttemptClient.newStudent(), "all-types");
        a.save("annan", choices(a.optionId("annan", "Kofi Annan")));
        a.save("bodies", choices(a.optionId("bodies", "The Security Council"), a.optionId("bodies", "The General Assembly")));
        a.save("ratified", choices(a.optionId("ratified", "False")));
        a.save("paper", text("  rodong   SINMUN "));
        a.save("year", text("1997"));
        a.save("events", order(a.optionId("events", "UN Charter"), a.optionId("events", "Vienna Declaration"),
                a.optionId("events", "COI report")));
        a.save("people", pairs(a.leftId("people", "Jiang Zemin"), a.rightId("people", "President of China"),
                a.leftId("people", "Kofi Annan"), a.rightId("people", "UN Secretary-General")));
        JsonPath r = a.submit();
        assertTotals(r, a.id, "8", "8", "100.0", true);
        for (String q : AttemptStartApiTest.ALL_TYPES) {
            assertQuestion(r, q, q.equals("annan") ? "2" : "1", q.equals("annan") ? "2" : "1", true);
        }
    }

    /**
     * Partial credit: multiple (2 right - 1 wrong) / 2, ordering 1 of 3 in place (1/3 rounds to 0.33),
     * matching 1 of 2; the short answer through its regex, case and spaces ignored; a year with a
     * decimal comma. 4.33 of 8 is 54.125%, shown 54.1, which passes at 50.
     */
    @Test
    void partialCreditAndDecimalComma() {
        AttemptClient a = AttemptClient.start(AttemptClient.newStudent(), "all-types");
        a.save("annan", choices(a.optionId("annan", "Jiang Zemin")));
        a.save("bodies", choices(a.optionId("bodies", "The General Assembly"), a.optionId("bodies", "The Security Council"),
                a.optionId("bodies", "The European Union")));
        a.save("ratified", choices(a.optionId("ratified", "False")));
        a.save("paper", text("Rodong  Shinmun"));
        a.save("year", text("1997,0"));
        a.save("events", order(a.optionId("events", "COI report"), a.optionId("events", "Vienna Declaration"),
                a.optionId("events", "UN Charter")));
        a.save("people", pairs(a.leftId("people", "Kofi Annan"), a.rightId("people", "UN Secretary-General"),
                a.leftId("people", "Jiang Zemin"), a.rightId("people", "President of France")));
        JsonPath r = a.submit();
        assertTotals(r, a.id, "4.33", "8", "54.1", true);
        assertQuestion(r, "annan", "0", "2", false);
        assertQuestion(r, "bodies", "0.5", "1", false);
        assertQuestion(r, "ratified", "1", "1", true);
        assertQuestion(r, "paper", "1", "1", true);
        assertQuestion(r, "year", "1", "1", true);
        assertQuestion(r, "events", "0.33", "1", false);
        assertQuestion(r, "people", "0.5", "1", false);
        assertEquals(AttemptStartApiTest.ALL_TYPES, r.getList("questions.id"), "results in the attempt's order");
    }

    /** A wrong-only multiple answer floors at 0; one pair right of two; 0.5 of 8 is 6.25%, shown 6.3; fails. */
    @Test
    void wrongAnswersFloorAtZeroAndFail() {
        AttemptClient a = AttemptClient.start(AttemptClient.newStudent(), "all-types");
        a.save("annan", choices(a.optionId("annan", "Jacques Chirac")));
        a.save("bodies", choices(a.optionId("bodies", "The European Union")));
        a.save("ratified", choices(a.optionId("ratified", "True")));
        a.save("paper", text("Rodong"));
        a.save("year", text("1997.5"));
        a.save("people", pairs(a.leftId("people", "Kofi Annan"), a.rightId("people", "UN Secretary-General")));
        JsonPath r = a.submit();
        assertTotals(r, a.id, "0.5", "8", "6.3", false);
        for (String q : List.of("annan", "bodies", "ratified", "paper", "year", "events")) {
            assertQuestion(r, q, "0", q.equals("annan") ? "2" : "1", false);
        }
        assertQuestion(r, "people", "0.5", "1", false);
    }

    @Test
    void nothingAnsweredScoresZero() {
        AttemptClient a = AttemptClient.start(AttemptClient.newStudent(), "all-types");
        JsonPath r = a.submit();
        assertTotals(r, a.id, "0", "8", "0", false);
        assertEquals(7, r.getList("questions").size());
    }

    @Test
    void submittingAgainReturnsTheSameResult() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        a.save("annan", choices(a.optionId("annan", "Kofi Annan")));
        String first = a.submitRaw(u).then().statusCode(200).extract().asString();
        Instant submittedAt = submittedAt(a.id);
        String second = a.submitRaw(u).then().statusCode(200).extract().asString();
        assertEquals(first, second);
        assertEquals(submittedAt, submittedAt(a.id), "a second submit changes nothing");
        assertTotals(a.get().setRootPath("result"), a.id, "2", "8", "25.0", false);
    }

    @Test
    void twentyConcurrentSubmitsScoreOnce() throws Exception {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        a.save("annan", choices(a.optionId("annan", "Kofi Annan")));
        a.save("paper", text("Rodong Sinmun"));
        a.save("events", order(a.optionId("events", "COI report"), a.optionId("events", "Vienna Declaration"),
                a.optionId("events", "UN Charter")));

        List<Instant> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<HttpResponse<String>> storm = submitAtOnce(u, a.id, 20, received);
        Set<String> bodies = new HashSet<>();
        for (HttpResponse<String> r : storm) {
            assertEquals(200, r.statusCode(), r::body);
            bodies.add(r.body());
        }
        assertEquals(1, bodies.size(), () -> "different results: " + bodies);
        JsonPath r = AttemptClient.json(bodies.iterator().next());
        assertTotals(r, a.id, "3.33", "8", "41.6", false);

        Instant submittedAt = submittedAt(a.id);
        assertNotNull(submittedAt);
        // Scored once, by the first request: a later re-scoring would have moved the time past the first answer.
        Instant firstAnswer = received.stream().min(Instant::compareTo).orElseThrow();
        assertTrue(!submittedAt.isAfter(firstAnswer), "submitted at " + submittedAt + ", first answer at " + firstAnswer);
        List<HttpResponse<String>> again = submitAtOnce(u, a.id, 20, new java.util.concurrent.CopyOnWriteArrayList<>());
        for (HttpResponse<String> x : again) {
            assertEquals(200, x.statusCode(), x::body);
            assertEquals(bodies.iterator().next(), x.body());
        }
        assertEquals(submittedAt, submittedAt(a.id), "scored once: the submission time never moves");
        long accountId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(u).orElseThrow().id);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Attempt.countFor(accountId, "all-types")));
        BigDecimal sum = QuarkusTransaction.requiringNew().call(() -> AttemptItem.of(a.id).stream()
                .map(i -> i.earned).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(0, new BigDecimal("3.33").compareTo(sum), "the items hold the one scoring");
        Api.student(u).get("/api/v1/me/progress").then().statusCode(200)
                .body("quizzes.find { it.id == 'all-types' }.attemptsUsed", org.hamcrest.Matchers.equalTo(1));
    }

    // --- helpers ---

    private List<HttpResponse<String>> submitAtOnce(String user, String attemptId, int n, List<Instant> received)
            throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        // No body and no Content-Type, as a script's bare POST.
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/attempts/"
                + attemptId + "/submit")).header("Authorization", auth).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return AtOnce.send(java.util.Collections.nCopies(n, request), r -> received.add(Instant.now()));
    }

    static Instant submittedAt(String attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId).submittedAt);
    }

    static void assertTotals(JsonPath r, String attemptId, String score, String max, String percent, boolean passed) {
        assertEquals(attemptId, r.getString("attempt"));
        assertDec(score, r.get("score"), "score");
        assertDec(max, r.get("maxScore"), "maxScore");
        assertDec(percent, r.get("percent"), "percent");
        assertEquals(passed, r.getBoolean("passed"), "passed");
    }

    static void assertQuestion(JsonPath r, String qid, String earned, String points, boolean correct) {
        Map<String, Object> q = r.getMap("questions.find { it.id == '" + qid + "' }");
        assertNotNull(q, () -> "no result for " + qid + " in " + r.prettify());
        assertDec(earned, q.get("earned"), qid + " earned");
        assertDec(points, q.get("points"), qid + " points");
        assertEquals(correct, q.get("correct"), qid + " correct");
    }

    static void assertDec(String expected, Object actual, String what) {
        assertNotNull(actual, what);
        assertTrue(new BigDecimal(expected).compareTo(dec(actual)) == 0, what + ": expected " + expected + " but was " + actual);
    }
}
