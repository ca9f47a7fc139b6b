package org.agora.classroom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Sign-up signs the student in at once, welcomes them and leads to the first lesson. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SignupFlowTest {

    @Test
    void signUpGivesASessionAndAWelcomeOnTheFirstLesson() {
        String name = "Welcome class " + System.nanoTime();
        String code = Api.newClass(name);
        String username = "welcome" + System.nanoTime() % 1_000_000;
        Browser b = Browser.anonymous();
        b.get("/signup");
        Response r = b.post("/signup", Map.of("classCode", code, "username", username, "password", Api.PASSWORD,
                "displayName", "Min-ji Park"));
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").endsWith("/lessons/basics"), r.header("Location"));
        String session = Browser.setCookieHeader(r, Browser.SESSION_COOKIE);
        assertNotNull(session, "the same session cookie as the sign-in form gives");
        assertTrue(session.toLowerCase().contains("httponly") && session.toLowerCase().contains("samesite=lax"), session);

        Response lesson = b.get("/lessons/basics");
        assertEquals(200, lesson.statusCode());
        String html = lesson.asString();
        assertTrue(html.contains("Sign out (" + username + ")"), "signed in");
        assertTrue(html.contains("<p class=\"alert flash\" role=\"status\">Welcome, Min-ji Park! You are in " + name
                + ". Start here, with the first lesson.</p>"), html);
        assertEquals(200, b.get("/api/v1/me/progress").statusCode(), "the session works for the API too");
        assertFalse(b.get("/lessons/basics").asString().contains("Welcome, Min-ji Park"), "the welcome is said once");

        // Signing out ends this session like any other.
        b.get("/progress");
        assertEquals(303, b.post("/signout", Map.of()).statusCode());
        assertEquals(401, b.get("/api/v1/me/progress").statusCode());
    }

    @Test
    void theExampleJoinCodeIsNotARealOne() {
        String page = given().get("/signup").asString();
        assertTrue(page.contains("<code>ABCD-1234</code>"), "an obviously made-up example");
        assertFalse(page.contains("KQ7M-4821"), "not the demo class's code");
    }
}
