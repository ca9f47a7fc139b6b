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

    @Test
    void theLessonPageReadsInKorean() {
        given().header("Accept-Language", "ko").get("/lessons/basics").then().statusCode(200)
                .body(containsString("<h2 id=\"objectives-heading\">학습 목표</h2>"))
                .body(containsString("읽는 시간 9분")).body(containsString("후 읽은 수업을 기록할 수 있습니다."))
                .body(not(containsString("min read")));
    }

    @Test
    void theSourceGuideReadsInKorean() {
        given().header("Accept-Language", "ko").get("/source").then().statusCode(200)
                .body(containsString("<h1 id=\"guide-title\">원문 안내</h1>"))
                .body(containsString("<span class=\"cite\">[P1]</span> ~ <span class=\"cite\">[P9]</span>."));
    }

    @Test
    void theClassesPageReadsInKorean() {
        String u = Api.newStudent(Api.newClass("Language classes " + System.nanoTime()));
        Api.student(u).header("Accept-Language", "ko").get("/classes").then().statusCode(200)
                .body(containsString("<h1>내 반</h1>")).body(containsString("<h2>다른 반에 참여하기</h2>"))
                .body(not(containsString("Save nickname")));
    }

    @Test
    void theInstructorsPagesReadInKorean() {
        Api.admin().header("Accept-Language", "ko").get("/instructor").then().statusCode(200)
                .body(containsString("<h1>반 관리</h1>")).body(containsString("<h2>반 만들기</h2>"))
                .body(not(containsString("Create class")));
        Api.admin().header("Accept-Language", "ko").get("/instructor/content").then().statusCode(200)
                .body(containsString("<h1>콘텐츠</h1>")).body(containsString("마지막으로 다시 읽은 시각: <time"))
                .body(not(containsString("Every file is valid")));
    }

    @Test
    void theLearnersRecordAndAttemptReviewReadInKorean() {
        String code = Api.newClass("Language record " + System.nanoTime());
        String u = Api.newStudent(code);
        org.agora.attempt.AttemptClient a = org.agora.attempt.AttemptClient.start(u, "limited");
        a.submit();
        String record = "/instructor/classes/" + code + "/learners/" + u;
        Api.admin().header("Accept-Language", "ko").get(record).then().statusCode(200)
                .body(containsString("<h2 id=\"lessons\">읽은 수업</h2>")).body(containsString("허용 응시 횟수: 2회"))
                .body(not(containsString("Accommodations and overrides")));
        Api.admin().header("Accept-Language", "ko").get(record + "/attempts/" + a.id).then().statusCode(200)
                .body(containsString("<h1>1회차 응시: Two tries</h1>")).body(containsString("<dt>학생 답안</dt>"))
                .body(not(containsString("Correct answer")));
    }

    @Test
    void theRegradePageReadsInKorean() {
        String code = Api.newClass("Language regrade " + System.nanoTime());
        Api.admin().header("Accept-Language", "ko").get("/classes/" + code + "/quizzes/limited/regrade").then().statusCode(200)
                .body(containsString("<h1>버전과 재채점: Two tries</h1>")).body(containsString("<h2 id=\"regrade-heading\">재채점</h2>"))
                .body(not(containsString("Versions with attempts")));
    }

    @Test
    void theViewHelpersCountInKorean() {
        given().header("Accept-Language", "ko").get("/quizzes/all-types").then().statusCode(200)
                .body(containsString("<dd>문항 7개</dd>")).body(containsString("<dd>무제한"));
        given().header("Accept-Language", "ko").get("/quizzes/limited").then().statusCode(200).body(containsString("<dd>2회"));
        given().header("Accept-Language", "ko").get("/quizzes/twenty-minutes").then().statusCode(200).body(containsString("<dd>20분"));
        given().get("/quizzes/twenty-minutes").then().statusCode(200).body(containsString("<dd>20 minutes"));
    }

    @Test
    void theSignInAndSignUpPagesReadInKorean() {
        given().header("Accept-Language", "ko").get("/signin?error").then().statusCode(200)
                .body(containsString("<h1>로그인</h1>")).body(containsString("아이디 또는 비밀번호가 올바르지 않습니다."))
                .body(containsString("반 참여 코드로 회원가입하기")).body(not(containsString("Username")));
        given().header("Accept-Language", "ko").get("/signin?throttled=3").then().statusCode(200)
                .body(containsString("3분 후에 다시 시도해 주세요."));
        given().header("Accept-Language", "ko").get("/signup").then().statusCode(200)
                .body(containsString("<h1>회원가입</h1>")).body(containsString(">계정 만들기</button>"))
                .body(not(containsString("Join code")));
    }

    @Test
    void theQuizOverviewAndReviewReadInKorean() {
        String u = Api.newStudent(Api.newClass("Language overview " + System.nanoTime()));
        org.agora.attempt.AttemptClient a = org.agora.attempt.AttemptClient.start(u, "limited");
        a.submit();
        Api.student(u).header("Accept-Language", "ko").get("/quizzes/limited").then().statusCode(200)
                .body(containsString("<h2 id=\"your-attempts\">내 응시 기록</h2>")).body(containsString(">결과 보기</a>"))
                .body(not(containsString("Start a new attempt")));
        Api.student(u).header("Accept-Language", "ko").get("/attempts/" + a.id + "/review").then().statusCode(200)
                .body(containsString("1회차 응시")).body(containsString("퀴즈로 돌아가기"))
                .body(not(containsString("Back to the quiz")));
    }

    /** A question left unanswered says so in the page's language; the API's yourAnswer keeps its English marker. */
    @Test
    void anUnansweredQuestionReadsInKoreanOnTheReviewAndTheInstructorsView() {
        String code = Api.newClass("Language no answer " + System.nanoTime());
        String u = Api.newStudent(code);
        org.agora.attempt.AttemptClient.start(u, "limited").submit();
        org.agora.attempt.AttemptClient last = org.agora.attempt.AttemptClient.start(u, "limited");
        last.submit(); // the last of two: the review is shown
        Api.student(u).header("Accept-Language", "ko").get("/attempts/" + last.id + "/review").then().statusCode(200)
                .body(containsString("(답안 없음)")).body(not(containsString("(no answer)")));
        Api.student(u).get("/attempts/" + last.id + "/review").then().statusCode(200).body(containsString("(no answer)"));
        Api.student(u).header("Accept-Language", "ko").get("/api/v1/attempts/" + last.id).then().statusCode(200)
                .body("result.questions[0].yourAnswer", org.hamcrest.Matchers.equalTo("(no answer)"))
                .body("result.questions[0]", not(org.hamcrest.Matchers.hasKey("answered")));
        Api.admin().header("Accept-Language", "ko").get("/instructor/classes/" + code + "/learners/" + u + "/attempts/" + last.id)
                .then().statusCode(200).body(containsString("(답안 없음)")).body(not(containsString("(no answer)")));
    }

    @Test
    void theErrorPageReadsInKorean() {
        given().header("Accept-Language", "ko").get("/no-such-page").then().statusCode(404)
                .body(containsString("<h1>페이지를 찾을 수 없습니다</h1>")).body(containsString("이 주소에는 아무것도 없습니다."))
                .body(containsString(">수업 목록으로 돌아가기</a>")).body(not(containsString("Page not found")));
        given().get("/no-such-page").then().statusCode(404).body(containsString("<h1>Page not found</h1>"))
                .body(containsString("There is nothing at this address."));
    }

    @Test
    void theQuizPageGivesItsScriptKoreanTexts() {
        String u = Api.newStudent(Api.newClass("Language take " + System.nanoTime()));
        org.agora.attempt.AttemptClient a = org.agora.attempt.AttemptClient.start(u, "limited");
        Api.student(u).header("Accept-Language", "ko").get("/attempts/" + a.id).then().statusCode(200)
                .body(containsString("data-saving=\"저장하는 중…\"")).body(containsString("data-moved-to=\"%t개 중 %p번째 자리로 옮겼습니다\""))
                .body(containsString("data-confirm-submit=\"답하지 않은 문항이 %n개 있습니다. 그래도 제출하시겠습니까?\""));
        Api.student(u).get("/attempts/" + a.id).then().statusCode(200).body(containsString("data-saved=\"Saved\""))
                .body(containsString("data-confirm-submit=\"%n question(s) have no answer. Submit anyway?\""));
    }

    @Test
    void theClassPageReadsInKorean() {
        String code = Api.newClass("Language class page " + System.nanoTime());
        Api.admin().header("Accept-Language", "ko").get("/instructor/classes/" + code).then().statusCode(200)
                .body(containsString("<h2 id=\"privacy\">점수판 공개 범위</h2>")).body(containsString(">프로젝터 화면</a>"))
                .body(containsString("<h2 id=\"schedule\">일정</h2>")).body(not(containsString("Save grading settings")));
    }
}
