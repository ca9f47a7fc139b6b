package org.agora.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/lessons/{id}/complete}, {@code GET /api/v1/me/progress} and the /progress page. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ProgressTest {

    @Test
    void completingALessonIs204AndIdempotent() {
        String u = newStudent();
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(204);
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(204);
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/lessons/nope/complete").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        JsonPath p = progress(u);
        assertEquals(true, p.get("lessons.find { it.id == 'basics' }.completed"));
        assertEquals(false, p.get("lessons.find { it.id == 'more' }.completed"));
        assertEquals(List.of("basics", "more"), p.getList("lessons.id"), "every lesson, in module order");
    }

    @Test
    void aNewLearnerHasDoneNothing() {
        JsonPath p = progress(newStudent());
        assertTrue(p.getList("lessons.completed").stream().allMatch(Boolean.FALSE::equals));
        List<String> quizzes = p.getList("quizzes.id");
        assertTrue(quizzes.containsAll(List.of("all-types", "limited", "pool", "secret", "timed")), quizzes::toString);
        assertFalse(quizzes.contains("broken"), "a quiz with errors is not offered");
        Map<String, Object> allTypes = p.getMap("quizzes.find { it.id == 'all-types' }");
        assertNull(allTypes.get("best"));
        assertEquals(0, ((Number) allTypes.get("attemptsUsed")).intValue());
        assertEquals(false, allTypes.get("passed"));
        assertDec("8", allTypes.get("maxScore"));
        assertDec("2", p.get("quizzes.find { it.id == 'pool' }.maxScore"));
        assertDec("0", p.get("percentComplete"));
    }

    @Test
    void bestScoreAttemptsAndPercentComplete() {
        String u = newStudent();
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(204);
        // all-types: 2 of 8 (fails at 50%), then 8 of 8 (passes), then one left open.
        takeAllTypes(u, false);
        takeAllTypes(u, true);
        String open = startAllTypes(u);
        // limited: one wrong attempt.
        String limited = Api.student(u).contentType(ContentType.JSON).post("/api/v1/quizzes/limited/attempts").then()
                .statusCode(201).extract().path("attempt");
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/attempts/" + limited + "/submit").then().statusCode(200);

        JsonPath p = progress(u);
        Map<String, Object> allTypes = p.getMap("quizzes.find { it.id == 'all-types' }");
        assertDec("8", allTypes.get("best"));
        assertDec("8", allTypes.get("maxScore"));
        assertEquals(3, ((Number) allTypes.get("attemptsUsed")).intValue(), "two submitted and one open");
        assertEquals(true, allTypes.get("passed"));
        Map<String, Object> lim = p.getMap("quizzes.find { it.id == 'limited' }");
        assertDec("0", lim.get("best"));
        assertEquals(1, ((Number) lim.get("attemptsUsed")).intValue());
        assertEquals(false, lim.get("passed"));
        assertNull(p.get("quizzes.find { it.id == 'secret' }.best"));

        // One lesson read and one quiz passed, of every lesson and quiz.
        int items = p.getList("lessons").size() + p.getList("quizzes").size();
        BigDecimal expected = BigDecimal.valueOf(200).divide(BigDecimal.valueOf(items), 1, RoundingMode.HALF_UP);
        assertDec(expected.toPlainString(), p.get("percentComplete"));

        // The page shows the same, and the next step: the unread lesson.
        String page = Api.student(u).get("/progress").then().statusCode(200).extract().asString();
        assertThat(page, containsString("Student " + u + ", you have completed " + expected.stripTrailingZeros().toPlainString() + "% of the module"));
        assertThat(page, containsString("max=\"100\" value=\"" + expected.stripTrailingZeros().toPlainString() + "\""));
        assertThat(row(page, "/lessons/basics"), containsString("<span class=\"meta\">read</span>"));
        assertThat(row(page, "/lessons/more"), containsString("not read yet"));
        String allTypesRow = tableRow(page, "/quizzes/all-types");
        assertThat(allTypesRow, containsString("8 / 8"));
        assertThat(allTypesRow, containsString("<td>3</td>"));
        assertThat(allTypesRow, containsString("Passed"));
        String limitedRow = tableRow(page, "/quizzes/limited");
        assertThat(limitedRow, containsString("0 / 1"));
        assertThat(limitedRow, containsString("1 of 2"));
        assertThat(limitedRow, containsString("Not passed yet"));
        assertThat(tableRow(page, "/quizzes/secret"), containsString("—"));
        Matcher next = Pattern.compile("<p class=\"next-step\">Next: <a class=\"button\" href=\"([^\"]+)\">([^<]+)</a>").matcher(page);
        assertTrue(next.find(), "a next step");
        assertEquals("/lessons/more", next.group(1));
        assertThat(next.group(2), containsString("More on the essay"));
        assertFalse(open.isEmpty());
    }

    @Test
    void theLessonPageButtonMarksItReadAndMovesTheNextStep() {
        String u = newStudent();
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(204);
        takeAllTypes(u, true);
        var lesson = Api.student(u).get("/lessons/more");
        lesson.then().statusCode(200);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(lesson.asString());
        assertTrue(token.find());
        assertThat(lesson.asString(), containsString("action=\"/lessons/more/complete\""));
        Api.student(u).redirects().follow(false).cookie("agora-csrf", lesson.getCookie("agora-csrf"))
                .formParam("csrf-token", token.group(1)).post("/lessons/more/complete").then().statusCode(303)
                .header("Location", containsString("/lessons/more"));
        JsonPath p = progress(u);
        assertEquals(true, p.get("lessons.find { it.id == 'more' }.completed"));
        String page = Api.student(u).get("/progress").asString();
        Matcher next = Pattern.compile("<p class=\"next-step\">Next: <a class=\"button\" href=\"([^\"]+)\">").matcher(page);
        assertTrue(next.find());
        assertThat("every lesson read: the next step is a quiz not passed yet", next.group(1), startsWith("/quizzes/"));
        assertThat(next.group(1), not(equalTo("/quizzes/all-types")));
    }

    @Test
    void progressIsForStudents() {
        given().get("/api/v1/me/progress").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(401)
                .contentType("application/problem+json");
        Api.admin().get("/api/v1/me/progress").then().statusCode(403).contentType("application/problem+json");
        Api.admin().contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(403);
        given().redirects().follow(false).get("/progress").then().statusCode(303)
                .header("Location", containsString("/signin"));
        String forbidden = Api.admin().get("/progress").then().statusCode(403).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(forbidden, containsString("Your account may not open this page or do this."));
        // The same for a student on an instructor page.
        Api.student(newStudent()).get("/instructor").then().statusCode(403).contentType(containsString("text/html"));
    }

    // --- helpers ---

    private static String newStudent() {
        return Api.newStudent(Api.newClass("Progress " + System.nanoTime()));
    }

    private static JsonPath progress(String u) {
        String body = Api.student(u).get("/api/v1/me/progress").then().statusCode(200).extract().asString();
        return new JsonPath(body).using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String startAllTypes(String u) {
        return Api.student(u).contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts").then()
                .statusCode(201).extract().path("attempt");
    }

    /** An all-types attempt: every answer right, or only the 2-point question right. */
    @SuppressWarnings("unchecked")
    private static void takeAllTypes(String u, boolean allRight) {
        var started = Api.student(u).contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts").then()
                .statusCode(201).extract().jsonPath();
        String id = started.getString("attempt");
        Map<String, Map<String, String>> ids = new java.util.HashMap<>();
        for (Map<String, Object> q : started.<Map<String, Object>>getList("questions")) {
            Map<String, String> byText = new java.util.HashMap<>();
            for (String key : List.of("options", "left", "right")) {
                for (Map<String, String> o : (List<Map<String, String>>) q.getOrDefault(key, List.of())) {
                    byText.put(key + ":" + o.get("html"), o.get("id"));
                }
            }
            ids.put((String) q.get("id"), byText);
        }
        save(u, id, "annan", Map.of("choices", List.of(ids.get("annan").get("options:Kofi Annan"))));
        if (allRight) {
            save(u, id, "bodies", Map.of("choices", List.of(ids.get("bodies").get("options:The General Assembly"),
                    ids.get("bodies").get("options:The Security Council"))));
            save(u, id, "ratified", Map.of("choices", List.of(ids.get("ratified").get("options:False"))));
            save(u, id, "paper", Map.of("text", "Rodong Sinmun"));
            save(u, id, "year", Map.of("text", "1997"));
            save(u, id, "events", Map.of("order", List.of(ids.get("events").get("options:UN Charter"),
                    ids.get("events").get("options:Vienna Declaration"), ids.get("events").get("options:COI report"))));
            save(u, id, "people", Map.of("pairs", Map.of(ids.get("people").get("left:Kofi Annan"),
                    ids.get("people").get("right:UN Secretary-General"), ids.get("people").get("left:Jiang Zemin"),
                    ids.get("people").get("right:President of China"))));
        }
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/attempts/" + id + "/submit").then().statusCode(200)
                .body("passed", equalTo(allRight));
    }

    private static void save(String u, String attempt, String q, Object body) {
        Api.student(u).contentType(ContentType.JSON).body(body).put("/api/v1/attempts/" + attempt + "/answers/" + q)
                .then().statusCode(204);
    }

    private static String row(String page, String href) {
        int i = page.indexOf("<a href=\"" + href + "\"", page.indexOf("<ul class=\"status-list\">"));
        assertTrue(i >= 0, "no link to " + href);
        return page.substring(page.lastIndexOf("<li", i), page.indexOf("</li>", i));
    }

    private static String tableRow(String page, String href) {
        int i = page.indexOf("<td><a href=\"" + href + "\"");
        assertTrue(i >= 0, "no row for " + href);
        return page.substring(page.lastIndexOf("<tr", i), page.indexOf("</tr>", i));
    }

    private static void assertDec(String expected, Object actual) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())) == 0,
                "expected " + expected + " but was " + actual);
    }
}
