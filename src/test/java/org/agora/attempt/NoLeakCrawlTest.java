package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.order;
import static org.agora.attempt.AttemptClient.pairs;
import static org.agora.attempt.AttemptClient.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner in the middle of all-types.md reads every page and every API answer they can reach:
 * none carries option feedback, an explanation or an answer the quiz file keeps to itself.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class NoLeakCrawlTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)[^\"]*\"");

    @BeforeAll
    static void fixtureHoldsWhatWeLookFor() throws IOException {
        // The strings this test looks for are really in the quiz file, so that not finding them means something.
        String file = Files.readString(TestContent.quizzes().resolve("all-types.md"));
        for (String s : List.of("Annan spoke of individual sovereignty", "Jiang signed the 1997 statement",
                "The EU is not a UN body", "1945, 1993, 2014", "It says \"signed\"", "/rodong", "Two of the three are UN organs",
                "The Rodong Sinmun.", "May 1997.", "Annan led the UN; Jiang led China", "> Yes. [P3]", "(x) Kofi Annan")) {
            assertTrue(file.contains(s), "all-types.md no longer contains " + s);
        }
    }

    @Test
    void noPageAndNoApiAnswerRevealsAnAnswerDuringTheAttempt() {
        String u = AttemptClient.newStudent();
        Response started = AttemptClient.startRaw(u, "all-types");
        assertEquals(201, started.statusCode());
        AttemptClient a = AttemptClient.of(u, started);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("POST start", started.asString());

        // Some answers saved, right and wrong: the learner's own choices may show, nothing else.
        List<Response> saves = new ArrayList<>();
        saves.add(a.put("annan", choices(a.optionId("annan", "Jiang Zemin"))));
        saves.add(a.put("bodies", choices(a.optionId("bodies", "The European Union"), a.optionId("bodies", "The General Assembly"))));
        saves.add(a.put("paper", text("Rodong Sinmun")));
        saves.add(a.put("events", order(a.optionId("events", "COI report"), a.optionId("events", "UN Charter"),
                a.optionId("events", "Vienna Declaration"))));
        saves.add(a.put("people", pairs(a.leftId("people", "Kofi Annan"), a.rightId("people", "UN Secretary-General"))));
        saves.add(a.put("annan", choices("onotanid")));            // a refused save: its error says nothing either
        saves.add(a.put("events", order(a.optionId("events", "UN Charter"))));
        for (int i = 0; i < saves.size(); i++) {
            bodies.put("PUT answer #" + (i + 1) + " (" + saves.get(i).statusCode() + ")", saves.get(i).asString());
        }
        assertEquals(List.of(204, 204, 204, 204, 204, 400, 400), saves.stream().map(Response::statusCode).toList());

        bodies.put("POST start again (resume)", AttemptClient.startRaw(u, "all-types").then().statusCode(200).extract().asString());
        bodies.put("GET attempt", a.getRaw(u).then().statusCode(200).extract().asString());
        for (String api : List.of("/api/v1/quizzes", "/api/v1/lessons", "/api/v1/lessons/basics", "/api/v1/lessons/more",
                "/api/v1/me/progress")) {
            bodies.put("GET " + api, Api.student(u).get(api).then().statusCode(200).extract().asString());
        }
        for (var e : bodies.entrySet()) {
            Leaks.assertNoAnswers(e.getKey(), e.getValue());
            if (e.getKey().startsWith("POST start") || e.getKey().equals("GET attempt")) {
                for (String key : List.of("\"correct", "\"feedback", "\"explanation", "\"position", "\"result\"", "\"score")) {
                    assertFalse(e.getValue().contains(key), e.getKey() + " has " + key + ": " + e.getValue());
                }
            }
        }

        // Every page: the named ones, and every page they link to (one site, GET only).
        List<String> quizzes = Api.student(u).get("/api/v1/quizzes").then().extract().path("id");
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/lessons/basics", "/lessons/more", "/attempts/" + a.id,
                "/progress", "/source", "/classes"));
        quizzes.forEach(q -> queue.add("/quizzes/" + q));
        Set<String> named = new LinkedHashSet<>(queue);
        Set<String> seen = new LinkedHashSet<>();
        while (!queue.isEmpty() && seen.size() < 80) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            Response r = Api.student(u).get(path);
            if (named.contains(path)) {
                assertEquals(200, r.statusCode(), () -> path + ": " + r.asString());
            } else {
                assertTrue(r.statusCode() < 500, () -> path + ": " + r.statusCode() + " " + r.asString());
            }
            String page = r.asString();
            Leaks.assertNoAnswers("page " + path, page);
            assertFalse(page.contains("class=\"feedback\"") || page.contains("class=\"explanation\""), path);
            assertFalse(Leaks.plain(page).contains("Correct answer"), path);
            Matcher m = HREF.matcher(page);
            while (m.find()) {
                String link = m.group(1);
                if (!link.startsWith("/css/") && !link.startsWith("/js/") && !link.equals("/signout")) {
                    queue.add(link);
                }
            }
        }
        assertThat(seen, hasItems("/", "/lessons/basics", "/lessons/more", "/quizzes/all-types", "/attempts/" + a.id,
                "/progress", "/source", "/classes"));
        assertTrue(seen.size() >= 10, () -> "crawled only " + seen);

        // The attempt page shows the learner's own answers and the hint, and still is in progress.
        String take = Api.student(u).get("/attempts/" + a.id).asString();
        assertTrue(take.contains(Leaks.HINT), "the hint may be opened during the attempt");
        assertTrue(take.contains("value=\"Rodong Sinmun\""), "the learner's own text answer is filled in");
        Api.student(u).contentType(ContentType.JSON).get("/api/v1/attempts/" + a.id).then().statusCode(200)
                .body("submitted", org.hamcrest.Matchers.equalTo(false));
    }
}
