package org.agora.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The interface language: Accept-Language, the switcher's cookie, {@code <html lang>}, content marked with its own language. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class LanguagePagesTest {

    @Test
    void acceptLanguageKoreanGivesAKoreanInterface() {
        given().header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5").get("/source").then().statusCode(200)
                .body(containsString("<html lang=\"ko\">"))
                .body(containsString(">수업</a>")).body(containsString(">로그인</a>")).body(containsString(">회원가입</a>"))
                .body(containsString("본문으로 건너뛰기")).body(not(containsString(">Sign in</a>")));
    }

    @Test
    void englishIsTheDefault() {
        for (String header : new String[] {null, "fr-FR, de;q=0.8", "en-GB"}) {
            var request = given();
            if (header != null) {
                request.header("Accept-Language", header);
            }
            request.get("/source").then().statusCode(200).body(containsString("<html lang=\"en\">"))
                    .body(containsString(">Lessons</a>")).body(containsString("Skip to content"));
        }
    }

    @Test
    void theSwitcherSetsALongLivedCookieAndGoesBack() {
        Response r = given().redirects().follow(false).queryParam("back", "/source?x=1").get("/language/ko");
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/source?x=1"), r.header("Location"));
        String cookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("agora-lang=")).findFirst().orElse("none");
        assertTrue(cookie.startsWith("agora-lang=ko;"), cookie);
        assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("Max-Age=31536000") && cookie.contains("Path=/"), cookie);
    }

    @Test
    void theCookieWinsOverTheHeader() {
        given().cookie("agora-lang", "en").header("Accept-Language", "ko").get("/source").then()
                .body(containsString("<html lang=\"en\">")).body(containsString(">Lessons</a>"));
        given().cookie("agora-lang", "ko").header("Accept-Language", "en").get("/source").then()
                .body(containsString("<html lang=\"ko\">")).body(containsString(">수업</a>"));
        // A cookie naming no language of ours is ignored.
        given().cookie("agora-lang", "xx").header("Accept-Language", "ko").get("/source").then()
                .body(containsString("<html lang=\"ko\">"));
    }

    @Test
    void theLayoutLinksBackToThisPage() {
        given().get("/source?a=b").then()
                .body(containsString("href=\"/language/ko?back=%2Fsource%3Fa%3Db\""))
                .body(containsString("lang=\"ko\">한국어</a>"));
    }

    @Test
    void theSwitcherGoesBackOnlyToThisServer() {
        for (String back : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil", "", "/\r\nX: y"}) {
            given().redirects().follow(false).queryParam("back", back).get("/language/en").then().statusCode(303)
                    .header("Location", endsWith("/")).header("Location", not(containsString("evil")));
        }
        given().redirects().follow(false).get("/language/fr?back=/").then().statusCode(404);
        given().redirects().follow(false).get("/language/en").then().statusCode(303).header("Location", endsWith("/"));
    }

    @Test
    void contentInAnotherLanguageIsMarked() {
        String english = given().header("Accept-Language", "en").get("/lessons/glossary-ko").then().statusCode(200)
                .extract().asString();
        assertTrue(english.contains("<div class=\"lesson-body\" lang=\"ko\">"), english);
        assertTrue(english.contains("<h1 id=\"lesson-title\" lang=\"ko\">용어 풀이</h1>"), english);
        String korean = given().header("Accept-Language", "ko").get("/lessons/glossary-ko").then().statusCode(200)
                .extract().asString();
        assertTrue(korean.contains("<div class=\"lesson-body\">"), "the page's own language needs no mark");
        given().header("Accept-Language", "ko").get("/lessons/basics").then()
                .body(containsString("<div class=\"lesson-body\" lang=\"en\">"));
    }

    @Test
    void theProgressPageReadsInKorean() {
        String u = Api.newStudent(Api.newClass("Language " + System.nanoTime()));
        Api.student(u).header("Accept-Language", "ko").get("/progress").then().statusCode(200)
                .body(containsString("<title>내 진도 · Agora</title>"))
                .body(containsString("Student " + u + "님은 전체 과정의 0%를 마쳤습니다."))
                .body(containsString("아직 읽지 않음")).body(containsString("로그아웃 (" + u + ")"))
                .body(not(containsString("Best score")));
        Api.student(u).get("/progress").then().statusCode(200).body(containsString("Student " + u + ", you have completed 0% of the module."));
    }

    @Test
    void errorPagesInTheLayoutHaveTheLanguageToo() {
        given().header("Accept-Language", "ko").get("/no-such-page").then().statusCode(404)
                .body(containsString("<html lang=\"ko\">"));
        // ErrorResponses/bare.html (a 403 before the resource runs) is not converted yet: its lang is still "en".
    }

    @Test
    void datesReadAsEachLanguageWritesThem() {
        Instant at = Instant.parse("2026-12-03T05:30:00Z");
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        assertEquals("2026년 12월 3일 (목) 오후 2:30", Formats.shown(at, seoul, Locale.KOREAN));
        assertEquals("Thu 3 Dec 2026, 14:30", Formats.shown(at, seoul, Locale.ENGLISH));
        assertEquals("2026년 12월 3일 (목) 오후 2:30:00", Formats.stamp(at, seoul, Locale.KOREAN));
        assertEquals("2026-12-03 14:30:00", Formats.stamp(at, seoul, Locale.ENGLISH));
    }
}
