package org.agora.learner;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.order;
import static org.agora.attempt.AttemptClient.pairs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.agora.attempt.AttemptClient;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The learner's record pages, driven like a browser: linked from the class page and the
 * scoreboard, the record, the review of an attempt, the two actions as forms (CSRF token, form
 * bodies only), a refused reopening shown with why, and who may open them.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class LearnerPagesTest {

    private static String ok(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        assertThat(r.contentType(), containsString("text/html"));
        return r.asString();
    }

    /** The layout's one-time confirmation line (web/Flash). */
    private static String flash(String message) {
        return "<p class=\"alert flash\" role=\"status\">" + message + "</p>";
    }

    private static String recordPath(String code, String user) {
        return "/instructor/classes/" + code + "/learners/" + user;
    }

    @Test
    void namesAreLinksForInstructorsAndTheRecordAndReviewShowEverything() {
        String code = Api.newClass("Record pages " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = LearnerApiTest.takeLimited(user, false);
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String link = "href=\"" + recordPath(code, user) + "\"";

        assertThat(ok(admin.get("/instructor/classes/" + code)), containsString(link));
        assertThat(ok(admin.get("/classes/" + code + "/scoreboard")), containsString(link));
        Browser student = Browser.signedIn(user, Api.PASSWORD);
        assertThat("students see no links to records", ok(student.get("/classes/" + code + "/scoreboard")),
                not(containsString("/learners/")));

        String page = ok(admin.get(recordPath(code, user)));
        Html.assertAccessibleShell(page, "record");
        assertFalse(Html.hasInlineScript(page));
        assertThat(page, containsString("<h1>Student " + user + "</h1>"));
        assertThat(page, containsString("Lessons read"));
        assertThat(page, containsString("Two tries"));
        assertThat(page, containsString("Attempts allowed: 2"));
        assertThat(page, containsString("Accommodations and overrides"));
        assertThat(page, containsString("None in this class."));
        String review = recordPath(code, user) + "/attempts/" + a.id;
        assertThat(page, containsString("href=\"" + review + "\""));
        for (Html.Form f : Html.forms(page)) {
            if (f.post()) {
                assertTrue(Html.hasCsrfInput(f.body()), "every form carries the CSRF token: " + f.action());
            }
        }

        String attempt = ok(admin.get(review));
        Html.assertAccessibleShell(attempt, "attempt review");
        assertThat(attempt, containsString("<h1>Attempt 1: Two tries</h1>"));
        assertThat(attempt, containsString("The learner's answer"));
        assertThat(attempt, containsString("Correct answer"));
        assertThat(attempt, containsString("Not this one."));
        assertThat(attempt, containsString("The first one was right."));
        assertThat(attempt, containsString("Last saved"));
        assertThat(attempt, containsString("name=\"until\""));
    }

    /** The same table as the learner's review (AttemptResource/pairs), the answer column named for an instructor. */
    @Test
    void theAttemptViewShowsMatchingAndOrderingAsTheLearnersReviewDoes() {
        String code = Api.newClass("Record tables " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = AttemptClient.start(user, "all-types");
        // Two of three in the wrong place; one pair right, one left without an answer.
        a.save("events", order(a.optionId("events", "Vienna Declaration"), a.optionId("events", "UN Charter"),
                a.optionId("events", "COI report")));
        a.save("people", pairs(a.leftId("people", "Kofi Annan"), a.rightId("people", "UN Secretary-General")));
        a.submit();

        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String html = ok(admin.get(recordPath(code, user) + "/attempts/" + a.id));
        Html.assertAccessibleShell(html, "attempt review with tables");
        String events = section(html, "r-events");
        assertThat(events, containsString("place by place</caption>"));
        assertThat(events, containsString("<th scope=\"col\">Place</th>\n    <th scope=\"col\">The learner's answer</th>\n"
                + "    <th scope=\"col\">Correct answer</th>"));
        assertThat(events, containsString("<th scope=\"row\">1</th>\n      <td>Vienna Declaration</td>\n      <td>UN Charter</td>"));
        assertEquals(2, count(events, "<span class=\"visually-hidden\">incorrect</span>"));
        assertEquals(1, count(events, "<span class=\"visually-hidden\">correct</span>"));
        assertThat("no run-on sentence beside the table", events, not(containsString("1. UN Charter; 2.")));
        String people = section(html, "r-people");
        assertThat(people, containsString("item by item</caption>"));
        assertThat(people, containsString("<th scope=\"row\">Kofi Annan</th>\n      <td>UN Secretary-General</td>\n"
                + "      <td>UN Secretary-General</td>"));
        assertThat(people, containsString("<th scope=\"row\">Jiang Zemin</th>\n      <td><span class=\"none\">no answer</span></td>\n"
                + "      <td>President of China</td>"));
        assertThat("other types keep their answer and key", section(html, "r-paper"), containsString("The learner's answer"));
        assertThat("the learner's wording stays theirs", html, not(containsString("Your answer")));
    }

    private static String section(String html, String headingId) {
        int i = html.indexOf("id=\"" + headingId + "\"");
        assertTrue(i > 0, "no " + headingId);
        return html.substring(i, html.indexOf("</section>", i));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theTwoActionsAreFormsThatRedirectAndARefusalSaysWhy() {
        String code = Api.newClass("Record actions " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = LearnerApiTest.takeLimited(user, false);
        LearnerApiTest.takeLimited(user, false);
        Browser learner = Browser.signedIn(user, Api.PASSWORD);
        assertThat(ok(learner.get("/quizzes/limited")), containsString("You have used every attempt this quiz allows."));
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        ok(admin.get(recordPath(code, user)));

        // Without the token, or as JSON, the forms are refused.
        assertEquals(403, admin.postRaw(recordPath(code, user) + "/extra-attempts", Map.of("quiz", "limited")).statusCode());
        Response json = admin.request().contentType("application/json")
                .body("{\"quiz\":\"limited\"}").post(recordPath(code, user) + "/extra-attempts");
        assertTrue(json.statusCode() == 415 || json.statusCode() == 403, "a page post takes a form only: " + json.statusCode());

        Response granted = admin.post(recordPath(code, user) + "/extra-attempts", Map.of("quiz", "limited"));
        assertEquals(303, granted.statusCode(), granted.asString());
        assertThat(granted.header("Location"), endsWith(recordPath(code, user) + "#quiz-limited"));
        String page = ok(admin.get(recordPath(code, user)));
        assertThat(page, containsString(flash("One more attempt granted at Two tries: 3 allowed now.")));
        assertThat("said once", ok(admin.get(recordPath(code, user))), not(containsString("alert flash")));
        assertThat(page, containsString("Attempts allowed: 3 (1 granted)"));
        assertThat(page, containsString("Two tries: 1 more attempt granted"));
        assertThat(page, containsString("One more attempt at limited"));
        assertThat("the learner's quiz page offers the granted attempt", ok(learner.get("/quizzes/limited")),
                containsString("Start a new attempt"));
        assertEquals(201, AttemptClient.startRaw(user, "limited").statusCode());

        // Reopen attempt 1 while attempt 3 is open: refused, with why, and the form keeps the time.
        String review = recordPath(code, user) + "/attempts/" + a.id;
        ok(admin.get(review));
        String until = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(LocalDateTime.now(ZoneId.systemDefault()).plusHours(2));
        Response busy = admin.post(review + "/reopen", Map.of("until", until));
        assertEquals(409, busy.statusCode());
        assertThat(busy.asString(), containsString("Not reopened."));
        assertThat(busy.asString(), containsString("Attempt 3 of this quiz is open"));
        assertThat(busy.asString(), containsString("value=\"" + until + "\""));
        Response bad = admin.post(review + "/reopen", Map.of("until", "yesterday"));
        assertEquals(400, bad.statusCode());
        assertThat(bad.asString(), containsString("ISO-8601"));

        String third = AttemptClient.startRaw(user, "limited").then().statusCode(200).extract().path("attempt");
        Api.student(user).contentType("application/json").post("/api/v1/attempts/" + third + "/submit").then().statusCode(200);
        Response reopened = admin.post(review + "/reopen", Map.of("until", until));
        assertEquals(303, reopened.statusCode(), reopened.asString());
        assertThat(reopened.header("Location"), endsWith(review));
        String after = ok(admin.get(review));
        assertThat(after, containsString(flash("Reopened: the learner can resume it and answer until its new closing time.")));
        assertThat(after, containsString("<dt>Reopened until</dt><dd>" + until.replace('T', ' ') + ":00</dd>"));
        assertThat("an open attempt offers no reopening", after, not(containsString("name=\"until\"")));
        AttemptClient resumed = AttemptClient.of(user, AttemptClient.startRaw(user, "limited"));
        assertEquals(a.id, resumed.id, "starting resumes the reopened attempt");
        resumed.save("first", choices(resumed.optionId("first", "First")));
        assertThat(ok(admin.get(recordPath(code, user))), containsString("Reopened an attempt at limited"));
    }

    @Test
    void onlyInstructorsOpenThePages() {
        String code = Api.newClass("Record pages access " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = LearnerApiTest.takeLimited(user, true);
        Browser student = Browser.signedIn(user, Api.PASSWORD);
        assertEquals(403, student.get(recordPath(code, user)).statusCode());
        assertEquals(403, student.get(recordPath(code, user) + "/attempts/" + a.id).statusCode());
        ok(student.get("/classes/" + code + "/scoreboard"));
        assertEquals(403, student.post(recordPath(code, user) + "/extra-attempts", Map.of("quiz", "limited")).statusCode());
        Response anonymous = Browser.anonymous().get(recordPath(code, user));
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303 || anonymous.statusCode() == 401,
                "anonymous: to the sign-in page: " + anonymous.statusCode());
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(404, admin.get(recordPath(code, "nobody-here")).statusCode());
        assertEquals(404, admin.get(recordPath(code, user) + "/attempts/nope").statusCode());
    }

    @Test
    void theOverrideFormSavesRecordsAndARefusalSaysWhy() {
        String code = Api.newClass("Override pages " + System.nanoTime());
        String user = Api.newStudent(code);
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String form = recordPath(code, user) + "/quizzes/twenty-minutes/override";
        ok(admin.get(recordPath(code, user))); // the form and its token

        Response saved = admin.post(form, Map.of("attempts", "3", "timeLimitMinutes", "45", "closesAt", ""));
        assertEquals(303, saved.statusCode(), saved.asString());
        assertThat(saved.header("Location"), endsWith(recordPath(code, user) + "#quiz-twenty-minutes"));
        String page = ok(admin.get(recordPath(code, user)));
        assertThat(page, containsString(flash("Overrides saved for Twenty minutes.")));
        assertThat(page, containsString("time limit: 45 minutes for this learner (the quiz's: 20 minutes)"));
        assertThat(page, containsString("Twenty minutes: 1 more attempt granted; time limit 45 minutes"));
        assertThat(page, containsString("Overrides at twenty-minutes: 3 attempts"));

        Response refused = admin.post(form, Map.of("attempts", "1", "timeLimitMinutes", "soon"));
        assertEquals(400, refused.statusCode());
        assertThat(refused.asString(), containsString("Give a whole number, not &#39;soon&#39;"));
        Response tooFew = admin.post(form, Map.of("attempts", "1"));
        assertEquals(400, tooFew.statusCode());
        assertThat(tooFew.asString(), containsString("at least the quiz&#39;s own 2 attempts"));
        Response percent = admin.post(recordPath(code, user) + "/extra-time", Map.of("extraTimePercent", "500"));
        assertEquals(400, percent.statusCode());
        assertThat(percent.asString(), containsString("from 0 (none) to 400"));
        Response extra = admin.post(recordPath(code, user) + "/extra-time", Map.of("extraTimePercent", "25"));
        assertEquals(303, extra.statusCode(), extra.asString());
        assertThat(extra.header("Location"), endsWith(recordPath(code, user) + "#accommodations"));
        assertThat(ok(admin.get(recordPath(code, user))), containsString(flash("Extra time saved: 25 % on every timed quiz.")));
        admin.post(recordPath(code, user) + "/extra-time", Map.of("extraTimePercent", ""));
        assertThat(ok(admin.get(recordPath(code, user))), containsString(flash("Extra time removed.")));

        Response cleared = admin.post(form, Map.of("clear", "1"));
        assertEquals(303, cleared.statusCode());
        assertThat(ok(admin.get(recordPath(code, user))), containsString("None in this class."));
    }
}
