package org.agora.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Signing up with a common password, or the username as the password, is refused on the password field. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class PasswordRulesTest {

    @Test
    void theApiRefusesACommonPasswordOnItsField() {
        String code = Api.newClass("Common password API");
        String username = "common" + System.nanoTime() % 1_000_000;
        JsonPath p = Problems.assertProblem(signUp(code, username, "Password123"), 400);
        assertEquals(Set.of("password"), p.getMap("errors").keySet());
        assertTrue(p.getString("errors.password").contains("most common passwords"), p.getString("errors.password"));

        JsonPath same = Problems.assertProblem(signUp(code, username, username.toUpperCase()), 400);
        assertTrue(same.getString("errors.password").startsWith("Your password must not be your username."));

        assertEquals(201, signUp(code, username, "tulip-harbour-violin").statusCode(), "nothing was stored before");
    }

    @Test
    void theFormShowsTheMessageAtThePassword() {
        String code = Api.newClass("Common password form");
        Browser browser = Browser.anonymous();
        browser.get("/signup");
        Response r = browser.post("/signup", Map.of("classCode", code, "username", "common" + System.nanoTime() % 1_000_000,
                "password", "iloveyou", "displayName", "Common"));
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"password-error\">This is one of the most common passwords"), html);
        assertFalse(html.contains("value=\"iloveyou\""), "the password is never echoed");
    }

    private static Response signUp(String code, String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("classCode", code, "username", username, "password", password, "displayName", "Common"))
                .post("/api/v1/signup");
    }
}
