package org.agora.classroom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.agora.support.Api;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Sign-up with a join code and class creation through {@code /api/v1} (http-api.md, "Authentication and roles"). */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class AccountsApiTest {

    private static final String CODE = "[A-Z0-9]{4}-[0-9]{4}";

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 10_000_000;
    }

    private static Map<String, Object> signup(String code, String username, String password, String displayName) {
        Map<String, Object> body = new HashMap<>();
        body.put("classCode", code);
        body.put("username", username);
        body.put("password", password);
        body.put("displayName", displayName);
        return body;
    }

    private static Response postSignup(Object body) {
        return given().contentType(ContentType.JSON).body(body).redirects().follow(false).post("/api/v1/signup");
    }

    @Test
    void signupCreatesAStudentInTheClass() {
        String code = Api.newClass("Signup 201");
        String username = unique("ana");
        postSignup(signup(code, username, "good-password", "Ana Lima")).then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("username", equalTo(username))
                .body("displayName", equalTo("Ana Lima"))
                .body("role", equalTo("student"))
                .body("classCode", equalTo(code))
                .body("password", equalTo(null));
        // The account works at once, with the role it was given.
        Api.as(username, "good-password").get("/api/v1/me/progress").then().statusCode(200);
        Api.as(username, "good-password").contentType(ContentType.JSON).body(Map.of("name", "Nope"))
                .post("/api/v1/classes").then().statusCode(403);
        // And the student is a member of the class.
        String classPage = Api.admin().get("/instructor/classes/" + code).then().statusCode(200).extract().asString();
        assertTrue(classPage.contains("\">Ana Lima</a></td><td>" + username + "</td>"), "listed as a member");
    }

    @Test
    void signupAcceptsTheJoinCodeAsPeopleTypeIt() {
        String code = Api.newClass("Typed code");
        String typed = " " + code.replace("-", " ").toLowerCase() + " ";
        postSignup(signup(typed, unique("typed"), "good-password", "Typist")).then().statusCode(201)
                .body("classCode", equalTo(code));
    }

    @Test
    void unknownClassCodeIs404() {
        String username = unique("lost");
        JsonPath p = Problems.assertProblem(postSignup(signup("ZZZZ-0000", username, "good-password", "Lost")), 404);
        assertTrue(p.getString("detail").contains("ZZZZ-0000"), p.getString("detail"));
        // Nothing was created: the same username is still free.
        postSignup(signup(Api.newClass("Free name"), username, "good-password", "Found")).then().statusCode(201);
    }

    @Test
    void takenUsernameIs409CaseInsensitively() {
        String code = Api.newClass("Taken");
        String name = unique("kim");
        postSignup(signup(code, name, "good-password", "Kim One")).then().statusCode(201);
        Problems.assertProblem(postSignup(signup(code, name, "other-password", "Kim Two")), 409);
        String capitalised = "K" + name.substring(1);
        Problems.assertProblem(postSignup(signup(code, capitalised, "other-password", "Kim Three")), 409);
        Problems.assertProblem(postSignup(signup(code, name.toUpperCase(), "other-password", "Kim Four")), 409);
        // The first account keeps its password.
        Api.as(name, "good-password").get("/api/v1/me/progress").then().statusCode(200);
        Api.as(name, "other-password").get("/api/v1/me/progress").then().statusCode(401);
    }

    @Test
    void usernamesAreStoredInLowerCaseAndSignInIgnoresCase() {
        String code = Api.newClass("Upper");
        String name = unique("Lee");
        postSignup(signup(code, name, "good-password", "Lee")).then().statusCode(201)
                .body("username", equalTo(name.toLowerCase()));
        Problems.assertProblem(postSignup(signup(code, name.toLowerCase(), "good-password", "Lee again")), 409);
        Api.as(name.toLowerCase(), "good-password").get("/api/v1/me/progress").then().statusCode(200);
    }

    @Test
    void weakOrMissingFieldsAre400WithOneMessagePerField() {
        String code = Api.newClass("Weak");
        JsonPath weak = Problems.assertProblem(postSignup(signup(code, unique("weak"), "short", "Weak")), 400);
        assertEquals(Set.of("password"), weak.getMap("errors").keySet());

        JsonPath bad = Problems.assertProblem(postSignup(signup(code, "no spaces!", "good-password", "Bad")), 400);
        assertEquals(Set.of("username"), bad.getMap("errors").keySet());

        JsonPath tiny = Problems.assertProblem(postSignup(signup(code, "ab", "good-password", "Tiny")), 400);
        assertEquals(Set.of("username"), tiny.getMap("errors").keySet());

        JsonPath blank = Problems.assertProblem(postSignup(signup(code, unique("blank"), "good-password", "   ")), 400);
        assertEquals(Set.of("displayName"), blank.getMap("errors").keySet());

        JsonPath none = Problems.assertProblem(postSignup(Map.of()), 400);
        assertEquals(Set.of("classCode", "username", "password", "displayName"), none.getMap("errors").keySet());
        none.getMap("errors").values().forEach(v -> assertTrue(v instanceof String && !((String) v).isBlank(), "message"));

        JsonPath longPassword = Problems.assertProblem(postSignup(signup(code, unique("long"), "x".repeat(129), "Long")), 400);
        assertEquals(Set.of("password"), longPassword.getMap("errors").keySet());
    }

    @Test
    void fieldsAreCheckedBeforeTheCode() {
        // A wrong code with weak fields: the fields come first, as the form would show them.
        JsonPath p = Problems.assertProblem(postSignup(signup("ZZZZ-0000", unique("early"), "short", "Early")), 400);
        assertEquals(Set.of("password"), p.getMap("errors").keySet());
    }

    @Test
    void emptyBodyIs400() {
        Problems.assertProblem(given().contentType(ContentType.JSON).body("").post("/api/v1/signup"), 400);
        Problems.assertProblem(given().contentType(ContentType.JSON).body("null").post("/api/v1/signup"), 400);
    }

    @Test
    void instructorCreatesAClassWithAJoinCode() {
        Response r = Api.admin().contentType(ContentType.JSON).body(Map.of("name", "  Seminar A  ")).post("/api/v1/classes");
        r.then().statusCode(201).contentType(ContentType.JSON)
                .body("code", matchesPattern(CODE))
                .body("name", equalTo("Seminar A"))
                .body("privacy", equalTo("nickname")) // private by default: nicknames, each student their own row
                .body("studentBoard", equalTo("own"));
        String code = r.path("code");
        assertTrue(r.header("Location").endsWith("/api/v1/classes/" + code), r.header("Location"));
        // Two classes never share a code.
        String other = Api.newClass("Seminar B");
        assertTrue(!other.equals(code));
    }

    @Test
    void classNeedsAName() {
        JsonPath p = Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/api/v1/classes"), 400);
        assertEquals(Set.of("name"), p.getMap("errors").keySet());
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body(Map.of("name", "n".repeat(101)))
                .post("/api/v1/classes"), 400);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body("{}").post("/api/v1/classes"), 400);
    }

    @Test
    void studentMayNotCreateAClass() {
        String student = Api.newStudent(Api.newClass("No classes for students"));
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .post("/api/v1/classes"), 403);
    }

    @Test
    void anonymousGets401ProblemNeverARedirect() {
        Response r = given().redirects().follow(false).contentType(ContentType.JSON).body(Map.of("name", "Anon"))
                .post("/api/v1/classes");
        Problems.assertProblem(r, 401);
        assertNull(r.header("Location"), "no redirect to the sign-in page");
        String challenge = r.header("WWW-Authenticate");
        assertTrue(challenge != null && challenge.startsWith("Basic"), "Basic challenge: " + challenge);

        Response progress = given().redirects().follow(false).get("/api/v1/me/progress");
        Problems.assertProblem(progress, 401);
        assertNull(progress.header("Location"));
    }

    @Test
    void wrongBasicPasswordIs401() {
        Response r = Api.as(Api.ADMIN, "wrong-password").redirects().follow(false).contentType(ContentType.JSON)
                .body(Map.of("name", "Wrong")).post("/api/v1/classes");
        Problems.assertProblem(r, 401);
        assertNull(r.header("Location"));
        Problems.assertProblem(Api.as("nobody-" + System.nanoTime(), "whatever-pass").redirects().follow(false)
                .get("/api/v1/me/progress"), 401);
    }

    @Test
    void contentListingsArePublic() {
        given().get("/api/v1/lessons").then().statusCode(200);
        given().get("/api/v1/quizzes").then().statusCode(200);
        given().get("/api/v1/lessons/basics").then().statusCode(200);
    }
}
