package org.agora.learner;

import static io.restassured.RestAssured.given;
import static org.agora.attempt.AttemptClient.text;
import static org.agora.support.QuizSchedules.schedule;
import static org.agora.support.QuizSchedules.sleepUntil;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.attempt.AttemptClient;
import org.agora.classroom.ClassroomService;
import org.agora.support.Api;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * Accommodations and overrides through {@code /api/v1}: extra time on every timed quiz, a quiz's
 * attempts, time limit and closing time for one learner, what they do to starts and to attempts
 * already running, the most generous of two classes, the record of changes, and every access rule.
 * The fixture quiz {@code twenty-minutes} has a 20-minute limit and 2 attempts.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class AccommodationApiTest {

    private static final String QUIZ = "twenty-minutes";

    @Inject
    ClassroomService classes;

    static String extraTimePath(String code, String user) {
        return LearnerApiTest.learnerPath(code, user) + "/extra-time";
    }

    static String overridePath(String code, String user, String quiz) {
        return LearnerApiTest.learnerPath(code, user) + "/quizzes/" + quiz + "/override";
    }

    static Response putExtraTime(RequestSpecification as, String code, String user, Object percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("extraTimePercent", percent);
        return as.contentType(ContentType.JSON).body(body).put(extraTimePath(code, user));
    }

    static void extraTime(String code, String user, int percent) {
        Response r = putExtraTime(Api.admin(), code, user, percent);
        assertEquals(200, r.statusCode(), r::asString);
        assertEquals(percent, r.jsonPath().getInt("extraTimePercent"));
    }

    static Response putOverride(RequestSpecification as, String code, String user, String quiz, Integer attempts,
            Long timeLimitSeconds, Instant closesAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("attempts", attempts);
        body.put("timeLimitSeconds", timeLimitSeconds);
        body.put("closesAt", closesAt == null ? null : closesAt.toString());
        return as.contentType(ContentType.JSON).body(body).put(overridePath(code, user, quiz));
    }

    /** The attempt's deadline minus its start, as the learner's record gives them. */
    private static Duration timeGiven(String code, String user, String quiz, String attempt) {
        Map<String, Object> row = LearnerApiTest.attempts(LearnerApiTest.record(code, user), quiz).stream()
                .filter(a -> attempt.equals(a.get("attempt"))).findFirst().orElseThrow();
        return Duration.between(Instant.parse((String) row.get("startedAt")), Instant.parse((String) row.get("deadline")));
    }

    private static Instant deadlineOf(AttemptClient a) {
        return Instant.parse(a.get().getString("deadline"));
    }

    @Test
    void fiftyPercentTurnsTwentyMinutesIntoThirtyOnTheNextStart() {
        String code = Api.newClass("Extra time " + System.nanoTime());
        String user = Api.newStudent(code);
        String classmate = Api.newStudent(code);
        extraTime(code, user, 50);

        AttemptClient a = AttemptClient.start(user, QUIZ);
        assertEquals(Duration.ofMinutes(30), timeGiven(code, user, QUIZ, a.id));
        AttemptClient b = AttemptClient.start(classmate, QUIZ);
        assertEquals(Duration.ofMinutes(20), timeGiven(code, classmate, QUIZ, b.id), "a classmate keeps the quiz's limit");

        // An untimed quiz stays untimed.
        AttemptClient untimed = AttemptClient.start(user, "all-types");
        assertNull(untimed.get().get("deadline"));

        JsonPath record = LearnerApiTest.record(code, user);
        assertEquals(50, record.getInt("extraTimePercent"));
        Map<String, Object> q = LearnerApiTest.quiz(record, QUIZ);
        assertEquals(1800, ((Number) q.get("timeLimitSeconds")).intValue());
        assertEquals(1200, ((Number) q.get("quizTimeLimitSeconds")).intValue());
        assertNull(LearnerApiTest.quiz(record, "all-types").get("timeLimitSeconds"));
    }

    @Test
    void aRunningAttemptGetsTheLongerDeadlineAtOnceAndLosesNothing() {
        String code = Api.newClass("Extra time running " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = AttemptClient.start(user, QUIZ);
        a.save("two", text("2"));
        Instant before = deadlineOf(a);
        assertEquals(Duration.ofMinutes(20), timeGiven(code, user, QUIZ, a.id));

        extraTime(code, user, 50);
        assertEquals(before.plus(Duration.ofMinutes(10)), deadlineOf(a), "the deadline the learner's attempt reads");
        assertEquals(Duration.ofMinutes(30), timeGiven(code, user, QUIZ, a.id));
        assertEquals("2", a.get().getString("answers.two.text"), "the saved answer is kept");

        // Taken back: the quiz's own limit again.
        extraTime(code, user, 0);
        assertEquals(before, deadlineOf(a));

        // An override of this quiz's time limit beats the extra time, on the running attempt too.
        extraTime(code, user, 50);
        Response r = putOverride(Api.admin(), code, user, QUIZ, null, 45 * 60L, null);
        assertEquals(200, r.statusCode(), r::asString);
        assertEquals(Duration.ofMinutes(45), timeGiven(code, user, QUIZ, a.id));
        JsonPath submitted = a.submit();
        assertEquals("scored", submitted.getString("status"), submitted.prettify());
    }

    @Test
    void anExpiredAttemptStaysClosedAndAShorterOverrideShortensARunningOne() throws InterruptedException {
        String code = Api.newClass("Extra time expired " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient timed = AttemptClient.start(user, "timed"); // 2 seconds
        sleepUntil(deadlineOf(timed).plusMillis(200));
        extraTime(code, user, 400);
        assertEquals(Duration.ofSeconds(2), timeGiven(code, user, "timed", timed.id),
                "closed at its deadline before the extra time came: it stays closed");

        AttemptClient a = AttemptClient.start(user, QUIZ);
        a.save("two", text("2"));
        Response r = putOverride(Api.admin(), code, user, QUIZ, null, 60L, null);
        assertEquals(200, r.statusCode(), r::asString);
        assertEquals(Duration.ofMinutes(1), timeGiven(code, user, QUIZ, a.id), "an override may also shorten the limit");
        assertEquals("2", a.get().getString("answers.two.text"));
    }

    @Test
    void theMostGenerousOfTwoClasses() {
        String first = Api.newClass("Extra time A " + System.nanoTime());
        String second = Api.newClass("Extra time B " + System.nanoTime());
        String user = Api.newStudent(first);
        classes.join(second, QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(user).orElseThrow()));
        extraTime(first, user, 25);
        extraTime(second, user, 50);
        AttemptClient a = AttemptClient.start(user, QUIZ);
        assertEquals(Duration.ofMinutes(30), timeGiven(first, user, QUIZ, a.id));

        extraTime(second, user, 0);
        assertEquals(Duration.ofMinutes(25), timeGiven(first, user, QUIZ, a.id), "the other class's 25 % is left");
        assertEquals(25, Api.admin().get(extraTimePath(first, user)).then().statusCode(200).extract().jsonPath()
                .getInt("extraTimePercent"));
        assertEquals(0, Api.admin().get(extraTimePath(second, user)).then().statusCode(200).extract().jsonPath()
                .getInt("extraTimePercent"));
    }

    @Test
    void overridesOfAttemptsAndTheClosingTime() throws InterruptedException {
        String code = Api.newClass("Overrides " + System.nanoTime());
        String user = Api.newStudent(code);
        String classmate = Api.newStudent(code);
        Instant now = Instant.now();
        Instant closes = now.plusSeconds(2);
        schedule(code, QUIZ, now.minusSeconds(600), closes);
        Instant later = now.plusSeconds(7200).truncatedTo(ChronoUnit.MILLIS);
        Response r = putOverride(Api.admin(), code, user, QUIZ, 4, null, later);
        assertEquals(200, r.statusCode(), r::asString);
        assertEquals(2, r.jsonPath().getInt("extraAttempts"));
        assertEquals(later, Instant.parse(r.jsonPath().getString("closesAt")));
        assertNull(r.jsonPath().get("timeLimitSeconds"));

        sleepUntil(closes.plusMillis(100));
        Problems.assertProblem(AttemptClient.startRaw(classmate, QUIZ), 409);
        for (int i = 1; i <= 4; i++) {
            AttemptClient a = AttemptClient.start(user, QUIZ);
            assertEquals(i, a.started.getInt("number"));
            a.submit();
        }
        Problems.assertProblem(AttemptClient.startRaw(user, QUIZ), 409);
        JsonPath record = LearnerApiTest.record(code, user);
        Map<String, Object> q = LearnerApiTest.quiz(record, QUIZ);
        assertEquals(4, q.get("attemptsAllowed"));
        assertEquals(later, Instant.parse((String) q.get("dueAt")), "the learner's own closing time");
        assertEquals(1, record.getList("overrides").size());
        Map<String, Object> progress = Api.student(user).get("/api/v1/me/progress").then().statusCode(200).extract().jsonPath()
                .getMap("quizzes.find { it.id == '" + QUIZ + "' }");
        assertEquals(4, ((Number) progress.get("attemptsUsed")).intValue());

        // Cleared: back to the quiz's and the class's; the attempts already made stay.
        Api.admin().delete(overridePath(code, user, QUIZ)).then().statusCode(200);
        Problems.assertProblem(AttemptClient.startRaw(user, QUIZ), 409);
        assertEquals(List.of(), LearnerApiTest.record(code, user).getList("overrides"));
    }

    @Test
    void aClosingTimeOverrideExtendsARunningAttemptCutByTheClassesClosingTime() {
        String code = Api.newClass("Override running " + System.nanoTime());
        String user = Api.newStudent(code);
        Instant now = Instant.now();
        Instant closes = now.plusSeconds(300).truncatedTo(ChronoUnit.MILLIS);
        schedule(code, QUIZ, null, closes);
        AttemptClient a = AttemptClient.start(user, QUIZ);
        assertEquals(closes, deadlineOf(a), "20 minutes, cut by the closing time in 5");
        Response r = putOverride(Api.admin(), code, user, QUIZ, null, null, now.plusSeconds(3600));
        assertEquals(200, r.statusCode(), r::asString);
        assertEquals(Duration.ofMinutes(20), timeGiven(code, user, QUIZ, a.id), "the whole time limit now");
    }

    @Test
    void everyChangeIsRecordedWithWhoAndWhen() {
        String code = Api.newClass("Accommodation audit " + System.nanoTime());
        String user = Api.newStudent(code);
        Instant before = Instant.now().minusSeconds(1);
        extraTime(code, user, 50);
        extraTime(code, user, 50); // no change: not recorded again
        putOverride(Api.admin(), code, user, QUIZ, 3, 1500L, null).then().statusCode(200);
        List<Map<String, Object>> changes = LearnerApiTest.record(code, user).getList("changes");
        assertEquals(2, changes.size(), changes::toString);
        Map<String, Object> override = changes.get(0);
        assertEquals("override", override.get("kind"));
        assertEquals(QUIZ, override.get("quiz"));
        assertThat((String) override.get("detail"), containsString("3 attempts"));
        assertThat((String) override.get("detail"), containsString("time limit 25 min"));
        Map<String, Object> extra = changes.get(1);
        assertEquals("extra-time", extra.get("kind"));
        assertNull(extra.get("quiz"));
        assertThat((String) extra.get("detail"), containsString("50 % extra time"));
        assertThat((String) extra.get("detail"), containsString("was no extra time"));
        for (Map<String, Object> c : changes) {
            assertNotNull(c.get("by"));
            assertTrue(!"(removed)".equals(c.get("by")), "the instructor who made it");
            assertTrue(Instant.parse((String) c.get("at")).isAfter(before));
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        String code = Api.newClass("Accommodation input " + System.nanoTime());
        String user = Api.newStudent(code);
        for (Object bad : new Object[] { -1, 401, null, "lots", 12.5 }) {
            Response r = putExtraTime(Api.admin(), code, user, bad);
            assertEquals(400, r.statusCode(), () -> bad + ": " + r.asString());
        }
        Api.admin().contentType(ContentType.JSON).body("").put(extraTimePath(code, user)).then().statusCode(400);
        Api.admin().contentType(ContentType.JSON).body("{").put(extraTimePath(code, user)).then().statusCode(400);

        assertField(putOverride(Api.admin(), code, user, QUIZ, 1, null, null), "attempts"); // below the quiz's 2
        assertField(putOverride(Api.admin(), code, user, QUIZ, 103, null, null), "attempts");
        assertField(putOverride(Api.admin(), code, user, "all-types", 3, null, null), "attempts"); // unlimited
        assertField(putOverride(Api.admin(), code, user, QUIZ, null, 59L, null), "timeLimitSeconds");
        assertField(putOverride(Api.admin(), code, user, QUIZ, null, 86_401L, null), "timeLimitSeconds");
        Instant opens = Instant.now().plusSeconds(3600);
        schedule(code, QUIZ, opens, null);
        assertField(putOverride(Api.admin(), code, user, QUIZ, null, null, opens), "closesAt");
        Response notAnInstant = Api.admin().contentType(ContentType.JSON).body(Map.of("closesAt", "next friday"))
                .put(overridePath(code, user, QUIZ));
        assertField(notAnInstant, "closesAt");
        Api.admin().contentType(ContentType.JSON).body("").put(overridePath(code, user, QUIZ)).then().statusCode(400);
        Api.admin().contentType(ContentType.JSON).body(Map.of()).put(overridePath(code, user, "no-such-quiz")).then()
                .statusCode(404);
        assertEquals(List.of(), LearnerApiTest.record(code, user).getList("changes"), "nothing refused was recorded");
    }

    private static void assertField(Response r, String field) {
        assertEquals(400, r.statusCode(), r::asString);
        assertThat(r.asString(), containsString(field));
    }

    @Test
    void everyAccessRule() {
        String code = Api.newClass("Accommodation access " + System.nanoTime());
        String other = Api.newClass("Accommodation elsewhere " + System.nanoTime());
        String user = Api.newStudent(code);
        String classmate = Api.newStudent(code);
        String outsider = Api.newStudent(other);

        // A student reads their own, and changes nothing, not even their own.
        Api.student(user).get(extraTimePath(code, user)).then().statusCode(200);
        Api.student(user).get(overridePath(code, user, QUIZ)).then().statusCode(200);
        assertEquals(403, putExtraTime(Api.student(user), code, user, 50).statusCode());
        assertEquals(403, putOverride(Api.student(user), code, user, QUIZ, 5, null, null).statusCode());
        Api.student(user).delete(extraTimePath(code, user)).then().statusCode(403);
        Api.student(user).delete(overridePath(code, user, QUIZ)).then().statusCode(403);
        Api.student(classmate).get(extraTimePath(code, user)).then().statusCode(403);
        Api.student(classmate).get(overridePath(code, user, QUIZ)).then().statusCode(403);
        Api.student(outsider).get(extraTimePath(code, outsider)).then().statusCode(403);

        // Anonymous: 401.
        given().get(extraTimePath(code, user)).then().statusCode(401);
        assertEquals(401, putExtraTime(given(), code, user, 50).statusCode());
        assertEquals(401, putOverride(given(), code, user, QUIZ, 5, null, null).statusCode());

        // Instructors: only the class's student members.
        assertEquals(404, putExtraTime(Api.admin(), code, outsider, 50).statusCode());
        assertEquals(404, putExtraTime(Api.admin(), code, "nobody-here", 50).statusCode());
        assertEquals(404, putOverride(Api.admin(), code, outsider, QUIZ, 5, null, null).statusCode());
        assertEquals(404, putExtraTime(Api.admin(), "ZZZZ-0000", user, 50).statusCode());
        assertEquals(0, Api.admin().get(extraTimePath(code, user)).then().statusCode(200).extract().jsonPath()
                .getInt("extraTimePercent"), "nothing a refused request sent was kept");
    }

    @Test
    void theQuizOverviewTellsTheLearnerTheirTimeLimit() {
        String code = Api.newClass("Extra time page " + System.nanoTime());
        String user = Api.newStudent(code);
        String classmate = Api.newStudent(code);
        extraTime(code, user, 50);
        String mine = Api.student(user).accept("text/html").get("/quizzes/" + QUIZ).then().statusCode(200).extract().asString();
        assertThat(mine, containsString("your time limit: 30 minutes"));
        String theirs = Api.student(classmate).accept("text/html").get("/quizzes/" + QUIZ).then().statusCode(200).extract()
                .asString();
        assertThat(theirs, containsString("20 minutes"));
        assertTrue(!theirs.contains("your time limit"), "a classmate sees the quiz's own limit only");
        putOverride(Api.admin(), code, user, QUIZ, 3, null, null).then().statusCode(200);
        assertThat(Api.student(user).accept("text/html").get("/quizzes/" + QUIZ).then().extract().asString(),
                containsString("yours: 3"));
        assertThat(Api.student(user).accept("text/html").get("/progress").then().extract().asString(),
                containsString("0 of 3"));
    }
}
