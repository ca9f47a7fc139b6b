package org.agora.learner;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.account.Account;
import org.agora.attempt.AttemptClient;
import org.agora.classroom.Classroom;
import org.agora.learner.LearnerViews.Change;
import org.agora.learner.LearnerViews.ChangeFacts;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The record of changes says each change in the page's language, from what was kept as data (V14),
 * dates in the class's time zone; the API keeps its English detail beside the facts. A change
 * recorded before V14 (its detail only) still shows, and still tells when its reopening closes.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ChangeLogPagesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** How the pages write a date and time (Formats.stamp), copied here so that a change to it is seen. */
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter KO = DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E) a h:mm:ss", Locale.KOREAN);
    private static final Instant CLOSES = Instant.parse("2030-01-08T00:00:00Z");

    private static String en(Instant at) {
        return EN.format(at.atZone(SEOUL));
    }

    private static String ko(Instant at) {
        return KO.format(at.atZone(SEOUL));
    }

    private static String seoulClass(String name) {
        String code = Api.newClass(name + " " + System.nanoTime());
        Api.admin().contentType(ContentType.JSON).body(Map.of("timeZone", "Asia/Seoul"))
                .put("/api/v1/classes/" + code + "/schedule-settings").then().statusCode(200);
        return code;
    }

    private static String page(String code, String user, String lang) {
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        admin.setCookie("agora-lang", lang);
        Response r = admin.get("/instructor/classes/" + code + "/learners/" + user);
        assertEquals(200, r.statusCode(), r.asString());
        String html = r.asString();
        return html.substring(html.indexOf("id=\"changes\""));
    }

    @Test
    void everyKindOfChangeReadsInThePagesLanguage() {
        String code = seoulClass("Change log");
        String user = Api.newStudent(code);
        AttemptClient a = LearnerApiTest.takeLimited(user, false); // submitted, 0 of 1
        Instant submitted = Instant.parse((String) LearnerApiTest.attempts(LearnerApiTest.record(code, user), "limited").get(0)
                .get("submittedAt"));
        LearnerApiTest.grant(Api.admin(), code, user, "limited").then().statusCode(200);
        Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        LearnerApiTest.reopen(Api.admin(), code, user, a.id, until.toString()).then().statusCode(200);
        AccommodationApiTest.extraTime(code, user, 50);
        AccommodationApiTest.putOverride(Api.admin(), code, user, "twenty-minutes", 3, 1500L, CLOSES).then().statusCode(200);
        Api.admin().delete(AccommodationApiTest.overridePath(code, user, "twenty-minutes")).then().statusCode(200);

        String english = page(code, user, "en");
        assertThat(english, containsString("One more attempt at limited: 1 granted in this class, 3 attempts in all</td>"));
        assertThat(english, containsString("Reopened an attempt at limited: open until " + en(until) + " (was submitted "
                + en(submitted) + ", score 0 of 1)</td>"));
        assertThat(english, containsString("Extra time: 50 % on every timed quiz (was none)</td>"));
        String set = "3 attempts (the quiz&#39;s 2), time limit 25 minutes, closes " + en(CLOSES);
        assertThat(english, containsString("Overrides at twenty-minutes: " + set + " (was: the quiz&#39;s and the class&#39;s own)</td>"));
        assertThat(english, containsString("Overrides at twenty-minutes: the quiz&#39;s and the class&#39;s own (was: " + set + ")</td>"));
        assertEquals("2030-01-08 09:00:00", en(CLOSES), "in the class's time zone");

        String korean = page(code, user, "ko");
        assertThat(korean, containsString("limited 응시 1회 추가 허용: 이 반에서 1회 추가 허용, 모두 3회</td>"));
        assertThat(korean, containsString("limited 응시 다시 열기: " + ko(until) + "까지 다시 열림 (원래 " + ko(submitted)
                + " 제출, 점수 0/1)</td>"));
        assertThat(korean, containsString("추가 시간: 모든 시간 제한 퀴즈에 50% (이전: 없음)</td>"));
        String setKo = "응시 3회 (퀴즈 기본 2회), 제한 시간 25분, 마감 2030년 1월 8일 (화) 오전 9:00:00";
        assertThat(korean, containsString("twenty-minutes 개별 설정: " + setKo + " (이전: 퀴즈와 반의 기본 설정)</td>"));
        assertThat(korean, containsString("twenty-minutes 개별 설정: 퀴즈와 반의 기본 설정 (이전: " + setKo + ")</td>"));
        assertThat("no English sentence left in the Korean log", korean, not(containsString("granted in this class")));
        assertThat(korean, not(containsString("was:")));

        // The API: the English detail as before, and the same facts as data.
        List<Map<String, Object>> changes = LearnerApiTest.record(code, user).getList("changes");
        assertEquals(5, changes.size(), changes::toString);
        Map<String, Object> cleared = facts(changes.get(0));
        assertEquals(0, cleared.get("extraAttempts"));
        assertEquals(1, cleared.get("wasExtraAttempts"));
        assertEquals(2, cleared.get("quizAttempts"));
        assertNull(cleared.get("timeLimitSeconds"));
        assertEquals(1500, cleared.get("wasTimeLimitSeconds"));
        assertNull(cleared.get("closesAt"));
        assertEquals(CLOSES, Instant.parse((String) cleared.get("wasClosesAt")));
        assertThat((String) changes.get(0).get("detail"), containsString("(was: 3 attempts (the quiz's 2), time limit 25 min"));
        Map<String, Object> extra = facts(changes.get(2));
        assertEquals(50, extra.get("extraTimePercent"));
        assertEquals(0, extra.get("wasExtraTimePercent"));
        assertThat((String) changes.get(2).get("detail"), containsString("50 % extra time on every timed quiz (was no extra time)"));
        Map<String, Object> reopen = facts(changes.get(3));
        assertEquals(until, Instant.parse((String) reopen.get("closesAt")));
        assertEquals(submitted, Instant.parse((String) reopen.get("wasSubmittedAt")));
        assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(reopen.get("wasScore").toString())));
        assertEquals(0, BigDecimal.ONE.compareTo(new BigDecimal(reopen.get("wasMaxScore").toString())));
        assertNull(reopen.get("wasClosesAt"));
        assertThat((String) changes.get(3).get("detail"), containsString(until + " (submitted "));
        Map<String, Object> grant = facts(changes.get(4));
        assertEquals(1, grant.get("extraAttempts"));
        assertEquals(2, grant.get("quizAttempts"));
        assertEquals("one more attempt: 1 granted in this class", changes.get(4).get("detail"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> change) {
        return (Map<String, Object>) change.get("facts");
    }

    /** The reopening of an attempt closed at its deadline, said in both languages (no real clock to wait for). */
    @Test
    void aReopeningOfAnExpiredAttemptSaysItsDeadline() {
        Instant until = Instant.parse("2030-01-09T03:04:05Z");
        Instant deadline = Instant.parse("2030-01-08T23:30:00Z");
        Change c = new Change(LearnerChange.REOPEN, "timed", "a1", "(English)",
                ChangeFacts.reopen(until, null, null, null, deadline), "Admin", Instant.now());
        assertEquals("open until 2030-01-09 12:04:05 (was closed at its deadline 2030-01-09 08:30:00)",
                ChangeTexts.said(c, SEOUL, Locale.ENGLISH));
        assertEquals("2030년 1월 9일 (수) 오후 12:04:05까지 다시 열림 (원래 마감 2030년 1월 9일 (수) 오전 8:30:00에 닫힘)",
                ChangeTexts.said(c, SEOUL, Locale.KOREAN));
    }

    @Test
    void aChangeRecordedBeforeTheFactsWereKeptStillShowsAndStillReopens() {
        String code = seoulClass("Old change");
        String user = Api.newStudent(code);
        AttemptClient a = LearnerApiTest.takeLimited(user, false);
        Instant until = Instant.parse("2030-02-01T10:00:00Z");
        String detail = until + " (submitted 2026-12-01T09:00:00Z, score 0.00 of 1.00)";
        QuarkusTransaction.requiringNew().run(() -> {
            Classroom c = Classroom.findByCode(code).orElseThrow();
            Account learner = Account.findByUsername(user).orElseThrow();
            Account admin = Account.findByUsername(Api.ADMIN).orElseThrow();
            LearnerChange ch = new LearnerChange(); // as written before V14: the detail only
            ch.classroomId = c.id;
            ch.accountId = learner.id;
            ch.quizId = "limited";
            ch.attemptId = a.id;
            ch.kind = LearnerChange.REOPEN;
            ch.detail = detail;
            ch.changedBy = admin.id;
            ch.changedAt = Instant.now();
            ch.persist();
        });

        JsonPath record = LearnerApiTest.record(code, user);
        assertEquals(until, Instant.parse((String) LearnerApiTest.attempts(record, "limited").get(0).get("reopenedUntil")),
                "the closing time read from the old detail");
        assertEquals(detail, record.getString("changes[0].detail"));
        assertNull(record.get("changes[0].facts"));
        for (String lang : List.of("en", "ko")) {
            String html = page(code, user, lang);
            assertThat(html, containsString(": " + detail + "</td>"));
        }
        // The attempts' table shows the reopening's closing time, read from the detail.
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String whole = admin.get("/instructor/classes/" + code + "/learners/" + user).asString();
        assertThat(whole, containsString("<td>" + en(until) + "</td>"));
    }
}
