package org.agora.attempt;

import static io.restassured.RestAssured.given;
import static org.agora.attempt.AttemptClient.items;
import static org.agora.attempt.AttemptClient.plain;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/quizzes/{id}/attempts}: what a new attempt shows, and what it must not. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class AttemptStartApiTest {

    static final List<String> ALL_TYPES = List.of("annan", "bodies", "ratified", "paper", "year", "events", "people");

    @Test
    void startShowsEveryQuestionTypeWithItsOptions() {
        String u = AttemptClient.newStudent();
        Response r = AttemptClient.startRaw(u, "all-types");
        assertEquals(201, r.statusCode(), r::asString);
        AttemptClient a = AttemptClient.of(u, r);
        assertThat(r.header("Location"), endsWith("/api/v1/attempts/" + a.id));
        assertTrue(a.started.getMap("$").containsKey("deadline"), "deadline is always there (null without a time limit): " + a.startJson);
        assertNull(a.started.get("deadline"));

        assertEquals(ALL_TYPES, a.questionIds(), "no pick: every question, in the author's order");
        Map<String, String> types = Map.of("annan", "single", "bodies", "multiple", "ratified", "truefalse", "paper",
                "short", "year", "numeric", "events", "order", "people", "match");
        for (Map<String, Object> q : a.questions()) {
            String id = (String) q.get("id");
            assertEquals(types.get(id), q.get("type"), id);
            assertThat(id, (String) q.get("title"), not(emptyOrNullString()));
            assertTrue(q.containsKey("html"), id + " has html");
            assertEquals(0, new BigDecimal(id.equals("annan") ? "2" : "1").compareTo(AttemptClient.dec(q.get("points"))), id);
        }
        assertEquals("Who argued for individual sovereignty?", a.question("annan").get("title"));

        assertThat(texts(a, "annan", "options"), containsInAnyOrder("Jiang Zemin", "Kofi Annan", "Jacques Chirac"));
        assertThat(texts(a, "bodies", "options"),
                containsInAnyOrder("The General Assembly", "The Security Council", "The European Union"));
        assertThat(texts(a, "ratified", "options"), containsInAnyOrder("True", "False"));
        assertThat(texts(a, "events", "options"), containsInAnyOrder("UN Charter", "Vienna Declaration", "COI report"));
        assertThat(texts(a, "people", "left"), containsInAnyOrder("Kofi Annan", "Jiang Zemin"));
        assertThat(texts(a, "people", "right"),
                containsInAnyOrder("UN Secretary-General", "President of China", "President of France"));
        for (String q : List.of("paper", "year")) {
            for (String key : List.of("options", "left", "right")) {
                assertFalse(a.question(q).containsKey(key), q + " (text answer) has no " + key);
            }
        }
        for (String q : List.of("annan", "bodies", "ratified", "events")) {
            assertFalse(a.question(q).containsKey("left") || a.question(q).containsKey("right"), q);
        }
        assertFalse(a.question("people").containsKey("options"), "matching lists left and right only");
        assertFalse(a.started.getMap("answers") != null && !a.started.getMap("answers").isEmpty(), "nothing saved yet");
    }

    @Test
    void startRevealsNoAnswer() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        for (String word : List.of("correct", "feedback", "explanation", "position", "accepted", "earned", "score")) {
            assertFalse(a.startJson.toLowerCase().contains(word), () -> "the start response mentions '" + word + "': " + a.startJson);
        }
        Leaks.assertNoAnswers("start response", a.startJson);
        // Ordering items never come in the right order (the answer would be on screen).
        assertNotEquals(List.of("UN Charter", "Vienna Declaration", "COI report"), texts(a, "events", "options"));
    }

    @Test
    void optionIdsAreOpaqueAndDifferBetweenAttempts() {
        String u1 = AttemptClient.newStudent();
        String u2 = AttemptClient.newStudent();
        AttemptClient a1 = AttemptClient.start(u1, "all-types");
        AttemptClient a2 = AttemptClient.start(u2, "all-types");
        List<String> ids1 = a1.allItemIds();
        List<String> ids2 = a2.allItemIds();
        assertEquals(3 + 3 + 2 + 3 + 2 + 3, ids1.size());
        // Unique within an attempt (the right-hand choices included) and shaped like random tokens.
        assertEquals(ids1.size(), new HashSet<>(ids1).size(), ids1::toString);
        for (String id : ids1) {
            assertTrue(id.matches("[a-z0-9]{5,}"), id);
            assertFalse(id.matches("\\d+"), "not an index: " + id);
        }
        Set<String> common = new HashSet<>(ids1);
        common.retainAll(ids2);
        assertTrue(common.isEmpty(), "two attempts share option ids " + common);
        // The same text gets another id in another attempt.
        assertNotEquals(a1.optionId("annan", "Kofi Annan"), a2.optionId("annan", "Kofi Annan"));

        // A learner's next attempt too.
        a1.submit();
        AttemptClient again = AttemptClient.start(u1, "all-types");
        assertNotEquals(a1.id, again.id);
        Set<String> overlap = new HashSet<>(again.allItemIds());
        overlap.retainAll(ids1);
        assertTrue(overlap.isEmpty(), "a new attempt reuses ids " + overlap);
    }

    @Test
    void shuffleFalseKeepsTheAuthorsOrder() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "limited");
        assertEquals(List.of("First", "Second"), texts(a, "first", "options"));
    }

    @Test
    void pickDrawsTwoOfFour() {
        String u = AttemptClient.newStudent();
        Set<Set<String>> draws = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            AttemptClient a = AttemptClient.start(u, "pool");
            List<String> ids = a.questionIds();
            assertEquals(2, ids.size(), a.startJson);
            assertEquals(2, new HashSet<>(ids).size(), "two different questions: " + ids);
            assertTrue(List.of("pa", "pb", "pc", "pd").containsAll(ids), ids::toString);
            assertEquals(ids, a.get().getList("questions.id"), "GET shows the same draw");
            var result = a.submit();
            assertEquals(2, result.getList("questions").size());
            assertEquals(0, new BigDecimal("2").compareTo(AttemptClient.dec(result.get("maxScore"))), "maxScore counts the drawn questions");
            draws.add(new HashSet<>(ids));
        }
        assertTrue(draws.size() > 1, "eight attempts all drew " + draws);
    }

    @Test
    void unknownOrBrokenQuizIs404() {
        String u = AttemptClient.newStudent();
        for (String quiz : List.of("nope", "broken")) {
            AttemptClient.startRaw(u, quiz).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void secondStartResumesTheOpenAttempt() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        a.save("paper", AttemptClient.text("Rodong Sinmun"));
        Response again = AttemptClient.startRaw(u, "all-types");
        assertEquals(200, again.statusCode(), again::asString);
        AttemptClient b = AttemptClient.of(u, again);
        assertEquals(a.id, b.id);
        assertEquals(a.allItemIds(), b.allItemIds(), "same options in the same order");
        assertEquals("Rodong Sinmun", b.started.getString("answers.paper.text"), "the resumed attempt shows saved answers");
        assertEquals(1, attemptsUsed(u, "all-types"));
    }

    @Test
    void attemptsLimitAllowsTwoThen409() {
        String u = AttemptClient.newStudent();
        AttemptClient first = AttemptClient.start(u, "limited");
        assertEquals(1, first.started.getInt("number"));
        first.submit();
        AttemptClient second = AttemptClient.start(u, "limited");
        assertEquals(2, second.started.getInt("number"));
        // While the second is open, starting resumes it rather than refusing.
        assertEquals(200, AttemptClient.startRaw(u, "limited").statusCode());
        second.submit();
        AttemptClient.startRaw(u, "limited").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        assertEquals(2, attemptsUsed(u, "limited"));
    }

    @Test
    void startNeedsAStudent() {
        given().contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts").then().statusCode(401)
                .contentType("application/problem+json");
        Api.admin().contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts").then().statusCode(403)
                .contentType("application/problem+json");
    }

    static List<String> texts(AttemptClient a, String qid, String key) {
        return items(a.question(qid), key).stream().map(i -> plain((String) i.get("html"))).toList();
    }

    static int attemptsUsed(String user, String quiz) {
        return Api.student(user).get("/api/v1/me/progress").then().statusCode(200).extract()
                .path("quizzes.find { it.id == '" + quiz + "' }.attemptsUsed");
    }
}
