package org.agora.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Form sign-in with the session cookie, its attributes, and sign-out. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SignInTest {

    @Test
    void formSignInSetsAnHttpOnlySameSiteLaxSessionCookie() {
        String student = Api.newStudent(Api.newClass("Cookie"));
        Browser browser = Browser.anonymous();
        Response r = browser.signIn(student, Api.PASSWORD);
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, "redirect after sign-in: " + r.statusCode());
        assertTrue(r.header("Location").endsWith("/me"), r.header("Location"));
        String cookie = Browser.setCookieHeader(r, Browser.SESSION_COOKIE);
        assertNotNull(cookie, "session cookie set");
        String lower = cookie.toLowerCase();
        assertTrue(lower.contains("; httponly"), cookie);
        assertTrue(lower.contains("; samesite=lax"), cookie);
        assertTrue(lower.contains("; path=/"), cookie);
        assertFalse(cookie.contains(student), "the cookie does not show the username in clear: " + cookie);
        assertNotNull(browser.cookie(Browser.SESSION_COOKIE));
    }

    @Test
    void sessionCookieWorksForTheApiAndThePages() {
        String student = Api.newStudent(Api.newClass("Cookie API"));
        Browser browser = Browser.signedIn(student, Api.PASSWORD);
        Response progress = browser.get("/api/v1/me/progress");
        assertEquals(200, progress.statusCode(), progress.asString());
        assertEquals(2, progress.jsonPath().getList("lessons").size());

        Response me = browser.get("/me");
        assertEquals(303, me.statusCode());
        assertTrue(me.header("Location").endsWith("/progress"), me.header("Location"));
        Response page = browser.get("/progress");
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("Sign out (" + student + ")"), "the page knows who is signed in");

        // A forged or damaged cookie is not a session.
        Browser forged = Browser.anonymous();
        forged.setCookie(Browser.SESSION_COOKIE, browser.cookie(Browser.SESSION_COOKIE) + "x");
        Problems.assertProblem(forged.get("/api/v1/me/progress"), 401);
    }

    @Test
    void instructorLandsOnTheInstructorPage() {
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        Response me = admin.get("/me");
        assertEquals(303, me.statusCode());
        assertTrue(me.header("Location").endsWith("/instructor"), me.header("Location"));
        assertEquals(200, admin.get("/instructor").statusCode());
    }

    @Test
    void failedSignInRedirectsToSignInWithError() {
        String student = Api.newStudent(Api.newClass("Wrong password"));
        Browser browser = Browser.anonymous();
        Response r = browser.signIn(student, "not-the-password");
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, "redirect: " + r.statusCode());
        assertTrue(r.header("Location").endsWith("/signin?error"), r.header("Location"));
        assertNull(browser.cookie(Browser.SESSION_COOKIE), "no session");
        Problems.assertProblem(browser.get("/api/v1/me/progress"), 401);

        Response unknown = Browser.anonymous().signIn("no-such-user-" + System.nanoTime(), "whatever-pass");
        assertTrue(unknown.header("Location").endsWith("/signin?error"), unknown.header("Location"));

        String page = given().get("/signin?error").asString();
        assertTrue(page.contains("role=\"alert\""), "the sign-in page says what went wrong");
    }

    @Test
    void signInPageSendsSignedInUsersOn() {
        Browser browser = Browser.newStudent("Signed in");
        Response r = browser.get("/signin");
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/me"));
    }

    @Test
    void signOutClearsTheSessionCookie() {
        Browser browser = Browser.newStudent("Sign out");
        assertEquals(200, browser.get("/progress").statusCode());
        assertNotNull(browser.csrfToken(), "the sign-out form carries a CSRF token");

        Response out = browser.post("/signout", Map.of());
        assertEquals(303, out.statusCode(), out.asString());
        assertTrue(out.header("Location").endsWith("/signin?out"), out.header("Location"));
        String cleared = Browser.setCookieHeader(out, Browser.SESSION_COOKIE);
        assertNotNull(cleared, "the session cookie is overwritten");
        assertTrue(cleared.toLowerCase().contains("max-age=0") || cleared.toLowerCase().contains("expires=thu, 01 jan 1970"),
                cleared);
        assertTrue(cleared.toLowerCase().contains("path=/"), "same path as the session cookie: " + cleared);
        assertNull(browser.cookie(Browser.SESSION_COOKIE));

        Problems.assertProblem(browser.get("/api/v1/me/progress"), 401);
        Response signin = browser.get("/signin?out");
        assertEquals(200, signin.statusCode());
        assertTrue(signin.asString().contains("You are signed out."));
    }

    /** A cookie is a bearer token: signing out must end its copies (and the account's other sessions). */
    @Test
    void signOutEndsTheSessionOnTheServer() {
        String student = Api.newStudent(Api.newClass("Sign out everywhere"));
        Browser browser = Browser.signedIn(student, Api.PASSWORD);
        Browser otherDevice = Browser.signedIn(student, Api.PASSWORD);
        Browser copy = Browser.anonymous();
        copy.setCookie(Browser.SESSION_COOKIE, browser.cookie(Browser.SESSION_COOKIE));
        assertEquals(200, copy.get("/api/v1/me/progress").statusCode(), "the copy works while signed in");

        browser.get("/progress");
        assertEquals(303, browser.post("/signout", Map.of()).statusCode());

        Problems.assertProblem(copy.get("/api/v1/me/progress"), 401);
        Response page = copy.get("/progress");
        assertTrue(page.statusCode() == 302 || page.statusCode() == 303, "pages send the copy to sign in: " + page.statusCode());
        Problems.assertProblem(otherDevice.get("/api/v1/me/progress"), 401);

        Browser again = Browser.signedIn(student, Api.PASSWORD);
        assertEquals(200, again.get("/api/v1/me/progress").statusCode(), "signing in again works");
        assertEquals(200, Api.as(student, Api.PASSWORD).get("/api/v1/me/progress").statusCode(), "and so does the API");
    }

    /** Login CSRF: a page on another site must not sign its visitor into an account it chose. */
    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        String student = Api.newStudent(Api.newClass("Login CSRF"));
        String self = RestAssured.baseURI + ":" + RestAssured.port;
        for (Map<String, String> headers : List.of(Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site", "Origin", self), Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"))) {
            Response r = signInWith(student, headers);
            assertEquals(303, r.statusCode(), headers.toString());
            assertTrue(r.header("Location").endsWith("/signin?refused"), r.header("Location"));
            assertNull(Browser.setCookieHeader(r, Browser.SESSION_COOKIE), "no session for " + headers);
        }
        for (Map<String, String> headers : List.of(Map.of("Sec-Fetch-Site", "same-origin", "Origin", self),
                Map.of("Origin", self), Map.<String, String>of())) {
            Response r = signInWith(student, headers);
            assertTrue(r.header("Location").endsWith("/me"), headers + " " + r.header("Location"));
            assertNotNull(Browser.setCookieHeader(r, Browser.SESSION_COOKIE), "signed in with " + headers);
        }
        String page = given().get("/signin?refused").asString();
        assertTrue(page.contains("sent from another website"), "the sign-in page says why");
    }

    private static Response signInWith(String username, Map<String, String> headers) {
        return given().redirects().follow(false).headers(headers).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", Api.PASSWORD).post("/j_security_check");
    }

    @Test
    void signOutWithoutTheCsrfTokenIsRefused() {
        Browser browser = Browser.newStudent("Sign out CSRF");
        browser.get("/progress");
        Response out = browser.postRaw("/signout", Map.of());
        assertTrue(out.statusCode() >= 400 && out.statusCode() < 500, "4xx: " + out.statusCode());
        assertNull(Browser.setCookieHeader(out, Browser.SESSION_COOKIE), "the session stays");
        assertEquals(200, browser.get("/api/v1/me/progress").statusCode());
    }
}
