package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.order;
import static org.agora.attempt.AttemptClient.pairs;
import static org.agora.attempt.AttemptClient.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** {@code PUT /api/v1/attempts/{attempt}/answers/{question}} and {@code GET /api/v1/attempts/{attempt}}. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class AttemptSaveApiTest {

    @Test
    void everyBodyShapeIsSavedAndResumedElsewhere() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        String kofi = a.optionId("annan", "Kofi Annan");
        String ga = a.optionId("bodies", "The General Assembly");
        String sc = a.optionId("bodies", "The Security Council");
        String no = a.optionId("ratified", "False");
        String charter = a.optionId("events", "UN Charter");
        String vienna = a.optionId("events", "Vienna Declaration");
        String coi = a.optionId("events", "COI report");
        String annanLeft = a.leftId("people", "Kofi Annan");
        String jiangLeft = a.leftId("people", "Jiang Zemin");
        String sg = a.rightId("people", "UN Secretary-General");
        String china = a.rightId("people", "President of China");

        a.save("annan", choices(kofi));
        a.save("bodies", choices(ga, sc));
        a.save("ratified", choices(no));
        a.save("paper", text("Rodong Sinmun"));
        a.save("year", text("1997"));
        a.save("events", order(vienna, charter, coi));
        a.save("people", pairs(annanLeft, sg, jiangLeft, china));

        // Another device: the same learner, a fresh request, nothing but the attempt id.
        JsonPath got = a.get();
        assertEquals(a.id, got.getString("attempt"));
        assertFalse(got.getBoolean("submitted"));
        assertEquals(List.of(kofi), got.getList("answers.annan.choices"));
        assertThat(got.getList("answers.bodies.choices", String.class), containsInAnyOrder(ga, sc));
        assertEquals(List.of(no), got.getList("answers.ratified.choices"));
        assertEquals("Rodong Sinmun", got.getString("answers.paper.text"));
        assertEquals("1997", got.getString("answers.year.text"));
        assertEquals(List.of(vienna, charter, coi), got.getList("answers.events.order"));
        assertEquals(Map.of(annanLeft, sg, jiangLeft, china), got.getMap("answers.people.pairs"));
        assertEquals(a.started.getList("questions"), got.getList("questions"), "the attempt as started");
        assertTrue(got.get("result") == null, "no result before submission");

        // The next save replaces the answer; an empty choice list clears a multiple-answer question.
        a.save("annan", choices(a.optionId("annan", "Jacques Chirac")));
        a.save("events", order(charter, vienna, coi));
        a.save("bodies", choices());
        JsonPath again = a.get();
        assertEquals(List.of(a.optionId("annan", "Jacques Chirac")), again.getList("answers.annan.choices"));
        assertEquals(List.of(charter, vienna, coi), again.getList("answers.events.order"));
        assertEquals(List.of(), again.getList("answers.bodies.choices"));
    }

    @Test
    void bodiesThatDoNotFitTheQuestionAre400() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        String kofi = a.optionId("annan", "Kofi Annan");
        String jiang = a.optionId("annan", "Jiang Zemin");
        String charter = a.optionId("events", "UN Charter");
        String vienna = a.optionId("events", "Vienna Declaration");
        String coi = a.optionId("events", "COI report");
        String annanLeft = a.leftId("people", "Kofi Annan");
        String sg = a.rightId("people", "UN Secretary-General");
        a.save("annan", choices(kofi));
        a.save("events", order(coi, vienna, charter));

        Map<String, Object> both = new LinkedHashMap<>();
        both.put("text", "Kofi Annan");
        both.put("choices", List.of(kofi));
        Map<String, Object> nullPair = new LinkedHashMap<>();
        nullPair.put(annanLeft, null);
        List<Object[]> bad = List.of(
                new Object[] {"annan", text("Kofi Annan")},                  // wrong field
                new Object[] {"annan", choices("ozzzzzz")},                   // unknown option id
                new Object[] {"annan", choices(kofi, jiang)},                 // two choices for a single question
                new Object[] {"annan", choices(kofi, kofi)},                  // a choice twice
                new Object[] {"annan", choices(a.optionId("bodies", "The European Union"))}, // another question's option
                new Object[] {"annan", both},                                 // two fields
                new Object[] {"annan", Map.of()},                             // no field
                new Object[] {"ratified", choices(a.optionId("ratified", "True"), a.optionId("ratified", "False"))},
                new Object[] {"bodies", order(a.optionId("bodies", "The European Union"))},
                new Object[] {"paper", choices(kofi)},
                new Object[] {"paper", text("x".repeat(501))},               // longer than any answer
                new Object[] {"year", order(charter)},
                new Object[] {"events", order(charter, vienna)},              // an item missing
                new Object[] {"events", order(charter, vienna, vienna)},      // an item twice, one missing
                new Object[] {"events", order(charter, vienna, coi, kofi)},   // a foreign id
                new Object[] {"events", choices(charter)},
                new Object[] {"people", pairs("ozzzzzz", sg)},               // unknown left id
                new Object[] {"people", pairs(annanLeft, "ozzzzzz")},        // unknown right id
                new Object[] {"people", pairs(annanLeft, kofi)},             // an option id as a right id
                new Object[] {"people", Map.of("pairs", nullPair)},
                new Object[] {"people", text("Kofi Annan -> UN Secretary-General")});
        for (Object[] b : bad) {
            Response r = a.put((String) b[0], b[1]);
            assertEquals(400, r.statusCode(), () -> b[0] + " " + b[1] + ": " + r.asString());
            assertEquals(400, r.jsonPath().getInt("status"), r::asString);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
        // Malformed JSON and a missing body: 400 as well, never 500.
        for (String raw : List.of("{", "[1,2]", "{\"choices\": \"oabc\"}", "")) {
            Response r = Api.student(u).contentType(ContentType.JSON).body(raw)
                    .put("/api/v1/attempts/" + a.id + "/answers/annan");
            assertEquals(400, r.statusCode(), () -> "'" + raw + "': " + r.asString());
        }
        JsonPath got = a.get();
        assertEquals(List.of(kofi), got.getList("answers.annan.choices"), "a refused body changes nothing");
        assertEquals(List.of(coi, vienna, charter), got.getList("answers.events.order"));
        assertFalse(got.getMap("answers").containsKey("people"));
    }

    @Test
    void unknownQuestionOrAttemptIs404() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        a.put("nope", text("x")).then().statusCode(404).contentType("application/problem+json");
        // A question of the quiz that this attempt did not draw is unknown to it too.
        AttemptClient pool = AttemptClient.start(u, "pool");
        String notDrawn = List.of("pa", "pb", "pc", "pd").stream().filter(q -> !pool.questionIds().contains(q)).findFirst()
                .orElseThrow();
        pool.put(notDrawn, choices("oabcdef")).then().statusCode(404);

        Api.student(u).get("/api/v1/attempts/doesnotexist").then().statusCode(404).contentType("application/problem+json");
        Api.student(u).contentType(ContentType.JSON).body(text("1"))
                .put("/api/v1/attempts/doesnotexist/answers/paper").then().statusCode(404);
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/attempts/doesnotexist/submit").then().statusCode(404);
    }

    @Test
    void anotherLearnersAttemptIs404ForEveryVerb() {
        String owner = AttemptClient.newStudent();
        String other = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(owner, "all-types");
        String kofi = a.optionId("annan", "Kofi Annan");
        a.save("annan", choices(kofi));

        a.getRaw(other).then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        a.put(other, "annan", choices(a.optionId("annan", "Jiang Zemin"))).then().statusCode(404);
        a.put(other, "nope", text("x")).then().statusCode(404);
        a.submitRaw(other).then().statusCode(404);
        // The other learner's own start does not pick up this attempt either.
        assertFalse(a.id.equals(AttemptClient.start(other, "all-types").id));

        JsonPath got = a.get();
        assertFalse(got.getBoolean("submitted"), "the other learner's submit did nothing");
        assertEquals(List.of(kofi), got.getList("answers.annan.choices"), "the other learner's save did nothing");
        // An instructor is not the owner either: the attempt calls serve an instructor's previews, and only those.
        Api.admin().get("/api/v1/attempts/" + a.id).then().statusCode(404);
    }

    @Test
    void savingAfterSubmissionIs409() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        String kofi = a.optionId("annan", "Kofi Annan");
        a.save("annan", choices(kofi));
        a.submit();
        a.put("annan", choices(a.optionId("annan", "Jiang Zemin"))).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        a.put("paper", text("Rodong Sinmun")).then().statusCode(409);
        JsonPath got = a.get();
        assertTrue(got.getBoolean("submitted"));
        assertEquals(List.of(kofi), got.getList("answers.annan.choices"));
        assertFalse(got.getMap("answers").containsKey("paper"));
        assertEquals(0, new BigDecimal("2").compareTo(AttemptClient.dec(got.get("result.score"))), "scored with the answer saved before submission");
    }
}
