package org.agora.grading;

import static org.agora.grading.GradingApiTest.VERDICT;
import static org.agora.grading.GradingApiTest.answer;
import static org.agora.grading.GradingApiTest.grade;
import static org.agora.grading.GradingApiTest.queue;
import static org.agora.grading.GradingApiTest.submitted;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.attempt.AttemptClient;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The instructors' grading pages, driven like a browser: the queue, the grading view and its form
 * (saved, saved and next, refused as stale or for a bad number), blind marking, release per quiz,
 * the class's grading settings, and who may open them.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class GradingPagesTest {

    private static Browser admin() {
        return Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    }

    private static String queuePath(String code) {
        return "/instructor/classes/" + code + "/quizzes/" + GradingApiTest.QUIZ + "/grading";
    }

    private static String view(String code, AttemptClient a, String question) {
        return queuePath(code) + "/" + a.id + "/" + question;
    }

    private static String ok(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        assertThat(r.contentType(), containsString("text/html"));
        return r.asString();
    }

    private static Map<String, String> form(Object... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return form;
    }

    /** The grade form with a rubric's three criteria, and any more fields. */
    private static Map<String, String> rubric(Object version, String one, String two, String three, Object... more) {
        Map<String, String> form = form("version", version, "criterion-1", one, "criterion-2", two, "criterion-3", three);
        form.putAll(form(more));
        return form;
    }

    /** The body rows of the page's table, as text. */
    private static List<String> rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return List.of(body.split("</tr>")).stream().map(r -> r.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip())
                .filter(r -> !r.isEmpty()).toList();
    }

    /** The {@code <input>} element with this id, as written. */
    private static String input(String html, String id) {
        return Html.find(html, "(<input [^>]*\\bid=\"" + id + "\"[^>]*>)");
    }

    private static BigDecimal points(JsonPath view) {
        return new BigDecimal(view.getString("grade.points"));
    }

    @Test
    void theQueueListsTheAnswersOldestFirstWithCountsAndIsLinkedFromTheClassAndTheScoreboard() {
        String code = Api.newClass("Grading pages queue " + System.nanoTime());
        AttemptClient first = submitted(code, VERDICT);
        AttemptClient second = submitted(code, VERDICT);
        Browser admin = admin();
        String page = ok(admin.get(queuePath(code)));
        Html.assertAccessibleShell(page, "queue");
        assertFalse(Html.hasInlineScript(page));
        assertThat(page, containsString("<h1>Grading: Essays to grade</h1>"));
        assertThat(page, containsString("<dt>To grade</dt><dd>4</dd>"));
        assertThat(page, containsString("<dt>Graded, not released</dt><dd>0</dd>"));
        assertThat(page, containsString("<dt>Released</dt><dd>0</dd>"));
        List<String> rows = rows(page);
        assertEquals(4, rows.size(), rows.toString());
        assertThat(rows.get(0), containsString(first.user));
        assertThat(rows.get(0), containsString("Give your verdict"));
        assertThat(rows.get(0), containsString("to grade"));
        assertThat(rows.get(1), containsString("Say what the 1997 statement did."));
        assertThat(rows.get(2), containsString(second.user));
        assertThat(page, containsString("href=\"" + view(code, first, "verdict") + "\""));
        assertThat(page, containsString("href=\"/instructor/classes/" + code + "#grading\""));
        assertThat("releases as graded: no release button", page, not(containsString("/grading/release")));

        assertEquals(200, grade(code, first, "statement", Map.of("version", 0, "points", 2.5)).statusCode());
        page = ok(admin.get(queuePath(code)));
        assertThat(page, containsString("<dt>To grade</dt><dd>3</dd>"));
        assertThat(page, containsString("<dt>Released</dt><dd>1</dd>"));
        assertThat(rows(page).get(1), containsString("released"));
        assertThat(rows(page).get(1), containsString("2.5 / 3"));

        String classPage = ok(admin.get("/instructor/classes/" + code));
        assertThat(classPage, containsString("<h2 id=\"grading\">Grading</h2>"));
        assertThat(classPage, containsString("<a href=\"" + queuePath(code) + "\">Essays to grade</a></td><td>3</td><td>0</td><td>1</td>"));
        String board = ok(admin.get("/classes/" + code + "/scoreboard"));
        assertThat(board, containsString("<a href=\"" + queuePath(code) + "\">Essays to grade</a>"));
        assertThat(board, containsString("3 to grade"));
        assertThat(ok(admin.get("/classes/" + code + "/quizzes/" + GradingApiTest.QUIZ + "/stats")),
                containsString("href=\"" + queuePath(code) + "\""));
        String studentBoard = ok(Api.student(first.user).get("/classes/" + code + "/scoreboard"));
        assertThat("students get no grading link", studentBoard, not(containsString("/grading")));
    }

    @Test
    void theViewShowsTheQuestionRubricNotesAndTheAnswerAsText() {
        String code = Api.newClass("Grading pages view " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT + " <script>alert('x')</script> <b onmouseover=alert(2)>bold</b>");
        // The page's own scripts are none, so any <script at all would be the learner's.
        String page = ok(admin().get(view(code, a, "verdict")));
        Html.assertAccessibleShell(page, "grading view");
        assertThat("the learner's HTML is text, not markup", page, not(containsString("<script>alert")));
        assertThat(page, containsString("&lt;script&gt;alert("));
        assertThat(page, not(containsString("<b onmouseover")));
        assertThat(page, containsString("<h1>Give your verdict on the essay's argument.</h1>"));
        assertThat(page, containsString("Use at least one of the essay"));
        assertThat(page, containsString("Marking notes"));
        assertThat(page, containsString("Strong answers name the claim they rely on."));
        assertThat(page, containsString("Student " + a.user + " (" + a.user + ")"));
        assertThat(page, containsString("asked for 5 to 50"));
        for (String[] c : new String[][] { { "1", "States a clear verdict.", "4" }, { "2", "Uses a claim of the essay, cited.", "3" },
                { "3", "Answers an objection.", "3" } }) {
            assertThat(page, containsString("<label for=\"criterion-" + c[0] + "\">" + c[1] + " (of " + c[2] + ")</label>"));
            assertThat(page, containsString("id=\"criterion-" + c[0] + "\" name=\"criterion-" + c[0] + "\" min=\"0\" max=\"" + c[2]
                    + "\" step=\"0.5\""));
        }
        assertEquals(1, Html.count(page, "\\bautofocus\\b"), "one field has the focus");
        assertThat(input(page, "criterion-1"), containsString("autofocus"));
        assertThat(page, containsString("<input type=\"hidden\" name=\"version\" value=\"0\">"));
        assertThat(page, containsString("<label for=\"comment\">Comment to the learner</label>"));
        assertThat(page, containsString("Markdown"));
        assertThat(page, containsString("<button type=\"submit\">Save</button>"));
        assertThat(page, containsString("name=\"then\" value=\"next\">Save and next</button>"));
        assertThat(page, containsString("rel=\"next\" href=\"" + view(code, a, "statement") + "\""));
        Html.Form grade = Html.forms(page).stream().filter(f -> f.action().equals(view(code, a, "verdict"))).findFirst().orElseThrow();
        assertTrue(grade.post() && Html.hasCsrfInput(grade.body()));

        String statement = ok(admin().get(view(code, a, "statement")));
        assertThat(statement, containsString("<label for=\"points\">Points (of 3)</label>"));
        assertThat(input(statement, "points"), containsString("step=\"0.5\""));
        assertThat(input(statement, "points"), containsString("max=\"3\""));
        assertThat(statement, containsString("rel=\"prev\""));

        AttemptClient elsewhere = submitted(Api.newClass("Grading pages other " + System.nanoTime()), VERDICT);
        Response notHere = admin().get(view(code, elsewhere, "verdict"));
        assertEquals(404, notHere.statusCode());
        Html.assertNoStackTrace(notHere.asString(), "404");
        assertEquals(404, admin().get(view(code, a, "body")).statusCode(), "not an essay");
    }

    @Test
    void savingWithTheFormGradesTheAnswerKeepsTheHistoryAndSaveAndNextMovesOn() {
        String code = Api.newClass("Grading pages save " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        AttemptClient b = submitted(code, VERDICT);
        Browser admin = admin();
        ok(admin.get(view(code, a, "verdict")));
        Response saved = admin.post(view(code, a, "verdict"), rubric(0, "4", "2.5", "3", "comment", "Clear. **Cite** the objection."));
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith(view(code, a, "verdict") + "?saved"), saved.header("Location"));
        JsonPath json = answer(code, a, "verdict");
        assertEquals(0, new BigDecimal("9.5").compareTo(points(json)));
        assertEquals(1, json.getInt("grade.version"));
        assertEquals("Clear. **Cite** the objection.", json.getString("grade.comment"));

        String page = ok(admin.get(view(code, a, "verdict") + "?saved"));
        assertThat(page, containsString("role=\"status\">Saved.</p>"));
        assertThat(page, containsString("<input type=\"hidden\" name=\"version\" value=\"1\">"));
        assertThat(input(page, "criterion-2"), containsString("value=\"2.5\""));
        assertThat(page, containsString(">Clear. **Cite** the objection.</textarea>"));
        assertThat(page, containsString("<strong>Cite</strong>"));
        List<String> history = rows(page);
        assertEquals(1, history.size(), history.toString());
        assertThat(history.get(0), containsString("1 9.5 (4 + 2.5 + 3) Administrator"));

        // Saved again: both saves are in the history, newest first.
        admin.post(view(code, a, "verdict"), rubric(1, "4", "3", "3"));
        history = rows(ok(admin.get(view(code, a, "verdict"))));
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("2 10 ") && history.get(1).startsWith("1 9.5 "), history.toString());

        // Save and next: on to the next answer still to grade, then back to the queue when none is left.
        Response next = admin.post(view(code, a, "statement"), form("version", 0, "points", "1.5", "then", "next"));
        assertEquals(303, next.statusCode(), next.asString());
        assertTrue(next.header("Location").endsWith(view(code, b, "verdict") + "?saved"), next.header("Location"));
        admin.post(view(code, b, "verdict"), rubric(0, "1", "1", "1", "then", "next"));
        Response last = admin.post(view(code, b, "statement"), form("version", 0, "points", "0", "then", "next"));
        assertEquals(303, last.statusCode(), last.asString());
        assertTrue(last.header("Location").endsWith(queuePath(code) + "?saved"), last.header("Location"));
        String queue = ok(admin.get(queuePath(code) + "?saved"));
        assertThat(queue, containsString("No answer is left to grade."));
        assertEquals(0, queue(code).getInt("toGrade"));
        assertEquals(0, BigDecimal.ZERO.compareTo(points(answer(code, b, "statement"))));
    }

    @Test
    void aSaveOnAnOlderVersionIs409WithTheCurrentGradeAndTheTypedValuesKept() {
        String code = Api.newClass("Grading pages stale " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        Browser admin = admin();
        ok(admin.get(view(code, a, "verdict")));
        // Meanwhile, another grader saves.
        assertEquals(200, grade(code, a, "verdict", Map.of("version", 0, "criteria", List.of(1, 1, 1), "comment", "Theirs.")).statusCode());

        Response stale = admin.post(view(code, a, "verdict"), rubric(0, "3.5", "2", "0.5", "comment", "Mine, <typed> with care."));
        assertEquals(409, stale.statusCode(), stale.asString());
        String page = stale.asString();
        Html.assertAccessibleShell(page, "409");
        assertThat(page, containsString("role=\"alert\""));
        assertThat(page, containsString("Not saved."));
        assertThat(page, containsString("graded again by Administrator"));
        assertThat(page, containsString("<strong>3 of 10</strong> (version 1"));
        assertThat(page, containsString("<p>Theirs.</p>"));
        assertThat(input(page, "criterion-1"), containsString("value=\"3.5\""));
        assertThat(input(page, "criterion-3"), containsString("value=\"0.5\""));
        assertThat(page, containsString(">Mine, &lt;typed&gt; with care.</textarea>"));
        assertThat("the form is now made on the grade shown", page, containsString("name=\"version\" value=\"1\""));
        JsonPath json = answer(code, a, "verdict");
        assertEquals(0, new BigDecimal("3").compareTo(points(json)), "nothing overwritten");

        // Saved again from that form, knowing the other grade: accepted.
        Response again = admin.post(view(code, a, "verdict"), rubric(1, "3.5", "2", "0.5", "comment", "Mine, <typed> with care."));
        assertEquals(303, again.statusCode(), again.asString());
        assertEquals(0, new BigDecimal("6").compareTo(points(answer(code, a, "verdict"))));
        assertEquals(List.of(2, 1), answer(code, a, "verdict").getList("history.version"));
    }

    @Test
    void aFieldThatIsNotAValidNumberIs400WithTheMessageByTheField() {
        String code = Api.newClass("Grading pages bad " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        Browser admin = admin();
        ok(admin.get(view(code, a, "verdict")));

        Response word = admin.post(view(code, a, "verdict"), rubric(0, "4", "abc", "1e-999999999", "comment", "Kept."));
        assertEquals(400, word.statusCode(), word.asString());
        String page = word.asString();
        Html.assertAccessibleShell(page, "400");
        assertThat(page, containsString("<p class=\"field-error\" id=\"criterion-2-error\">“abc” is not a number"));
        assertThat(page, containsString("<p class=\"field-error\" id=\"criterion-3-error\">"));
        assertThat(input(page, "criterion-2"), containsString("aria-invalid=\"true\""));
        assertThat(input(page, "criterion-2"),
                containsString("aria-describedby=\"criterion-2-error\""));
        assertThat(input(page, "criterion-1"), containsString("value=\"4\""));
        assertThat(page, containsString(">Kept.</textarea>"));

        Response tooMany = admin.post(view(code, a, "verdict"), rubric(0, "5", "1", "1"));
        assertEquals(400, tooMany.statusCode());
        assertThat(tooMany.asString(), containsString("<p class=\"field-error\" id=\"criteria-error\">Points go from 0 to 4</p>"));
        Response missing = admin.post(view(code, a, "verdict"), form("version", 0, "criterion-1", "1"));
        assertEquals(400, missing.statusCode());
        assertEquals(400, admin.post(view(code, a, "verdict"), rubric("x", "1", "1", "1")).statusCode(), "a damaged version");

        ok(admin.get(view(code, a, "statement")));
        Response steps = admin.post(view(code, a, "statement"), form("version", 0, "points", "2.3"));
        assertEquals(400, steps.statusCode());
        assertThat(steps.asString(), containsString("<p class=\"field-error\" id=\"points-error\">Points go in steps of 0.5</p>"));
        Response text = admin.post(view(code, a, "statement"), form("version", 0, "points", "two"));
        assertEquals(400, text.statusCode());
        assertThat(text.asString(), containsString("id=\"points-error\">“two” is not a number"));
        assertEquals(400, admin.post(view(code, a, "statement"), form("version", 0, "points", "9".repeat(5000))).statusCode());
        assertEquals(0, answer(code, a, "verdict").getInt("grade.version"), "nothing saved");
        assertEquals(0, answer(code, a, "statement").getInt("grade.version"), "nothing saved");
    }

    @Test
    void theSettingsFormSetsBlindMarkingWhichHidesNamesOnBothPagesAndPerQuizReleaseIsAButton() {
        String code = Api.newClass("Grading pages blind " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        Browser admin = admin();
        String classPage = ok(admin.get("/instructor/classes/" + code));
        Html.Form settings = Html.forms(classPage).stream().filter(f -> f.action().endsWith("/grading-settings")).findFirst()
                .orElseThrow();
        assertTrue(settings.post() && Html.hasCsrfInput(settings.body()));
        assertThat(settings.body(), containsString("<label for=\"blind-marking\">Blind marking</label>"));
        assertThat(input(settings.body(), "blind-marking"), not(containsString("checked")));
        assertThat(input(settings.body(), "release-as-graded"), containsString("checked"));
        Response set = admin.post("/instructor/classes/" + code + "/grading-settings", form("blindMarking", "on", "release", "per-quiz"));
        assertEquals(303, set.statusCode(), set.asString());
        assertTrue(set.header("Location").endsWith("/instructor/classes/" + code + "#grading"), set.header("Location"));
        JsonPath q = queue(code);
        assertTrue(q.getBoolean("blind"));
        assertEquals("per-quiz", q.getString("release"));
        classPage = ok(admin.get("/instructor/classes/" + code));
        assertThat(input(classPage, "blind-marking"), containsString("checked"));
        assertThat(input(classPage, "release-per-quiz"), containsString("checked"));
        assertEquals(400, admin.post("/instructor/classes/" + code + "/grading-settings", form("release", "whenever")).statusCode());

        String queuePage = ok(admin.get(queuePath(code)));
        assertThat(queuePage, containsString("Blind marking: on"));
        assertThat(queuePage, not(containsString(a.user)));
        String viewPage = ok(admin.get(view(code, a, "verdict")));
        assertThat(viewPage, not(containsString(a.user)));
        assertThat(viewPage, containsString("Learner "));

        // Per quiz: graded answers wait for the button.
        admin.post(view(code, a, "verdict"), rubric(0, "4", "3", "3"));
        admin.post(view(code, a, "statement"), form("version", 0, "points", "3"));
        assertEquals("awaiting-grading", a.get().getString("result.status"));
        queuePage = ok(admin.get(queuePath(code)));
        assertThat(queuePage, containsString("<button type=\"submit\">Release 2 grades</button>"));
        assertThat(queuePage, containsString("graded, not released"));
        Response released = admin.post(queuePath(code) + "/release", Map.of());
        assertEquals(303, released.statusCode(), released.asString());
        assertTrue(released.header("Location").endsWith(queuePath(code) + "?released=2"), released.header("Location"));
        queuePage = ok(admin.get(queuePath(code) + "?released=2"));
        assertThat(queuePage, containsString("Released 2 grades."));
        assertThat(queuePage, not(containsString("/grading/release")));
        assertThat("released: the name shows", queuePage, containsString(a.user));
        assertEquals(2, queue(code).getInt("released"));
        assertEquals("scored", a.get().getString("result.status"));

        // Off again: the checkbox left out turns blind marking off.
        admin.get("/instructor/classes/" + code);
        assertEquals(303, admin.post("/instructor/classes/" + code + "/grading-settings", form("release", "as-graded")).statusCode());
        assertFalse(queue(code).getBoolean("blind"));
        assertEquals("as-graded", queue(code).getString("release"));
    }

    @Test
    void studentsGet403AndAnonymousVisitorsAreSentToSignIn() {
        String code = Api.newClass("Grading pages access " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        Browser student = Browser.signedIn(a.user, Api.PASSWORD);
        ok(student.get("/classes"));
        for (String path : List.of(queuePath(code), view(code, a, "verdict"))) {
            Response r = student.get(path);
            assertEquals(403, r.statusCode(), path);
            assertThat(r.asString(), not(containsString(VERDICT)));
            Response anon = Browser.anonymous().get(path);
            assertEquals(303, anon.statusCode(), path);
            assertTrue(anon.header("Location").contains("/signin?next=%2F"), anon.header("Location"));
        }
        assertEquals(403, student.post(view(code, a, "verdict"), rubric(0, "4", "3", "3")).statusCode(),
                "a learner cannot grade their own answer");
        assertEquals(403, student.post(queuePath(code) + "/release", Map.of()).statusCode());
        assertEquals(403, student.post("/instructor/classes/" + code + "/grading-settings", form("blindMarking", "on")).statusCode());
        assertEquals(0, answer(code, a, "verdict").getInt("grade.version"));
        assertFalse(queue(code).getBoolean("blind"));
    }

    @Test
    void theGradingPagesReadInKorean() {
        String code = Api.newClass("Grading in Korean " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        String queue = Api.admin().header("Accept-Language", "ko").get(queuePath(code)).then().statusCode(200).extract().asString();
        assertThat(queue, containsString("<h1>채점: Essays to grade</h1>"));
        assertThat(queue, containsString("<dt>채점할 답안</dt>"));
        assertThat(queue, not(containsString("To grade")));
        String answer = Api.admin().header("Accept-Language", "ko").get(view(code, a, "verdict")).then().statusCode(200).extract()
                .asString();
        assertThat(answer, containsString("<h2 id=\"grade-heading\">성적</h2>"));
        assertThat(answer, containsString("아직 채점하지 않았습니다."));
        assertThat(answer, not(containsString("Save and next")));
    }
}
