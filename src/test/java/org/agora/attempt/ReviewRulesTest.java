package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.order;
import static org.agora.attempt.AttemptClient.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The quiz's {@code review} rule decides what the result shows: the API result, the GET attempt and the review page alike. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ReviewRulesTest {

    static final List<String> REVIEW_KEYS = List.of("feedback", "explanation", "correctAnswer", "yourAnswer", "see", "rows",
            "credit");

    @Test
    void afterSubmitShowsFeedbackExplanationAndCorrectAnswer() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        a.save("annan", choices(a.optionId("annan", "Jiang Zemin")));
        a.save("bodies", choices(a.optionId("bodies", "The European Union")));
        a.save("paper", text("Rodong Sinmun"));
        a.save("events", order(a.optionId("events", "COI report"), a.optionId("events", "UN Charter"),
                a.optionId("events", "Vienna Declaration")));
        JsonPath submitted = a.submit();
        JsonPath got = a.get().setRootPath("result");
        for (JsonPath r : List.of(submitted, got)) {
            assertTrue(r.getBoolean("reviewShown"));
            Map<String, Object> annan = q(r, "annan");
            assertThat(plain(annan, "feedback"), containsString("Jiang signed the 1997 statement"));
            assertThat("only the chosen option's feedback", plain(annan, "feedback"), not(containsString("Yes.")));
            assertThat(plain(annan, "explanation"), containsString("Annan spoke of individual sovereignty"));
            assertEquals("Kofi Annan", plain(annan, "correctAnswer"));
            assertEquals("Jiang Zemin", plain(annan, "yourAnswer"));
            assertEquals("/lessons/basics#after-cold-war", annan.get("see"), "a wrong answer points to the lesson");
            Map<String, Object> bodies = q(r, "bodies");
            assertThat(plain(bodies, "feedback"), containsString("The EU is not a UN body"));
            assertThat(plain(bodies, "correctAnswer"), containsString("The General Assembly"));
            assertThat(plain(bodies, "correctAnswer"), containsString("The Security Council"));
            assertThat(plain(bodies, "correctAnswer"), not(containsString("European")));
            assertThat(plain(q(r, "ratified"), "explanation"), containsString("It says \"signed\""));
            assertEquals("False", plain(q(r, "ratified"), "correctAnswer"));
            Map<String, Object> paper = q(r, "paper");
            assertEquals("Rodong Sinmun", plain(paper, "correctAnswer"), "the written-out answer, not the regex");
            assertNull(paper.get("see"));
            assertEquals("1997", plain(q(r, "year"), "correctAnswer"));
            assertEquals("1. UN Charter; 2. Vienna Declaration; 3. COI report", plain(q(r, "events"), "correctAnswer"));
            assertThat(plain(q(r, "events"), "explanation"), containsString("1945, 1993, 2014"));
            assertThat(plain(q(r, "people"), "correctAnswer"), containsString("Kofi Annan → UN Secretary-General"));
            assertThat(plain(q(r, "people"), "correctAnswer"), containsString("Jiang Zemin → President of China"));
        }
        String page = Api.student(u).get("/attempts/" + a.id + "/review").then().statusCode(200).extract().asString();
        String text = Leaks.plain(page);
        for (String s : List.of("Correct answer", "Jiang signed the 1997 statement", "Annan spoke of individual sovereignty",
                "The EU is not a UN body", "1945, 1993, 2014", "It says \"signed\"")) {
            assertThat(text, containsString(s));
        }
    }

    @Test
    void neverShowsNoneOfItAnywhere() {
        String u = AttemptClient.newStudent();
        for (int attempt = 1; attempt <= 2; attempt++) {
            AttemptClient a = AttemptClient.start(u, "secret");
            a.save("yes", choices(a.optionId("yes", attempt == 1 ? "No" : "Yes")));
            String submitted = a.submitRaw(u).then().statusCode(200).extract().asString();
            String got = a.getRaw(u).then().statusCode(200).extract().asString();
            String page = Api.student(u).get("/attempts/" + a.id + "/review").then().statusCode(200).extract().asString();
            for (String body : List.of(submitted, got)) {
                JsonPath r = AttemptClient.json(body);
                if (body.contains("\"questions\":[{\"id\":\"yes\",\"type\"")) {
                    r.setRootPath("result"); // GET attempt: the result is nested
                }
                assertFalse(r.getBoolean("reviewShown"));
                Map<String, Object> yes = q(r, "yes");
                for (String key : REVIEW_KEYS) {
                    assertFalse(yes.containsKey(key), key + " shown under review: never: " + body);
                }
                assertEquals(attempt == 2, yes.get("correct"), "the mark itself is shown");
                assertNeverRevealed(body);
            }
            assertNeverRevealed(page);
            assertThat(page, not(containsString("Correct answer")));
            assertThat(page, not(containsString("class=\"feedback\"")));
            assertThat(page, not(containsString("class=\"explanation\"")));
            assertThat(Leaks.plain(page), containsString(attempt == 2 ? "1 of 1 points" : "0 of 1 points"));
        }
    }

    @Test
    void afterLastAttemptHidesUntilTheLastAttemptIsClosed() {
        String u = AttemptClient.newStudent();
        AttemptClient first = AttemptClient.start(u, "limited");
        first.save("first", choices(first.optionId("first", "Second")));
        String r1 = first.submitRaw(u).then().statusCode(200).extract().asString();
        String g1 = first.getRaw(u).then().statusCode(200).extract().asString();
        String p1 = Api.student(u).get("/attempts/" + first.id + "/review").then().statusCode(200).extract().asString();
        for (String body : List.of(r1, g1, p1)) {
            for (String hidden : List.of("Not this one.", "The first one was right.", "Right.", "correctAnswer", "Correct answer")) {
                assertThat("attempt 1 of 2 reveals nothing", body, not(containsString(hidden)));
            }
        }
        assertFalse(AttemptClient.json(r1).getBoolean("reviewShown"));
        assertEquals(false, q(AttemptClient.json(r1), "first").get("correct"));

        AttemptClient second = AttemptClient.start(u, "limited");
        second.save("first", choices(second.optionId("first", "First")));
        JsonPath r2 = second.submit();
        assertTrue(r2.getBoolean("reviewShown"));
        Map<String, Object> q2 = q(r2, "first");
        assertEquals(true, q2.get("correct"));
        assertThat(plain(q2, "feedback"), containsString("Right."));
        assertThat(plain(q2, "explanation"), containsString("The first one was right."));
        assertEquals("First", plain(q2, "correctAnswer"));
        String p2 = Api.student(u).get("/attempts/" + second.id + "/review").then().statusCode(200).extract().asString();
        assertThat(p2, containsString("Correct answer"));
        assertThat(p2, containsString("The first one was right."));

        // Now that no attempt is left, the first attempt's review opens too, with its own feedback.
        JsonPath g1After = first.get().setRootPath("result");
        assertTrue(g1After.getBoolean("reviewShown"));
        assertThat(plain(q(g1After, "first"), "feedback"), containsString("Not this one."));
    }

    private static void assertNeverRevealed(String body) {
        for (String hidden : List.of("Secret explanation", "Correct.", "Wrong.", "correctAnswer", "yourAnswer")) {
            assertThat("review: never", body, not(containsString(hidden)));
        }
    }

    static Map<String, Object> q(JsonPath r, String qid) {
        Map<String, Object> q = r.getMap("questions.find { it.id == '" + qid + "' }");
        assertTrue(q != null, () -> "no " + qid + " in " + r.prettify());
        return q;
    }

    static String plain(Map<String, Object> q, String key) {
        Object v = q.get(key);
        assertTrue(v != null, () -> key + " missing in " + q);
        return Leaks.plain((String) v).trim();
    }
}
