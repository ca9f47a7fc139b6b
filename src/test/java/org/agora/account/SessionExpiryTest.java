package org.agora.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** A session that ends: 401 without a browser dialog for the page's script, back to the page after signing in. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SessionExpiryTest {

    @Test
    void apiClientsGetTheBasicChallengeAndThePagesScriptDoesNot() {
        Response api = given().get("/api/v1/me/progress");
        Problems.assertProblem(api, 401);
        assertTrue(String.valueOf(api.header("WWW-Authenticate")).startsWith("Basic"), "API clients are asked for Basic");

        Response script = given().header("X-Requested-With", "fetch").get("/api/v1/me/progress");
        Problems.assertProblem(script, 401);
        assertNull(script.header("WWW-Authenticate"), "no challenge, so no browser login dialog over the page");

        Response fetch = given().header("Sec-Fetch-Dest", "empty").get("/api/v1/me/progress");
        Problems.assertProblem(fetch, 401);
        assertNull(fetch.header("WWW-Authenticate"), "a browser's fetch: no challenge either");
    }

    @Test
    void aPageSendsToSignInAndSignInComesBack() {
        Response page = Browser.anonymous().get("/progress?tab=1");
        assertEquals(303, page.statusCode());
        assertTrue(page.header("Location").endsWith("/signin?next=%2Fprogress%3Ftab%3D1"), page.header("Location"));

        String form = given().queryParam("next", "/lessons/basics").get("/signin").asString();
        assertTrue(form.contains("action=\"/j_security_check?next=%2Flessons%2Fbasics\""), "the form carries next");

        String student = Api.newStudent(Api.newClass("Next class"));
        Browser b = Browser.anonymous();
        Response signedIn = b.request().contentType("application/x-www-form-urlencoded").formParam("j_username", student)
                .formParam("j_password", Api.PASSWORD).queryParam("next", "/lessons/basics").post("/j_security_check");
        assertTrue(signedIn.header("Location").endsWith("/me?next=%2Flessons%2Fbasics"), signedIn.header("Location"));
        b.setCookie(Browser.SESSION_COOKIE, cookieValue(signedIn));
        Response me = b.request().queryParam("next", "/lessons/basics").get("/me");
        assertEquals(303, me.statusCode());
        assertTrue(me.header("Location").endsWith("/lessons/basics"), me.header("Location"));

        Response wrong = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", student).formParam("j_password", "not-the-password")
                .queryParam("next", "/lessons/basics").post("/j_security_check");
        assertTrue(wrong.header("Location").endsWith("/signin?error&next=%2Flessons%2Fbasics"), wrong.header("Location"));
    }

    @Test
    void onlyPathsOfThisSiteAreFollowed() {
        String student = Api.newStudent(Api.newClass("Unsafe next"));
        Browser b = Browser.signedIn(student, Api.PASSWORD);
        for (String next : List.of("//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
                "evil.example", "/a\r\nSet-Cookie:x", "/a\tb", "/caf\u00e9", "/signin", "/me?next=/x", "/j_security_check", "")) {
            Response r = b.request().queryParam("next", next).get("/me");
            assertEquals(303, r.statusCode(), next);
            assertTrue(r.header("Location").endsWith("/progress"), next + " -> " + r.header("Location"));
        }
        Response safe = b.request().queryParam("next", "/quizzes/all-types?x=1").get("/me");
        assertTrue(safe.header("Location").endsWith("/quizzes/all-types?x=1"), safe.header("Location"));
        String form = given().queryParam("next", "//evil.example").get("/signin").asString();
        assertTrue(form.contains("action=\"/j_security_check\""), "an unsafe next is not carried on");
    }

    @Test
    void aDeadSessionCookieIsDroppedAndTheSignInPageSaysWhy() {
        String student = Api.newStudent(Api.newClass("Dead session"));
        Browser b = Browser.signedIn(student, Api.PASSWORD);
        String dead = b.cookie(Browser.SESSION_COOKIE);
        Browser elsewhere = Browser.signedIn(student, Api.PASSWORD);
        elsewhere.get("/progress");
        assertEquals(303, elsewhere.post("/signout", Map.of()).statusCode());

        // The quiz page's autosave: 401 with the cookie dropped, no challenge.
        Response save = b.request().header("X-Requested-With", "fetch").get("/api/v1/me/progress");
        Problems.assertProblem(save, 401);
        assertNull(save.header("WWW-Authenticate"));
        assertExpired(save);

        // A page: to the sign-in page, which says the session ended, then back.
        b.setCookie(Browser.SESSION_COOKIE, dead);
        Response page = b.get("/quizzes/all-types");
        assertEquals(303, page.statusCode());
        assertTrue(page.header("Location").endsWith("/signin?ended&next=%2Fquizzes%2Fall-types"), page.header("Location"));
        b.setCookie(Browser.SESSION_COOKIE, dead);
        Response progress = b.get("/progress");
        assertTrue(progress.header("Location").endsWith("/signin?ended&next=%2Fprogress"), progress.header("Location"));
        assertExpired(progress);

        // The sign-in page itself, reached with the dead cookie: one redirect that drops it, no loop.
        b.setCookie(Browser.SESSION_COOKIE, dead);
        Response again = b.request().queryParam("next", "/progress").get("/signin");
        if (again.statusCode() == 303) {
            assertTrue(again.header("Location").endsWith("/signin?ended&next=%2Fprogress"), again.header("Location"));
            assertExpired(again);
        } else {
            assertEquals(200, again.statusCode());
            assertExpired(again);
        }
        Response signin = Browser.anonymous().get("/signin?ended"); // the browser has dropped the cookie

        assertEquals(200, signin.statusCode(), () -> "no redirect loop with a dead cookie: " + signin.header("Location") + " "
                + again.headers().getValues("Set-Cookie") + " / " + signin.headers().getValues("Set-Cookie"));
        assertTrue(signin.asString().contains("Your session ended. Sign in to go on; your saved answers are kept."));

        String fresh = given().get("/signin").asString();
        assertFalse(fresh.contains("Your session ended"), "a browser without a cookie is not told its session ended");
    }

    private static void assertExpired(Response r) {
        String cleared = Browser.setCookieHeader(r, Browser.SESSION_COOKIE);
        assertNotNull(cleared, "the dead session cookie is dropped");
        assertTrue(cleared.toLowerCase().contains("max-age=0"), cleared);
    }

    private static String cookieValue(Response r) {
        String header = Browser.setCookieHeader(r, Browser.SESSION_COOKIE);
        return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }
}
