package org.agora.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Every answer carries the browser-side rules; signed-in answers are never cached. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SecurityHeadersTest {

    private static void assertPolicy(Response r, String what) {
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), what + ": " + csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals("same-origin", r.header("Referrer-Policy"), what);
    }

    @Test
    void everyKindOfAnswerCarriesThePolicy() {
        assertPolicy(given().get("/"), "home page");
        assertPolicy(given().get("/css/agora.css"), "static file");
        assertPolicy(given().get("/api/v1/lessons"), "API");
        assertPolicy(given().get("/no-such-page"), "404 page");
        assertPolicy(given().redirects().follow(false).get("/progress"), "redirect to sign-in");
        String code = Api.newClass("Headers");
        Browser instructor = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertPolicy(instructor.get("/classes/" + code + "/projector"), "the projector cannot be framed either");
    }

    @Test
    void signedInAnswersAreNotStored() {
        String code = Api.newClass("No store");
        Browser learner = Browser.signedIn(Api.newStudent(code), Api.PASSWORD);
        for (String path : List.of("/progress", "/lessons/basics", "/quizzes/all-types", "/api/v1/me/progress")) {
            assertEquals("no-store", learner.get(path).header("Cache-Control"), path);
        }
        assertNotEquals("no-store", learner.get("/css/agora.css").header("Cache-Control"), "the app's own files stay cacheable");
    }

    @Test
    void noPageUsesAnInlineScriptOrStyle() {
        Browser learner = Browser.newStudent("Inline");
        for (String path : List.of("/", "/progress", "/lessons/basics", "/quizzes/all-types", "/classes", "/source")) {
            String html = learner.get(path).asString();
            assertTrue(!html.contains(" style=") && !html.contains("<style") && !Html.hasInlineScript(html), path);
        }
    }
}
