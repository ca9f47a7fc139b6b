package org.agora.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.RawHttp;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The ways a page on another site (or a planted cookie) tried to act with a learner's or an
 * instructor's session: a wildcard content type, a cross-site API call, another session's token.
 * Each is refused, changes nothing and says why.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class CrossSiteTest {

    private static final String EVIL = "http://evil.example";

    private static int attemptsUsed(String student, String quiz) {
        List<Map<String, Object>> quizzes = Api.student(student).get("/api/v1/me/progress").then().statusCode(200)
                .extract().path("quizzes");
        return quizzes.stream().filter(q -> q.get("id").equals(quiz)).mapToInt(q -> (Integer) q.get("attemptsUsed")).findFirst()
                .orElseThrow();
    }

    private static boolean completed(String student, String lesson) {
        List<Map<String, Object>> lessons = Api.student(student).get("/api/v1/me/progress").then().statusCode(200)
                .extract().path("lessons");
        return lessons.stream().anyMatch(l -> l.get("id").equals(lesson) && Boolean.TRUE.equals(l.get("completed")));
    }

    private static void assertRefused(Response r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + ": expected a 4xx, got " + r.statusCode());
        Html.assertNoStackTrace(r.asString(), what);
    }

    /** A tokenless post with this content type and the browser's cookies. */
    private static void assertRawRefused(Browser b, String action, String type) throws IOException {
        RawHttp.Reply r = RawHttp.send("POST", action, Map.of("Content-Type", type, "Cookie", Browser.SESSION_COOKIE + "="
                + b.cookie(Browser.SESSION_COOKIE) + "; " + Browser.CSRF_COOKIE + "=" + b.cookie(Browser.CSRF_COOKIE)), 0, "", 0);
        assertTrue(r.status() >= 400 && r.status() < 500, type + " " + action + ": expected a 4xx, got " + r.status());
        Html.assertNoStackTrace(r.body(), type + " " + action);
    }

    @Test
    void aWildcardContentTypeDoesNotSkipTheToken() throws IOException {
        String code = Api.newClass("Wildcard");
        String student = Api.newStudent(code);
        Browser learner = Browser.signedIn(student, Api.PASSWORD);
        learner.get("/lessons/basics");
        for (String type : List.of("*/*", "*/x-www-form-urlencoded", "application/*")) {
            for (String action : List.of("/lessons/basics/complete", "/quizzes/limited/start", "/signout")) {
                assertRawRefused(learner, action, type);
            }
        }
        assertFalse(completed(student, "basics"));
        assertEquals(0, attemptsUsed(student, "limited"));
        assertEquals(200, learner.get("/api/v1/me/progress").statusCode(), "still signed in");

        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String page = admin.get("/instructor/classes/" + code).asString();
        String reset = Html.find(page, "href=\"(/instructor/classes/" + code + "/members/\\d+/reset-password)\"");
        assertRawRefused(admin, reset, "*/*");
        Api.student(student).get("/api/v1/me/progress").then().statusCode(200); // the password still works
    }

    @Test
    void aCrossSiteApiCallWithTheSessionCookieIsRefused() {
        String student = Api.newStudent(Api.newClass("Cross-site API"));
        Browser learner = Browser.signedIn(student, Api.PASSWORD);
        String cookie = Browser.SESSION_COOKIE + "=" + learner.cookie(Browser.SESSION_COOKIE);
        for (Map<String, String> from : List.of(Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"), Map.of("Origin", EVIL),
                Map.of("Sec-Fetch-Site", "same-site"))) {
            for (String type : List.of("text/plain", "application/json")) {
                Response r = given().header("Cookie", cookie).headers(from).contentType(type).body("")
                        .post("/api/v1/quizzes/limited/attempts");
                assertEquals(403, r.statusCode(), from + " " + type + ": " + r.asString());
                assertEquals(ErrorResponses.PROBLEM_JSON, r.contentType().split(";")[0]);
                assertTrue(r.jsonPath().getString("detail").contains("another website"), r.asString());
            }
        }
        Response page = given().header("Cookie", cookie).header("Origin", EVIL).contentType(ContentType.URLENC)
                .formParam("x", "y").post("/lessons/basics/complete");
        assertEquals(403, page.statusCode());
        assertTrue(page.asString().contains("another website"), "the page says why");
        assertEquals(0, attemptsUsed(student, "limited"), "no attempt spent, no timer started");
        assertFalse(completed(student, "basics"));

        // The same call from the app's own pages, or from a script that is no browser, works.
        given().header("Cookie", cookie).header("Sec-Fetch-Site", "same-origin").contentType(ContentType.JSON)
                .post("/api/v1/quizzes/limited/attempts").then().statusCode(201);
    }

    @Test
    void anotherSessionsTokenDoesNotPass() {
        String code = Api.newClass("Planted cookie");
        String victim = Api.newStudent(code);
        String attacker = Api.newStudent(code);
        Browser mallory = Browser.signedIn(attacker, Api.PASSWORD);
        mallory.get("/lessons/basics");
        Browser anonymous = Browser.anonymous();
        anonymous.get("/signup");

        Browser alice = Browser.signedIn(victim, Api.PASSWORD);
        alice.get("/lessons/basics");
        assertNotNull(alice.csrfToken());
        for (Browser source : List.of(mallory, anonymous)) {
            // The victim's session with the attacker's token cookie and token: the double submit matches, the session does not.
            Browser planted = Browser.anonymous();
            planted.setCookie(Browser.SESSION_COOKIE, alice.cookie(Browser.SESSION_COOKIE));
            planted.setCookie(Browser.CSRF_COOKIE, source.cookie(Browser.CSRF_COOKIE));
            for (String action : List.of("/lessons/basics/complete", "/quizzes/limited/start", "/classes/nickname", "/signout")) {
                Map<String, String> form = new HashMap<>(Map.of(source.csrfField(), source.csrfToken()));
                if (action.endsWith("nickname")) {
                    form.put("nickname", "Pwned");
                }
                Response r = planted.postRaw(action, form);
                assertEquals(403, r.statusCode(), action + ": " + r.asString());
                assertTrue(r.asString().contains("Nothing was changed"), action + ": the page says why");
            }
        }
        assertFalse(completed(victim, "basics"));
        assertEquals(0, attemptsUsed(victim, "limited"));
        assertEquals(200, alice.get("/api/v1/me/progress").statusCode(), "still signed in");
        // The victim's own forms still work.
        assertEquals(303, alice.post("/lessons/basics/complete", Map.of()).statusCode());
        assertTrue(completed(victim, "basics"));
    }

    @Test
    void theTokenCookieLivesAsLongAsAnIdleSession() {
        Browser learner = Browser.newStudent("Cookie age");
        Response r = learner.get("/lessons/basics");
        List<String> csrf = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(Browser.CSRF_COOKIE + "=")).toList();
        assertEquals(1, csrf.size(), csrf.toString());
        assertTrue(csrf.get(0).contains("Max-Age=28800"), csrf.get(0));
        assertTrue(csrf.get(0).toLowerCase().contains("httponly"), csrf.get(0));
    }

    @Test
    void theForwardedHostIsThisServersOrigin() {
        String student = Api.newStudent(Api.newClass("Forwarded host"));
        Map<String, String> proxied = Map.of("X-Forwarded-Host", "agora.school.example", "X-Forwarded-Proto", "https");
        Response ok = given().redirects().follow(false).headers(proxied).header("Origin", "https://agora.school.example")
                .contentType(ContentType.URLENC).formParam("j_username", student).formParam("j_password", Api.PASSWORD)
                .post("/j_security_check");
        assertTrue(ok.header("Location").endsWith("/me"), "the public origin is accepted: " + ok.header("Location"));
        Response refused = given().redirects().follow(false).headers(proxied).header("Origin", "http://localhost")
                .contentType(ContentType.URLENC).formParam("j_username", student).formParam("j_password", Api.PASSWORD)
                .post("/j_security_check");
        assertTrue(refused.header("Location").endsWith("/signin?refused"), refused.header("Location"));
    }
}
