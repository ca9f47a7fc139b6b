package org.agora.scoreboard;

import static org.agora.scoreboard.Learners.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** GET /api/v1/classes/{code}/quizzes/{id}/stats against figures worked out by hand. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class StatisticsApiTest {

    private static final double EPS = 0.0011; // the API rounds to three decimals

    static JsonNode stats(String code, String quiz) throws IOException {
        return new ObjectMapper().readTree(Api.admin().get("/api/v1/classes/" + code + "/quizzes/" + quiz + "/stats").then()
                .statusCode(200).contentType("application/json").extract().asString());
    }

    static JsonNode question(JsonNode stats, String id) {
        for (JsonNode q : stats.get("questions")) {
            if (id.equals(q.get("id").asText())) {
                return q;
            }
        }
        throw new AssertionError("no question " + id + " in " + stats);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** The count next to the option whose text contains this. */
    static int chosen(JsonNode q, String text) {
        for (JsonNode o : q.get("options")) {
            if (o.get("text").asText().contains(text)) {
                return o.get("chosen").asInt();
            }
        }
        throw new AssertionError("no option " + text + " in " + q);
    }

    @Test
    void firstAttemptsOfFourLearnersOnAllTypes() throws IOException {
        String code = Api.newClass("Statistics");
        String s1 = Learners.signUp(code, "Stat One");
        String s2 = Learners.signUp(code, "Stat Two");
        String s3 = Learners.signUp(code, "Stat Three");
        String s4 = Learners.signUp(code, "Stat Four");
        // all-types: annan 2 points, the six others 1 point each: max 8. Unanswered questions earn 0.
        //            annan    ratified  year   paper | score  percent
        //   S1       Annan 2  True 0    1997 1  ok 1 |   4    50
        //   S2       Annan 2  True 0    1998 0  ok 1 |   3    37.5
        //   S3       Jiang 0  False 1   1998 0  ok 1 |   2    25
        //   S4       Chirac 0 False 1   2000 0  ok 1 |   2    25
        Learners.take(s1, "all-types", answers("annan", new Pick("Kofi Annan"), "ratified", new Pick("True"), "year", "1997",
                "paper", "Rodong Sinmun"));
        Learners.take(s2, "all-types", answers("annan", new Pick("Kofi Annan"), "ratified", new Pick("True"), "year", "1998",
                "paper", "Rodong Sinmun"));
        Learners.take(s3, "all-types", answers("annan", new Pick("Jiang Zemin"), "ratified", new Pick("False"), "year", "1998",
                "paper", "Rodong Sinmun"));
        Learners.take(s4, "all-types", answers("annan", new Pick("Jacques Chirac"), "ratified", new Pick("False"), "year", "2000",
                "paper", "Rodong Sinmun"));
        // Second attempts do not count: S4 now gets everything it can right, S1 everything wrong.
        Learners.take(s4, "all-types", answers("annan", new Pick("Kofi Annan"), "ratified", new Pick("False"), "year", "1997",
                "paper", "Rodong Sinmun", "bodies", new Pick("General Assembly", "Security Council")));
        Learners.take(s1, "all-types", answers("annan", new Pick("Jiang Zemin"), "year", "1234"));
        // Nor does anyone outside the class.
        String outsider = Learners.signUp(Api.newClass("Statistics elsewhere"), "Stat Outsider");
        Learners.take(outsider, "all-types", answers("annan", new Pick("Jacques Chirac"), "year", "1998"));

        JsonNode s = stats(code, "all-types");
        assertEquals("all-types", s.get("quiz").asText());
        assertEquals(code, s.get("classCode").asText());
        assertEquals(4, s.get("attempts").asInt());
        // percents 50, 37.5, 25, 25
        // mean = 137.5 / 4 = 34.375
        assertEquals(34.375, s.get("mean").asDouble(), EPS);
        // median = (25 + 37.5) / 2 = 31.25
        assertEquals(31.25, s.get("median").asDouble(), EPS);
        // deviations 15.625, 3.125, -9.375, -9.375 -> squares 244.140625 + 9.765625 + 87.890625 * 2 = 429.6875
        // SD = sqrt(429.6875 / 3) = 11.968
        assertEquals(Math.sqrt(429.6875 / 3), s.get("standardDeviation").asDouble(), EPS);
        // Cronbach's alpha on raw marks, k = 7 items:
        //   item variances: annan 2 2 0 0 -> 4/3; ratified 0 0 1 1 -> 1/3; year 1 0 0 0 -> 1/4; the rest constant -> 0
        //   sum 23/12; totals 4 3 2 2 -> mean 2.75, squares 1.5625 + .0625 + .5625 * 2 = 2.75 -> 11/12
        //   alpha = 7/6 * (1 - (23/12) / (11/12)) = 7/6 * (-12/11) = -14/11
        assertEquals(-14.0 / 11, s.get("cronbachAlpha").asDouble(), EPS);
        // histogram: 25, 25 -> [20,30); 37.5 -> [30,40); 50 -> [50,60)
        assertEquals(List.of(0, 0, 2, 1, 0, 1, 0, 0, 0, 0), texts(s.get("histogram")).stream().map(Integer::valueOf).toList());

        List<String> order = new ArrayList<>();
        s.get("questions").forEach(q -> order.add(q.get("id").asText()));
        assertEquals(List.of("annan", "bodies", "ratified", "paper", "year", "events", "people"), order, "the quiz's order");

        // annan: marks (fraction of 2) 1 1 0 0 -> facility 0.5.
        //   rest of test = score - annan = 2 1 2 2; dx = .5 .5 -.5 -.5, dy = .25 -.75 .25 .25
        //   sum dx*dy = -.5, sum dx^2 = 1, sum dy^2 = .75 -> r = -.5 / sqrt(.75) = -0.577
        JsonNode annan = question(s, "annan");
        assertEquals(4, annan.get("attempts").asInt());
        assertEquals(0.5, annan.get("facility").asDouble(), EPS);
        assertEquals(-0.5 / Math.sqrt(0.75), annan.get("discrimination").asDouble(), EPS);
        assertEquals(1, chosen(annan, "Jiang Zemin"));
        assertEquals(2, chosen(annan, "Kofi Annan"));
        assertEquals(1, chosen(annan, "Jacques Chirac"));
        assertEquals(List.of("Negative discrimination: stronger learners did worse on it"), texts(annan.get("flags")));

        // ratified: marks 0 0 1 1 -> facility 0.5; rest 4 3 1 1, dy = 1.75 .75 -1.25 -1.25, dx = -.5 -.5 .5 .5
        //   sum dx*dy = -2.5, sum dy^2 = 6.75 -> r = -2.5 / sqrt(6.75) = -0.962
        JsonNode ratified = question(s, "ratified");
        assertEquals(0.5, ratified.get("facility").asDouble(), EPS);
        assertEquals(-2.5 / Math.sqrt(6.75), ratified.get("discrimination").asDouble(), EPS);
        assertEquals(2, chosen(ratified, "True"));
        assertEquals(2, chosen(ratified, "False"));
        assertTrue(texts(ratified.get("flags")).contains("Negative discrimination: stronger learners did worse on it"));

        // year: marks 1 0 0 0 -> facility 0.25 (no flag); rest 3 3 2 2, dx = .75 -.25 -.25 -.25, dy = .5 .5 -.5 -.5
        //   sum dx*dy = .5, sum dx^2 = .75, sum dy^2 = 1 -> r = .5 / sqrt(.75) = 0.577
        JsonNode year = question(s, "year");
        assertEquals(0.25, year.get("facility").asDouble(), EPS);
        assertEquals(0.5 / Math.sqrt(0.75), year.get("discrimination").asDouble(), EPS);
        assertEquals(List.of(), texts(year.get("flags")));
        JsonNode wrong = year.get("commonWrongAnswers");
        assertEquals(2, wrong.size(), wrong.toString());
        assertEquals("1998", wrong.get(0).get("answer").asText());
        assertEquals(2, wrong.get(0).get("count").asInt());
        assertEquals("2000", wrong.get(1).get("answer").asText());
        assertEquals(1, wrong.get(1).get("count").asInt());

        // paper: everyone right -> facility 1, above 95%: very easy; no variation -> discrimination undefined
        JsonNode paper = question(s, "paper");
        assertEquals(1.0, paper.get("facility").asDouble(), EPS);
        assertNull(paper.get("discrimination"));
        assertEquals(List.of("Very easy: facility above 95%"), texts(paper.get("flags")));
        assertEquals(0, paper.get("commonWrongAnswers").size());

        // bodies, events, people: nobody answered on a first attempt -> facility 0, very hard
        for (String id : List.of("bodies", "events", "people")) {
            JsonNode q = question(s, id);
            assertEquals(4, q.get("attempts").asInt(), id);
            assertEquals(0.0, q.get("facility").asDouble(), EPS, id);
            assertNull(q.get("discrimination"), id);
            assertEquals(List.of("Very hard: facility below 20%; check the answer key"), texts(q.get("flags")), id);
        }
        JsonNode bodies = question(s, "bodies");
        assertEquals(0, chosen(bodies, "General Assembly"), "S4's second attempt does not count");
        assertEquals(3, bodies.get("options").size());
        assertTrue(bodies.get("options").get(0).get("correct").asBoolean());
        assertFalse(bodies.get("options").get(2).get("correct").asBoolean());
    }

    @Test
    void noAttemptsYetAndAlphaUndefinedForAPool() throws IOException {
        String code = Api.newClass("Statistics empty");
        JsonNode empty = stats(code, "limited");
        assertEquals(0, empty.get("attempts").asInt());
        assertNull(empty.get("mean"));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0"), texts(empty.get("histogram")));

        // limited: one right, one wrong -> facility .5; one question only: the rest of the test is constant
        String a = Learners.signUp(code, "Pool A");
        String b = Learners.signUp(code, "Pool B");
        Learners.take(a, "limited", answers("first", new Pick("First")));
        Learners.take(b, "limited", answers("first", new Pick("Second")));
        JsonNode limited = stats(code, "limited");
        assertEquals(2, limited.get("attempts").asInt());
        assertEquals(50.0, limited.get("mean").asDouble(), EPS);
        assertEquals(50.0, limited.get("median").asDouble(), EPS);
        assertEquals(Math.sqrt(5000), limited.get("standardDeviation").asDouble(), EPS);
        JsonNode first = question(limited, "first");
        assertEquals(0.5, first.get("facility").asDouble(), EPS);
        assertNull(first.get("discrimination"));
        assertNull(limited.get("cronbachAlpha"), "one item: alpha undefined");
        assertEquals(1, chosen(first, "First"));
        assertEquals(1, chosen(first, "Second"));

        // pool: two questions drawn out of four -> learners answer different items, alpha is undefined
        Learners.take(a, "pool", answers());
        Learners.take(b, "pool", answers());
        JsonNode pool = stats(code, "pool");
        assertEquals(2, pool.get("attempts").asInt());
        assertNull(pool.get("cronbachAlpha"));
    }
}
