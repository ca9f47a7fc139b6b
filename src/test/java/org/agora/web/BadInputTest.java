package org.agora.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Html;
import org.agora.support.Problems;
import org.agora.support.RawHttp;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a client sends, the API answers with a problem (4xx), never a stack trace or a 500. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BadInputTest {

    private static Response signup(String contentType, String body) {
        return given().contentType(contentType).body(body).redirects().follow(false).post("/api/v1/signup");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{", "{\"classCode\": ", "{\"username\": \"a\",}", "not json", "{\"a\":1}}",
            "{\"username\": 'single quotes'}", "\u0000" })
    void malformedJsonIs400(String body) {
        Problems.assertProblem(signup("application/json", body), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[]", "[1, 2]", "\"a string\"", "42", "true",
            "{\"classCode\": [\"X\"], \"username\": \"abc\", \"password\": \"good-password\", \"displayName\": \"A\"}",
            "{\"classCode\": {\"a\": 1}, \"username\": \"abc\", \"password\": \"good-password\", \"displayName\": \"A\"}",
            "{\"username\": {\"nested\": true}}" })
    void wrongJsonTypesAre400(String body) {
        Problems.assertProblem(signup("application/json", body), 400);
    }

    @Test
    void wrongTypesForClassesAre400() {
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body("{\"name\": [\"a\"]}").post("/api/v1/classes"), 400);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body("{\"name\": {}}").post("/api/v1/classes"), 400);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body("[]").post("/api/v1/classes"), 400);
    }

    @Test
    void wrongAnswerShapesAre400() {
        String student = Api.newStudent(Api.newClass("Bad answers"));
        String attempt = Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts").then().statusCode(201)
                .extract().path("attempt");
        String url = "/api/v1/attempts/" + attempt + "/answers/annan";
        for (String body : new String[] { "{\"choices\": \"not-a-list\"}", "{\"choices\": [{\"a\": 1}]}",
                "{\"pairs\": [1, 2]}", "{\"text\": {\"a\": 1}}", "{", "[]" }) {
            Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).body(body).put(url), 400);
        }
    }

    private static void assertRawProblem(RawHttp.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        String type = reply.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/problem+json"), "Content-Type " + type);
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(reply.body());
        assertEquals(status, json.getInt("status"));
        assertTrue(!json.getString("title").isBlank() && !json.getString("detail").isBlank(), reply.body());
        Html.assertNoStackTrace(reply.body(), "problem");
    }

    @Test
    void largeButAllowedBodiesAreValidatedAsUsual() {
        String name = "x".repeat(200 * 1024);
        Response r = Api.admin().contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/v1/classes");
        assertTrue(Problems.assertProblem(r, 400).getMap("errors").containsKey("name"));
    }

    @Test
    void aTwoMegabyteBodyIsA413ProblemWithoutBeingRead() throws Exception {
        RawHttp.Reply reply = RawHttp.send("POST", "/api/v1/signup", Map.of("Content-Type", "application/json"),
                2L * 1024 * 1024, "{\"username\": \"", 64 * 1024);
        assertRawProblem(reply, 413);
        RawHttp.Reply classes = RawHttp.send("POST", "/api/v1/classes", Map.of("Content-Type", "application/json",
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-pass-1".getBytes())),
                2L * 1024 * 1024, "{\"name\": \"", 64 * 1024);
        assertRawProblem(classes, 413);
    }

    @Test
    void aHugeDeclaredBodyIsA413ProblemAtOnce() throws Exception {
        RawHttp.Reply reply = RawHttp.send("POST", "/api/v1/signup", Map.of("Content-Type", "application/json"),
                12L * 1024 * 1024 * 1024, "{", 0);
        assertRawProblem(reply, 413);
    }

    @Test
    void bodylessPostsLabelledAsFormsGetAProblem() {
        // RestAssured, like `curl -d ''`, labels a body-less POST as a form; the CSRF filter refuses forms without a token.
        String student = Api.newStudent(Api.newClass("Form label"));
        Response r = Api.student(student).contentType(ContentType.URLENC).post("/api/v1/lessons/basics/complete");
        Problems.assertProblem(r, r.statusCode());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "4xx, got " + r.statusCode());
        // Without a body label, or as JSON, the same call works.
        Api.student(student).contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(204);
    }

    @Test
    void unknownIdsAre404Problems() {
        String student = Api.newStudent(Api.newClass("Unknown ids"));
        Problems.assertProblem(given().get("/api/v1/lessons/nope"), 404);
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/nope/attempts"), 404);
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/broken/attempts"), 404);
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).post("/api/v1/lessons/nope/complete"), 404);
        Problems.assertProblem(Api.student(student).get("/api/v1/attempts/no-such-attempt"), 404);
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).post("/api/v1/attempts/no-such-attempt/submit"), 404);
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).body("{\"text\": \"1\"}")
                .put("/api/v1/attempts/no-such-attempt/answers/q"), 404);
        Problems.assertProblem(Api.admin().get("/api/v1/classes/ZZZZ-0000/scoreboard"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/nope", "/api/v1/lessons/basics/extra", "/api/v1/", "/api/v2/lessons", "/api/nope" })
    void unknownRoutesUnderTheApiAre404Problems(String path) {
        Problems.assertProblem(given().redirects().follow(false).get(path), 404);
    }

    @Test
    void wrongMethodIs405Problem() {
        Problems.assertProblem(given().delete("/api/v1/lessons"), 405);
        Problems.assertProblem(given().contentType(ContentType.JSON).body("{}").post("/api/v1/lessons"), 405);
        Problems.assertProblem(given().get("/api/v1/signup"), 405);
    }

    @Test
    void nonJsonBodiesToJsonEndpointsAre415() {
        Problems.assertProblem(signup("text/plain", "{\"username\": \"abc\"}"), 415);
        Problems.assertProblem(signup("application/x-www-form-urlencoded", "username=abc&password=good-password"), 415);
        Problems.assertProblem(signup("application/xml", "<signup/>"), 415);
        Problems.assertProblem(Api.admin().contentType(ContentType.TEXT).body("{\"name\": \"x\"}").post("/api/v1/classes"), 415);
        Problems.assertProblem(Api.admin().contentType(ContentType.URLENC).formParam("name", "x").post("/api/v1/classes"), 415);
        String student = Api.newStudent(Api.newClass("415"));
        String attempt = Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts").then().statusCode(201)
                .extract().path("attempt");
        Problems.assertProblem(Api.student(student).contentType(ContentType.TEXT).body("{\"text\": \"1\"}")
                .put("/api/v1/attempts/" + attempt + "/answers/year"), 415);
    }

    @Test
    void errorsKeepTheirProblemShapeWhateverTheClientAccepts() {
        // An API client that asks for HTML still gets a problem (404, or 406 for the Accept header).
        Response r = given().accept("text/html").get("/api/v1/lessons/nope");
        Problems.assertProblem(r, r.statusCode() == 406 ? 406 : 404);
        Response xml = given().accept("application/xml").get("/api/v1/nope");
        assertEquals(404, xml.statusCode());
        Html.assertNoStackTrace(xml.asString(), "404 for an xml client");
    }

    /** PostgreSQL refuses U+0000 in text, H2 stores it: either way it is refused first, the same on both. */
    @Test
    void aNulCharacterAnywhereIs400AndNothingIsStored() {
        String code = Api.newClass("No NUL");
        String escaped = "{\"classCode\": \"" + code + "\", \"username\": \"nul\\u0000name\", \"password\": "
                + "\"good-password-1\", \"displayName\": \"A\"}";
        assertTrue(Problems.assertProblem(signup("application/json", escaped), 400).getString("detail").contains("NUL"));
        Problems.assertProblem(signup("application/json", escaped.replace("\\u0000", "\u0000")), 400);
        Response form = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("classCode=" + code + "&username=nul%00form&password=good-password-1&displayName=A").post("/signup");
        assertEquals(400, form.statusCode(), form.asString());
        assertTrue(form.asString().contains("NUL"), "refused for the NUL, not for something else: " + form.asString());
        Problems.assertProblem(given().urlEncodingEnabled(false).get("/api/v1/lessons/a%00b"), 400);
        JsonPath members = Api.admin().get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200).extract().jsonPath();
        assertEquals(0, members.getList("rows").size(), "no account was made");

        // An escaped backslash before "u0000" is text, not a NUL: it is saved as written.
        String student = Api.newStudent(code);
        String attempt = Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts")
                .then().statusCode(201).extract().path("attempt");
        Api.student(student).contentType(ContentType.JSON).body("{\"text\": \"Rodong \\\\u0000\"}")
                .put("/api/v1/attempts/" + attempt + "/answers/paper").then().statusCode(204);
        assertEquals("Rodong \\u0000", Api.student(student).get("/api/v1/attempts/" + attempt).then().statusCode(200)
                .extract().path("answers.paper.text"));
    }

    @Test
    void badPathParametersOnPagesAreNot500() {
        Response r = Api.admin().redirects().follow(false).get("/instructor/classes/%00%ff");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "got " + r.statusCode());
        Html.assertNoStackTrace(r.asString(), "page");
        Response nonNumeric = Api.admin().redirects().follow(false)
                .post("/instructor/classes/ZZZZ-0000/members/not-a-number/reset-password");
        assertTrue(nonNumeric.statusCode() >= 400 && nonNumeric.statusCode() < 500, "got " + nonNumeric.statusCode());
        Html.assertNoStackTrace(nonNumeric.asString(), "page");
    }
}
