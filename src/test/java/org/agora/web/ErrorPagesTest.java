package org.agora.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.Problems;
import org.agora.support.RawHttp;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Every error page keeps the layout, says what happened in plain words, and offers the way back. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ErrorPagesTest {

    @Test
    void anUnknownAddressIsAPlainNotFoundPage() {
        Response r = given().get("/no-such-page");
        assertEquals(404, r.statusCode());
        String html = r.asString();
        assertPage(html, "Page not found", "There is nothing at this address.");
        assertFalse(html.contains("Unable to find matching target resource method"), html);
        assertTrue(html.contains("<a class=\"button secondary\" href=\"/signin\">Sign in</a>"), "signed out: a way to sign in");

        String lesson = given().get("/lessons/nope").asString();
        assertPage(lesson, "Page not found", "No lesson");
    }

    @Test
    void forbiddenKeepsTheNavigationAndFooter() {
        Browser b = Browser.newStudent("Forbidden class");
        Response r = b.get("/instructor");
        assertEquals(403, r.statusCode());
        String html = r.asString();
        assertPage(html, "Not allowed", "Your account may not open this page");
        assertFalse(html.contains(">Sign in<"), "a signed-in browser is not asked to sign in");
    }

    @Test
    void aWrongMethodSaysSoPlainly() {
        Response r = given().get("/signout");
        assertEquals(405, r.statusCode());
        String html = r.asString();
        assertPage(html, "That does not work here", "This address cannot be used that way");
        assertFalse(html.contains("HTTP 405"), html);
    }

    @Test
    void aMalformedAddressIsAPageToo() throws Exception {
        // An escape that decodes to nothing a path may hold: the router refuses it.
        RawHttp.Reply reply = RawHttp.send("GET", "/lessons/%00", Map.of(), -1, "", 0);
        assertEquals(400, reply.status());
        assertTrue(reply.headers().getOrDefault("content-type", "").startsWith("text/html"), reply.headers().toString());
        assertPage(reply.body(), "That request could not be read", "NUL character");

        // Escapes that are not UTF-8 make a well-formed address that names nothing: the layout's page, a problem.
        RawHttp.Reply notUtf8 = RawHttp.send("GET", "/lessons/%E0%A4", Map.of(), -1, "", 0);
        assertEquals(404, notUtf8.status());
        assertTrue(notUtf8.headers().getOrDefault("content-type", "").startsWith("text/html"), notUtf8.headers().toString());
        assertPage(notUtf8.body(), "Page not found", "No lesson");
        RawHttp.Reply api = RawHttp.send("GET", "/api/v1/lessons/%E0%A4", Map.of(), -1, "", 0);
        assertEquals(404, api.status());
        assertTrue(api.headers().getOrDefault("content-type", "").startsWith("application/problem+json"), api.headers().toString());
        assertTrue(api.body().contains("\"status\":404"), api.body());
    }

    @Test
    void aTargetTheProxyCouldNotDecodeIsAnsweredLikeAnyBadRequest() {
        // deploy/nginx.conf sends its own 400s (/lessons/%zz) here, with the original request line.
        assertPage(given().header("X-Original-Request", "GET /lessons/%zz HTTP/1.1").get("/errors/bad-address").asString(),
                "That request could not be read", "its address, a header or its body is malformed");
        Response page = given().header("X-Original-Request", "POST /quizzes/%E0%A4%A HTTP/1.1").get("/errors/bad-address");
        assertEquals(400, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        Problems.assertProblem(given().header("X-Original-Request", "GET /api/v1/lessons/%zz HTTP/1.1")
                .get("/errors/bad-address"), 400);
    }

    @Test
    void apiPathsKeepProblemJson() {
        Problems.assertProblem(given().get("/api/v1/no-such-thing"), 404);
        Problems.assertProblem(Api.student(Api.newStudent(Api.newClass("API 403"))).contentType("application/json")
                .body(Map.of("name", "Not mine")).post("/api/v1/classes"), 403);
    }

    private static void assertPage(String html, String heading, String detail) {
        Html.assertAccessibleShell(html, heading);
        assertTrue(html.contains("<h1>" + heading + "</h1>"), heading + ": " + html);
        assertTrue(html.contains(detail), detail + ": " + html);
        assertTrue(html.contains("aria-label=\"Main\">") && html.contains("<a href=\"/source\">Source guide</a>"), "navigation");
        assertTrue(html.contains("<footer class=\"site-footer\">"), "footer");
        assertTrue(html.contains("href=\"/\">Back to the lessons</a>"), "the way back");
    }
}
