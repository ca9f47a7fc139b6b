package org.agora.grading;

import static io.restassured.RestAssured.given;
import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.dec;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.attempt.AttemptClient;
import org.agora.support.Api;
import org.agora.support.AtOnce;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * Essay answers from the learner's save to the released grade, through {@code /api/v1}: what the
 * attempt shows while it awaits grading, the queue, grading with and without a rubric, the refusal
 * of a save made on an older version, blind marking, release per quiz, and the access rules.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class GradingApiTest {

    static final String QUIZ = "essays";
    static final String VERDICT = "I judge the essay persuasive on universality [P3], but it skips the strongest objection.";

    /** A learner of the class who answers both essays and the choice question, and submits. */
    static AttemptClient submitted(String classCode, String verdict) {
        AttemptClient a = AttemptClient.start(Api.newStudent(classCode), QUIZ);
        a.save("body", choices(a.optionId("body", "The General Assembly")));
        a.save("verdict", text(verdict));
        a.save("statement", text("It signed the covenant on economic rights."));
        a.submit();
        return a;
    }

    static String base(String classCode) {
        return "/api/v1/classes/" + classCode + "/quizzes/" + QUIZ + "/grading";
    }

    static JsonPath queue(String classCode) {
        return json(Api.admin().get(base(classCode)).then().statusCode(200).extract().asString());
    }

    static JsonPath answer(String classCode, AttemptClient a, String question) {
        return json(Api.admin().get(base(classCode) + "/" + a.id + "/" + question).then().statusCode(200).extract().asString());
    }

    static Response grade(String classCode, AttemptClient a, String question, Map<String, Object> body) {
        return Api.admin().contentType(ContentType.JSON).body(body).put(base(classCode) + "/" + a.id + "/" + question);
    }

    static JsonPath json(String body) {
        return AttemptClient.json(body);
    }

    static Map<String, Object> result(AttemptClient a) {
        return a.get().getMap("result");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> question(Map<String, Object> result, String id) {
        return ((List<Map<String, Object>>) result.get("questions")).stream().filter(q -> id.equals(q.get("id"))).findFirst()
                .orElseThrow();
    }

    @Test
    void anEssayIsShownWithItsWordRangeAndRubricButNotItsNotes() {
        String code = Api.newClass("Essays shown " + System.nanoTime());
        AttemptClient a = AttemptClient.start(Api.newStudent(code), QUIZ);
        Map<String, Object> verdict = a.question("verdict");
        assertEquals("essay", verdict.get("type"));
        assertEquals(Map.of("min", 5, "max", 50), verdict.get("words"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rubric = (List<Map<String, Object>>) verdict.get("rubric");
        assertEquals(List.of("States a clear verdict.", "Uses a claim of the essay, cited.", "Answers an objection."),
                rubric.stream().map(c -> c.get("text")).toList());
        assertEquals(List.of(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("3")),
                rubric.stream().map(c -> dec(c.get("points")).stripTrailingZeros()).toList());
        assertNull(verdict.get("options"));
        assertEquals(null, a.question("statement").get("words"), "no range without words=");
        assertThat("marking notes stay hidden", a.startJson, not(containsString("Strong answers")));

        a.save("verdict", text("My *first* draft."));
        assertEquals("My *first* draft.", a.get().getString("answers.verdict.text"), "resumes on any device");
        String tooLong = "word ".repeat(101);
        Response r = a.put("verdict", text(tooLong));
        assertEquals(400, r.statusCode(), r.asString());
        assertThat(r.asString(), containsString("at most 50 words"));
        assertEquals(400, a.put("verdict", choices("x")).statusCode(), "an essay takes text");
        assertEquals(400, a.put("verdict", text("x".repeat(20_001))).statusCode());
        assertEquals("My *first* draft.", a.get().getString("answers.verdict.text"), "a refused save loses nothing");
    }

    @Test
    void aSubmittedAttemptAwaitsGradingUntilEveryEssayIsGradedThenScores() {
        String code = Api.newClass("Essays flow " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT + " <script>alert(1)</script> ![x](https://evil.example/p.png)");

        // At submission: the choice is scored, the essays wait, and nothing says passed or failed.
        JsonPath sub = a.submit();
        assertEquals("awaiting-grading", sub.getString("status"));
        assertEquals(0, new BigDecimal("2").compareTo(dec(sub.get("score"))));
        assertEquals(0, new BigDecimal("13").compareTo(dec(sub.get("pending"))));
        assertNull(sub.get("passed"));
        assertTrue(sub.getMap("").containsKey("passed"), "passed is sent, as null");
        Map<String, Object> verdict = question(sub.getMap(""), "verdict");
        assertEquals("awaiting-grading", verdict.get("status"));
        assertNull(verdict.get("earned"));
        assertNull(verdict.get("explanation"), "the notes wait for the grade");
        assertEquals(409, a.put("verdict", text("changed my mind")).statusCode(), "no saves once submitted");

        JsonPath progress = json(Api.student(a.user).get("/api/v1/me/progress").then().statusCode(200).extract().asString());
        Map<String, Object> mine = progressOf(progress, QUIZ);
        assertEquals("awaiting-grading", mine.get("status"));
        assertEquals(0, new BigDecimal("13").compareTo(dec(mine.get("pending"))));
        assertNull(mine.get("best"), "no graded attempt yet");
        assertEquals(false, mine.get("passed"));
        Map<String, Object> cell = boardCell(code, a.user);
        assertEquals(true, cell.get("pending"));
        assertNull(cell.get("best"), "pending, not 0");

        // The queue: two essays to grade, the learner named (no blind marking in this class).
        JsonPath q = queue(code);
        assertEquals(2, q.getInt("toGrade"));
        assertEquals(0, q.getInt("graded"));
        assertEquals(List.of("verdict", "statement"), q.getList("answers.question"));
        assertThat(q.getString("answers[0].learner"), containsString(a.user));

        // The grading view: the answer rendered safely, the rubric, the notes for the grader, no grade yet.
        JsonPath view = answer(code, a, "verdict");
        assertThat(view.getString("text"), containsString("<script>"));
        assertFalse(view.getString("html").contains("<script"), view.getString("html"));
        assertFalse(view.getString("html").contains("<img"), view.getString("html"));
        assertThat(view.getString("notes"), containsString("Strong answers"));
        assertEquals(3, view.getList("rubric").size());
        assertEquals(0, view.getInt("grade.version"));

        // Graded with the rubric, released at once (the class's default): the verdict counts, the attempt still waits.
        Response saved = grade(code, a, "verdict", Map.of("version", 0, "criteria", List.of(4, 2.5, 3),
                "comment", "Clear verdict. **Cite** the objection."));
        assertEquals(200, saved.statusCode(), saved.asString());
        assertEquals(1, json(saved.asString()).getInt("grade.version"));
        assertEquals(0, new BigDecimal("9.5").compareTo(dec(json(saved.asString()).get("grade.points"))));
        Map<String, Object> r = result(a);
        assertEquals("awaiting-grading", r.get("status"));
        assertEquals(0, new BigDecimal("11.5").compareTo(dec(r.get("score"))));
        assertEquals(0, new BigDecimal("3").compareTo(dec(r.get("pending"))));
        Map<String, Object> graded = question(r, "verdict");
        assertEquals("graded", graded.get("status"));
        assertEquals(0, new BigDecimal("9.5").compareTo(dec(graded.get("earned"))));
        assertThat((String) graded.get("comment"), containsString("<strong>Cite</strong>"));
        assertThat(graded.get("criteria").toString(), containsString("States a clear verdict."));
        assertThat((String) graded.get("explanation"), containsString("Strong answers"));

        // The second essay, without a rubric: one number of points, in steps of 0.5.
        assertEquals(400, grade(code, a, "statement", Map.of("version", 0, "points", 2.3)).statusCode());
        assertEquals(400, grade(code, a, "statement", Map.of("version", 0, "points", 3.5)).statusCode());
        assertEquals(400, grade(code, a, "statement", Map.of("version", 0, "criteria", List.of(1))).statusCode());
        assertEquals(400, grade(code, a, "verdict", Map.of("version", 1, "criteria", List.of(4, 3))).statusCode());
        assertEquals(200, grade(code, a, "statement", Map.of("version", 0, "points", 1.5)).statusCode());
        r = result(a);
        assertEquals("scored", r.get("status"));
        assertNull(r.get("pending"));
        assertEquals(0, new BigDecimal("13").compareTo(dec(r.get("score"))), "2 + 9.5 + 1.5");
        assertEquals(true, r.get("passed"), "13 of 15 is 86.7 %, pass is 60 %");
        mine = progressOf(json(Api.student(a.user).get("/api/v1/me/progress").then().extract().asString()), QUIZ);
        assertNull(mine.get("status"));
        assertEquals(0, new BigDecimal("13").compareTo(dec(mine.get("best"))));
        assertEquals(true, mine.get("passed"));
        cell = boardCell(code, a.user);
        assertEquals(false, cell.get("pending"));
        assertEquals(0, new BigDecimal("13").compareTo(dec(cell.get("best"))));
        String csv = Api.admin().get("/api/v1/classes/" + code + "/scoreboard.csv").then().statusCode(200).extract().asString();
        assertThat(csv, containsString("13"));

        q = queue(code);
        assertEquals(0, q.getInt("toGrade"));
        assertEquals(2, q.getInt("released"));
    }

    @Test
    void aGradeSavedOnAnOlderVersionIsRefusedAndEveryChangeIsKept() throws Exception {
        String code = Api.newClass("Essays race " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        assertEquals(200, grade(code, a, "statement", Map.of("version", 0, "points", 2)).statusCode());
        Response stale = grade(code, a, "statement", Map.of("version", 0, "points", 3));
        assertEquals(409, stale.statusCode(), stale.asString());
        assertThat(stale.asString(), containsString("reload"));
        assertEquals(200, grade(code, a, "statement", Map.of("version", 1, "points", 3, "comment", "Raised.")).statusCode());
        JsonPath view = answer(code, a, "statement");
        assertEquals(2, view.getInt("grade.version"));
        assertEquals(List.of(2, 1), view.getList("history.version"));
        assertEquals(0, new BigDecimal("2").compareTo(dec(view.getList("history.points").get(1))));
        assertEquals(2, view.getList("history.gradedBy").stream().filter(g -> g != null && !g.toString().isBlank()).count(),
                "each change names its grader");

        // Two graders save on the same version at the same instant: exactly one wins.
        List<HttpRequest> both = new ArrayList<>();
        for (int points : new int[] {1, 2}) {
            both.add(HttpRequest.newBuilder(URI.create(url(base(code) + "/" + a.id + "/verdict")))
                    .header("Authorization", basic(Api.ADMIN, Api.ADMIN_PASSWORD)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":0,\"criteria\":[" + points + ",0,0]}")).build());
        }
        List<Integer> statuses = AtOnce.send(both, x -> { }).stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), statuses);
        assertEquals(1, answer(code, a, "verdict").getInt("grade.version"));
    }

    @Test
    void blindMarkingHidesNamesAndPerQuizReleaseHoldsGradesBack() {
        String code = Api.newClass("Essays blind " + System.nanoTime());
        Response set = Api.admin().contentType(ContentType.JSON).body(Map.of("blindMarking", true, "release", "per-quiz"))
                .put("/api/v1/classes/" + code + "/grading-settings");
        assertEquals(200, set.statusCode(), set.asString());
        assertEquals(400, Api.admin().contentType(ContentType.JSON).body(Map.of("release", "whenever"))
                .put("/api/v1/classes/" + code + "/grading-settings").statusCode());
        AttemptClient a = submitted(code, VERDICT);
        JsonPath q = queue(code);
        assertTrue(q.getBoolean("blind"));
        assertThat(q.getString("answers[0].learner"), not(containsString(a.user)));
        assertThat(answer(code, a, "verdict").getString("learner"), not(containsString(a.user)));
        assertThat(Api.admin().get(base(code)).asString(), not(containsString(a.user)));

        assertEquals(200, grade(code, a, "verdict", Map.of("version", 0, "criteria", List.of(4, 3, 3), "comment", "Secret")).statusCode());
        assertEquals(200, grade(code, a, "statement", Map.of("version", 0, "points", 3)).statusCode());
        Map<String, Object> r = result(a);
        assertEquals("awaiting-grading", r.get("status"), "per-quiz: nothing shows before the release");
        assertNull(question(r, "verdict").get("earned"));
        assertThat(a.get().prettify(), not(containsString("Secret")));
        assertEquals(2, queue(code).getInt("graded"));

        JsonPath released = json(Api.admin().contentType(ContentType.JSON).post(base(code) + "/release").then().statusCode(200)
                .extract().asString());
        assertEquals(2, released.getInt("released"));
        r = result(a);
        assertEquals("scored", r.get("status"));
        assertEquals(0, new BigDecimal("15").compareTo(dec(r.get("score"))));
        assertThat((String) question(r, "verdict").get("comment"), containsString("Secret"));
        assertThat("released: the name shows", queue(code).getString("answers[0].learner"), containsString(a.user));
        assertEquals(0, json(Api.admin().contentType(ContentType.JSON).post(base(code) + "/release").then().statusCode(200)
                .extract().asString()).getInt("released"), "releasing again releases nothing new");
    }

    @Test
    void onlyInstructorsGradeAndOnlyAnswersOfTheClass() {
        String code = Api.newClass("Essays access " + System.nanoTime());
        String other = Api.newClass("Essays elsewhere " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        String path = base(code) + "/" + a.id + "/verdict";
        for (String p : List.of(base(code), path, "/api/v1/classes/" + code + "/grading")) {
            assertEquals(401, given().get(p).statusCode(), p);
            Response student = Api.student(a.user).get(p);
            assertEquals(403, student.statusCode(), p);
            assertThat(student.asString(), not(containsString(VERDICT)));
        }
        assertEquals(401, given().contentType(ContentType.JSON).body(Map.of("version", 0, "points", 1)).put(path).statusCode());
        assertEquals(403, Api.student(a.user).contentType(ContentType.JSON).body(Map.of("version", 0, "criteria", List.of(4, 3, 3)))
                .put(path).statusCode(), "a learner cannot grade their own answer");
        assertEquals(403, Api.student(a.user).contentType(ContentType.JSON).post(base(code) + "/release").statusCode());
        assertEquals(403, Api.student(a.user).contentType(ContentType.JSON).body(Map.of("blindMarking", true))
                .put("/api/v1/classes/" + code + "/grading-settings").statusCode());
        assertEquals(404, Api.admin().get(base(other) + "/" + a.id + "/verdict").statusCode(), "not an answer of that class");
        assertEquals(404, Api.admin().get(base(code) + "/" + a.id + "/body").statusCode(), "not an essay");
        assertEquals(404, Api.admin().get(base(code) + "/nope/verdict").statusCode());
        assertEquals(404, Api.admin().get("/api/v1/classes/" + code + "/quizzes/nope/grading").statusCode());
        AttemptClient classmate = AttemptClient.start(Api.newStudent(code), QUIZ);
        assertEquals(404, classmate.getRaw(a.user).statusCode(), "another learner's attempt");
        Response bad = Api.admin().contentType(ContentType.JSON).body("{\"version\": \"x\"}").put(path);
        assertEquals(400, bad.statusCode(), bad.asString());
        assertThat(bad.contentType(), containsString("application/problem+json"));
    }

    @Test
    void aBlankEssayEarnsZeroAndWaitsForNobody() {
        String code = Api.newClass("Essays blank " + System.nanoTime());
        AttemptClient a = AttemptClient.start(Api.newStudent(code), QUIZ);
        a.save("body", choices(a.optionId("body", "The General Assembly")));
        a.save("verdict", text("   "));
        JsonPath sub = a.submit();
        assertEquals("scored", sub.getString("status"));
        assertEquals(0, new BigDecimal("2").compareTo(dec(sub.get("score"))));
        assertEquals(false, sub.get("passed"));
        assertEquals(0, queue(code).getList("answers").size());
    }

    private static Map<String, Object> progressOf(JsonPath progress, String quiz) {
        List<Map<String, Object>> quizzes = progress.getList("quizzes");
        return quizzes.stream().filter(q -> quiz.equals(q.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> boardCell(String code, String user) {
        JsonPath board = json(Api.admin().get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString());
        List<Map<String, Object>> rows = board.getList("rows");
        Map<String, Object> row = rows.stream().filter(x -> ((String) x.get("name")).contains(user)).findFirst()
                .orElseThrow(() -> new AssertionError(board.prettify()));
        return new HashMap<>((Map<String, Object>) ((Map<String, Object>) row.get("quizzes")).get(QUIZ));
    }

    private static String url(String path) {
        return "http://localhost:" + io.restassured.RestAssured.port + path;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
