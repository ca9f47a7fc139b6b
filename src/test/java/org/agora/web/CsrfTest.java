package org.agora.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.RawHttp;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * Every HTML form carries a CSRF token (double-submit cookie {@code agora-csrf}); a form post without
 * it, with a wrong one, or dressed up in another content type changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class CsrfTest {

    private static void assertRefused(Response r, String what) {
        int s = r.statusCode();
        assertTrue(s >= 400 && s < 500, what + ": expected a 4xx, got " + s + " " + r.asString());
    }

    private static boolean completed(String student, String lesson) {
        List<Map<String, Object>> lessons = Api.student(student).get("/api/v1/me/progress").then().statusCode(200)
                .extract().path("lessons");
        return lessons.stream().anyMatch(l -> l.get("id").equals(lesson) && Boolean.TRUE.equals(l.get("completed")));
    }

    private static void assertEveryPostFormHasAToken(Browser browser, String path) {
        Response r = browser.get(path);
        assertEquals(200, r.statusCode(), path);
        List<Html.Form> forms = Html.forms(r.asString());
        assertFalse(forms.isEmpty(), path + " has forms");
        for (Html.Form f : forms) {
            if (!f.post() || f.action().equals("/j_security_check")) {
                continue;
            }
            assertTrue(Html.hasCsrfInput(f.body()), path + ": form to " + f.action() + " lacks the CSRF field");
        }
        String setCookie = Browser.setCookieHeader(r, Browser.CSRF_COOKIE);
        if (setCookie != null) {
            assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        }
        assertNotNull(browser.cookie(Browser.CSRF_COOKIE), path + ": the CSRF cookie is set");
        assertEquals(browser.cookie(Browser.CSRF_COOKIE), browser.csrfToken(), "double-submit: field equals cookie");
    }

    @Test
    void everyFormPageCarriesTheToken() {
        String code = Api.newClass("Forms");
        String student = Api.newStudent(code);
        Browser anonymous = Browser.anonymous();
        assertEveryPostFormHasAToken(anonymous, "/signup");

        Browser learner = Browser.signedIn(student, Api.PASSWORD);
        for (String path : List.of("/classes", "/lessons/basics", "/quizzes/all-types", "/progress", "/")) {
            assertEveryPostFormHasAToken(learner, path);
        }
        assertTrue(Html.forms(learner.get("/lessons/basics").asString()).stream()
                .anyMatch(f -> f.action().equals("/lessons/basics/complete")), "mark-as-read form present");

        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        for (String path : List.of("/instructor", "/instructor/classes/" + code, "/instructor/content")) {
            assertEveryPostFormHasAToken(admin, path);
        }
        String reset = Html.find(admin.get("/instructor/classes/" + code).asString(),
                "href=\"(/instructor/classes/" + code + "/members/\\d+/reset-password)\"");
        assertEveryPostFormHasAToken(admin, reset);
        assertTrue(Html.forms(admin.get(reset).asString()).stream()
                .anyMatch(f -> f.action().endsWith("/reset-password")), "reset form present");
    }

    @Test
    void signupFormWithoutTokenStoresNothing() {
        String code = Api.newClass("CSRF signup");
        String username = "csrf" + System.nanoTime() % 1_000_000;
        Map<String, String> form = Map.of("classCode", code, "username", username, "password", "good-password",
                "displayName", "Csrf Test");
        Browser browser = Browser.anonymous();
        browser.get("/signup");

        assertRefused(browser.postRaw("/signup", form), "no token");
        Map<String, String> wrong = new java.util.HashMap<>(form);
        wrong.put(browser.csrfField(), "A".repeat(browser.csrfToken().length()));
        assertRefused(browser.postRaw("/signup", wrong), "wrong token");
        Browser noCookie = Browser.anonymous();
        Map<String, String> tokenOnly = new java.util.HashMap<>(form);
        tokenOnly.put(browser.csrfField(), browser.csrfToken());
        assertRefused(noCookie.postRaw("/signup", tokenOnly), "token without its cookie");
        Api.as(username, "good-password").get("/api/v1/me/progress").then().statusCode(401);

        Response ok = browser.post("/signup", form);
        assertEquals(303, ok.statusCode(), ok.asString());
        assertTrue(ok.header("Location").endsWith("/lessons/basics"), ok.header("Location"));
        Api.as(username, "good-password").get("/api/v1/me/progress").then().statusCode(200);
    }

    @Test
    void signupFormShowsErrorsAgainWithAFreshToken() {
        Browser browser = Browser.anonymous();
        browser.get("/signup");
        Response r = browser.post("/signup", Map.of("classCode", "ZZZZ-0000", "username", "x", "password", "short",
                "displayName", "X"));
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("id=\"username-error\""));
        assertTrue(html.contains("id=\"password-error\""));
        assertFalse(html.contains("value=\"short\""), "the password is never echoed");
        assertTrue(Html.hasCsrfInput(html), "the form shown again can be posted again");
    }

    @Test
    void classFormWithoutTokenCreatesNothing() {
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        admin.get("/instructor");
        String name = "CSRF class " + System.nanoTime();
        assertRefused(admin.postRaw("/instructor/classes", Map.of("name", name)), "no token");
        assertFalse(admin.get("/instructor").asString().contains(name), "no class created");
        assertEquals(303, admin.post("/instructor/classes", Map.of("name", name)).statusCode());
        assertTrue(admin.get("/instructor").asString().contains(name));
    }

    @Test
    void basicAuthDoesNotExemptFormsFromTheToken() {
        Browser admin = Browser.basic(Api.ADMIN, Api.ADMIN_PASSWORD);
        admin.get("/instructor");
        String name = "CSRF basic " + System.nanoTime();
        assertRefused(admin.postRaw("/instructor/classes", Map.of("name", name)), "no token");
        assertFalse(admin.get("/instructor").asString().contains(name));
    }

    @Test
    void markAsReadNeedsTheToken() {
        String student = Api.newStudent(Api.newClass("CSRF lesson"));
        Browser browser = Browser.signedIn(student, Api.PASSWORD);
        browser.get("/lessons/basics");
        assertRefused(browser.postRaw("/lessons/basics/complete", Map.of()), "no token");
        assertFalse(completed(student, "basics"));

        Response ok = browser.post("/lessons/basics/complete", Map.of());
        assertEquals(303, ok.statusCode(), ok.asString());
        assertTrue(completed(student, "basics"));
        assertTrue(browser.get("/lessons/basics").asString().contains("You marked this lesson as read."));
    }

    /**
     * A cross-site form may use {@code enctype="text/plain"}; the CSRF filter only reads tokens from
     * form bodies, so a page endpoint must not accept other content types at all.
     */
    @Test
    void pageActionsRefuseNonFormBodies() {
        String code = Api.newClass("CSRF plain");
        String student = Api.newStudent(code);
        Browser browser = Browser.signedIn(student, Api.PASSWORD);
        browser.get("/lessons/basics");
        Response plain = browser.request().contentType(ContentType.TEXT).body("x=y").post("/lessons/basics/complete");
        assertRefused(plain, "text/plain mark-as-read");
        assertFalse(completed(student, "basics"), "nothing stored");

        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String page = admin.get("/instructor/classes/" + code).asString();
        String reset = Html.find(page, "href=\"(/instructor/classes/" + code + "/members/\\d+/reset-password)\"");
        assertRefused(admin.request().contentType(ContentType.TEXT).body("x=y").post(reset), "text/plain reset");
        Api.student(student).get("/api/v1/me/progress").then().statusCode(200);

        Response signout = browser.request().contentType(ContentType.TEXT).body("x=y").post("/signout");
        assertRefused(signout, "text/plain sign-out");
        assertEquals(200, browser.get("/api/v1/me/progress").statusCode(), "still signed in");

        Response start = browser.request().contentType(ContentType.TEXT).body("x=y").post("/quizzes/limited/start");
        assertRefused(start, "text/plain quiz start");
        Api.student(student).get("/api/v1/me/progress").then()
                .body("quizzes.find { it.id == 'limited' }.attemptsUsed", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void pageActionsRefusePostsWithoutAContentType() throws Exception {
        String student = Api.newStudent(Api.newClass("CSRF no type"));
        Browser browser = Browser.signedIn(student, Api.PASSWORD);
        RawHttp.Reply reply = RawHttp.send("POST", "/lessons/more/complete",
                Map.of("Cookie", Browser.SESSION_COOKIE + "=" + browser.cookie(Browser.SESSION_COOKIE)), 0, "", 0);
        assertTrue(reply.status() >= 400 && reply.status() < 500, "4xx, got " + reply.status());
        assertFalse(completed(student, "more"), "nothing stored");
        Html.assertNoStackTrace(reply.body(), "refusal page");
    }

    @Test
    void jsonApiNeedsNoTokenButOnlyTakesJson() {
        // Scripts use the API with Basic credentials and JSON; no CSRF token is involved.
        Api.admin().contentType(ContentType.JSON).body(Map.of("name", "API class")).post("/api/v1/classes").then()
                .statusCode(201);
        // A form-encoded post, which a cross-site form could send, is refused.
        Response form = Api.admin().contentType(ContentType.URLENC).formParam("name", "Forged").post("/api/v1/classes");
        assertRefused(form, "form-encoded to the API");
    }
}
