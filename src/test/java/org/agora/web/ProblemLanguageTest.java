package org.agora.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;
import org.agora.support.Api;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The API's problems follow the request's language: English without a word, Korean for
 * {@code Accept-Language: ko} or the switcher's {@code agora-lang=ko} cookie (which wins over the
 * header). Status, field names and shape stay the same; only {@code title}, {@code detail} and
 * the fields' messages change. (The 429 of a throttled sign-in: SignInThrottleTest.)
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ProblemLanguageTest {

    @Test
    void notFound() {
        Languages p = ask(spec -> spec.get("/api/v1/lessons/nope"), 404);
        p.en("Not Found", "No lesson with id 'nope'");
        p.ko("찾을 수 없음", "ID가 'nope'인 수업이 없습니다");
        Languages routed = ask(spec -> spec.get("/api/v1/no-such-thing"), 404);
        routed.ko("찾을 수 없음", "이 주소에는 아무것도 없습니다. 오래된 링크이거나 주소를 잘못 입력했을 수 있습니다.");
    }

    @Test
    void validationNamesTheFieldInEitherLanguage() {
        Function<RequestSpecification, io.restassured.response.Response> signup = spec -> spec.contentType(ContentType.JSON)
                .body(Map.of("classCode", "", "username", "ab", "password", "long-enough-pass", "displayName", "Ana"))
                .post("/api/v1/signup");
        Languages p = ask(signup, 400);
        p.en("Bad Request", "Some fields need attention");
        assertEquals("Use 3 to 32 characters", p.english.getString("errors.username"));
        assertEquals("Enter the join code your instructor gave you", p.english.getString("errors.classCode"));
        p.ko("잘못된 요청", "고쳐야 할 항목이 있습니다");
        for (JsonPath ko : p.korean()) {
            assertEquals("3~32자로 입력하세요", ko.getString("errors.username"));
            assertEquals("담당 교사에게 받은 참여 코드를 입력하세요", ko.getString("errors.classCode"));
            assertEquals(p.english.getMap("errors").keySet(), ko.getMap("errors").keySet(), "the same fields");
        }
    }

    @Test
    void aRuleOfOneFieldIsTheDetailToo() {
        String code = Api.newClass("Problem language: password");
        Languages p = ask(spec -> spec.contentType(ContentType.JSON).body(Map.of("classCode", code, "username", "lang-pw-"
                + System.nanoTime() % 100000, "password", "password", "displayName", "Ana")).post("/api/v1/signup"), 400);
        p.en("Bad Request", "This is one of the most common passwords, which are the first that anyone guessing tries. "
                + "Try three or four words that have nothing to do with each other.");
        for (JsonPath ko : p.korean()) {
            assertTrue(ko.getString("errors.password").startsWith("가장 흔히 쓰이는 비밀번호"), ko.prettify());
            assertEquals(ko.getString("errors.password"), ko.getString("detail"));
        }
    }

    @Test
    void signInNeeded() {
        Languages p = ask(spec -> spec.get("/api/v1/me/progress"), 401);
        p.en("Unauthorized", "Sign in first (session cookie or HTTP Basic).");
        p.ko("로그인 필요", "먼저 로그인해 주세요(세션 쿠키 또는 HTTP Basic 인증).");
    }

    @Test
    void forbidden() {
        String student = Api.newStudent(Api.newClass("Problem language: 403"));
        Languages p = ask(spec -> spec.auth().preemptive().basic(student, Api.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "Not mine")).post("/api/v1/classes"), 403);
        p.en("Forbidden", "Your account may not open this page or do this.");
        p.ko("권한 없음", "이 계정으로는 이 페이지를 열거나 이 작업을 할 수 없습니다.");
    }

    @Test
    void conflict() {
        String code = Api.newClass("Problem language: 409");
        String taken = Api.newStudent(code);
        Languages p = ask(spec -> spec.contentType(ContentType.JSON).body(Map.of("classCode", code, "username", taken,
                "password", Api.PASSWORD, "displayName", "Twin")).post("/api/v1/signup"), 409);
        p.en("Conflict", "The username '" + taken + "' is taken");
        p.ko("충돌", "이미 사용 중인 아이디입니다: " + taken);
    }

    @Test
    void refusedBeforeTheRestLayer() {
        // RequestHeaders answers this one from the router, outside the REST layer's mappers.
        Languages p = ask(spec -> spec.contentType("text/plain").body("hello").post("/api/v1/signup"), 415);
        p.en("Unsupported Media Type", "API calls send JSON (Content-Type: application/json) or no body.");
        p.ko("지원하지 않는 형식", "API 요청은 JSON(Content-Type: application/json)으로 보내거나 본문 없이 보내야 합니다.");
    }

    /** One key serves both: the error page says what the API says, in the page's language. */
    @Test
    void theErrorPageSaysWhatTheApiSays() {
        String ko = given().header("Accept-Language", "ko").get("/lessons/nope").then().statusCode(404).extract().asString();
        assertTrue(ko.contains("<h1>페이지를 찾을 수 없습니다</h1>") && ko.contains("ID가 &#39;nope&#39;인 수업이 없습니다"), ko);
        String en = given().get("/lessons/nope").then().statusCode(404).extract().asString();
        assertTrue(en.contains("No lesson with id &#39;nope&#39;"), en);
    }

    @Test
    void anUnknownLanguageIsEnglish() {
        JsonPath p = Problems.assertProblem(given().header("Accept-Language", "fr").cookie("agora-lang", "xx")
                .get("/api/v1/lessons/nope"), 404);
        assertEquals("No lesson with id 'nope'", p.getString("detail"));
    }

    /** The same request without a language, with Accept-Language: ko, and with the cookie against an English header. */
    private static Languages ask(Function<RequestSpecification, io.restassured.response.Response> request, int status) {
        return new Languages(Problems.assertProblem(request.apply(given()), status),
                Problems.assertProblem(request.apply(given().header("Accept-Language", "ko")), status),
                Problems.assertProblem(request.apply(given().header("Accept-Language", "en-GB,en;q=0.9")
                        .cookie("agora-lang", "ko")), status));
    }

    private record Languages(JsonPath english, JsonPath header, JsonPath cookie) {

        void en(String title, String detail) {
            assertEquals(title, english.getString("title"), english.prettify());
            assertEquals(detail, english.getString("detail"), english.prettify());
        }

        void ko(String title, String detail) {
            for (JsonPath ko : korean()) {
                assertEquals(title, ko.getString("title"), ko.prettify());
                assertEquals(detail, ko.getString("detail"), ko.prettify());
            }
        }

        JsonPath[] korean() {
            return new JsonPath[] { header, cookie };
        }
    }
}
