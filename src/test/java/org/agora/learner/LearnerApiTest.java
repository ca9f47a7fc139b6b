package org.agora.learner;

import static io.restassured.RestAssured.given;
import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.dec;
import static org.agora.attempt.AttemptClient.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agora.attempt.AttemptClient;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * A learner's record through {@code /api/v1}: what it lists, every access rule, the instructor's
 * review of an attempt, granting one more attempt and reopening a closed attempt, and what those
 * two do to starts, reviews, saves, scoreboards and the grading queue.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class LearnerApiTest {

    @jakarta.inject.Inject
    org.agora.classroom.ClassroomService classes;

    static String learnerPath(String code, String user) {
        return "/api/v1/classes/" + code + "/learners/" + user;
    }

    static JsonPath record(String code, String user) {
        return AttemptClient.json(Api.admin().get(learnerPath(code, user)).then().statusCode(200).extract().asString());
    }

    static Response grant(RequestSpecification as, String code, String user, String quiz) {
        return as.contentType(ContentType.JSON).body(quiz == null ? Map.of() : Map.of("quiz", quiz))
                .post(learnerPath(code, user) + "/extra-attempts");
    }

    static Response reopen(RequestSpecification as, String code, String user, String attempt, Object until) {
        return as.contentType(ContentType.JSON).body(until == null ? Map.of() : Map.of("until", until))
                .post(learnerPath(code, user) + "/attempts/" + attempt + "/reopen");
    }

    static AttemptClient takeLimited(String user, boolean right) {
        AttemptClient a = AttemptClient.start(user, "limited");
        a.save("first", choices(a.optionId("first", right ? "First" : "Second")));
        a.submit();
        return a;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> quiz(JsonPath record, String id) {
        return ((List<Map<String, Object>>) record.get("quizzes")).stream().filter(q -> id.equals(q.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(record.prettify()));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> attempts(JsonPath record, String quiz) {
        return (List<Map<String, Object>>) quiz(record, quiz).get("attempts");
    }

    @Test
    void theRecordListsLessonsReadEveryAttemptAndNoOverridesYet() {
        String code = Api.newClass("Record " + System.nanoTime());
        String user = Api.newStudent(code);
        Api.student(user).contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(204);
        takeLimited(user, false);
        AttemptClient open = AttemptClient.start(user, "limited");

        JsonPath r = record(code, user);
        assertEquals(user, r.getString("learner.username"));
        assertEquals("Student " + user, r.getString("learner.displayName"));
        assertEquals(code, r.getString("classCode"));
        List<Map<String, Object>> lessons = r.getList("lessons");
        Map<String, Object> basics = lessons.stream().filter(l -> "basics".equals(l.get("id"))).findFirst().orElseThrow();
        assertEquals(true, basics.get("completed"));
        assertNotNull(basics.get("completedAt"));
        assertTrue(lessons.stream().anyMatch(l -> Boolean.FALSE.equals(l.get("completed"))), "unread lessons are listed too");

        Map<String, Object> limited = quiz(r, "limited");
        assertEquals(2, limited.get("attemptsAllowed"));
        assertEquals(0, limited.get("extraAttempts"));
        List<Map<String, Object>> tries = attempts(r, "limited");
        assertEquals(2, tries.size());
        Map<String, Object> first = tries.get(0);
        assertEquals(1, first.get("number"));
        assertEquals("scored", first.get("status"));
        assertEquals(0, BigDecimal.ZERO.compareTo(dec(first.get("score"))));
        assertEquals(0, BigDecimal.ONE.compareTo(dec(first.get("maxScore"))));
        assertEquals(false, first.get("passed"));
        assertNotNull(first.get("startedAt"));
        assertNotNull(first.get("submittedAt"));
        assertNull(first.get("regradedAt"));
        assertNull(first.get("reopenedUntil"));
        assertEquals("open", tries.get(1).get("status"));
        assertEquals(open.id, tries.get(1).get("attempt"));
        assertEquals(0, quiz(r, "all-types").get("attemptsAllowed"), "unlimited");
        assertEquals(List.of(), r.getList("overrides"));
        assertEquals(List.of(), r.getList("changes"));
    }

    @Test
    void everyAccessRule() {
        String code = Api.newClass("Record access " + System.nanoTime());
        String other = Api.newClass("Record elsewhere " + System.nanoTime());
        String user = Api.newStudent(code);
        String classmate = Api.newStudent(code);
        String outsider = Api.newStudent(other);
        AttemptClient a = takeLimited(user, true);

        // A student reaches their own record, in a class they belong to, and nothing else.
        Api.student(user).get(learnerPath(code, user)).then().statusCode(200);
        Api.student(user).get(learnerPath(code, user.toUpperCase())).then().statusCode(200);
        Api.student(classmate).get(learnerPath(code, user)).then().statusCode(403);
        Api.student(classmate).get(learnerPath(code, "nobody-here")).then().statusCode(403);
        Api.student(outsider).get(learnerPath(code, user)).then().statusCode(403);
        Api.student(outsider).get(learnerPath(code, outsider)).then().statusCode(403);
        Api.student(user).get(learnerPath(code, user) + "/attempts/" + a.id).then().statusCode(403);
        assertEquals(403, grant(Api.student(user), code, user, "limited").statusCode());
        assertEquals(403, reopen(Api.student(user), code, user, a.id, Instant.now().plusSeconds(600).toString()).statusCode());

        // Anonymous: 401 everywhere.
        given().get(learnerPath(code, user)).then().statusCode(401);
        given().get(learnerPath(code, user) + "/attempts/" + a.id).then().statusCode(401);
        assertEquals(401, grant(given(), code, user, "limited").statusCode());
        assertEquals(401, reopen(given(), code, user, a.id, Instant.now().plusSeconds(600).toString()).statusCode());

        // Instructors: any class, but only its student members; only the learner's own attempts.
        Api.admin().get(learnerPath(code, user)).then().statusCode(200);
        Api.admin().get(learnerPath(code, outsider)).then().statusCode(404);
        Api.admin().get(learnerPath(code, "nobody-here")).then().statusCode(404);
        Api.admin().get(learnerPath(code, Api.ADMIN)).then().statusCode(404);
        Api.admin().get(learnerPath("ZZZZ-0000", user)).then().statusCode(404);
        Api.admin().get(learnerPath(code, classmate) + "/attempts/" + a.id).then().statusCode(404);
        Api.admin().get(learnerPath(code, user) + "/attempts/no-such-attempt").then().statusCode(404);
        assertEquals(404, grant(Api.admin(), code, outsider, "limited").statusCode());
        assertEquals(404, reopen(Api.admin(), code, classmate, a.id, Instant.now().plusSeconds(600).toString()).statusCode());
    }

    @Test
    void theInstructorsReviewShowsEverythingWhateverTheReviewRule() {
        String code = Api.newClass("Record review " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = takeLimited(user, false);
        assertEquals(false, a.get().getBoolean("result.reviewShown"), "the learner waits for the last attempt");

        JsonPath r = AttemptClient.json(Api.admin().get(learnerPath(code, user) + "/attempts/" + a.id).then().statusCode(200)
                .extract().asString());
        assertEquals("limited", r.getString("quiz"));
        assertEquals(1, r.getInt("number"));
        assertEquals("scored", r.getString("status"));
        assertFalse(r.getBoolean("timed"));
        Map<String, Object> q = r.getMap("questions[0]");
        assertEquals("first", q.get("id"));
        assertThat((String) q.get("yourAnswer"), containsString("Second"));
        assertThat((String) q.get("correctAnswer"), containsString("First"));
        assertThat((String) q.get("feedback"), containsString("Not this one."));
        assertThat((String) q.get("explanation"), containsString("The first one was right."));
        assertEquals(0, BigDecimal.ZERO.compareTo(dec(q.get("earned"))));
        assertEquals(0, BigDecimal.ONE.compareTo(dec(q.get("points"))));
        assertNotNull(q.get("savedAt"), "when the answer was last saved");

        // A timed attempt: each answer's last save, and unanswered questions say so.
        String timedUser = Api.newStudent(code);
        AttemptClient t = AttemptClient.start(timedUser, "timed");
        t.submit();
        JsonPath tr = AttemptClient.json(Api.admin().get(learnerPath(code, timedUser) + "/attempts/" + t.id).then()
                .statusCode(200).extract().asString());
        assertTrue(tr.getBoolean("timed"));
        assertNotNull(tr.get("deadline"));
        assertEquals("(no answer)", tr.getString("questions[0].yourAnswer"));
        assertTrue(tr.getMap("questions[0]").containsKey("savedAt"), "savedAt is sent, as null when never saved");
        assertNull(tr.get("questions[0].savedAt"));
    }

    @Test
    void oneMoreAttemptIsGrantedAndRecordedAndTheKeyWaitsForIt() {
        String code = Api.newClass("Record grant " + System.nanoTime());
        String user = Api.newStudent(code);
        takeLimited(user, false);
        AttemptClient second = takeLimited(user, false);
        assertEquals(true, second.get().getBoolean("result.reviewShown"), "both attempts used: the key shows");
        Response refused = AttemptClient.startRaw(user, "limited");
        assertEquals(409, refused.statusCode());
        assertThat(refused.asString(), containsString("this quiz allows 2"));

        Response g = grant(Api.admin(), code, user, "limited");
        assertEquals(200, g.statusCode(), g.asString());
        JsonPath granted = AttemptClient.json(g.asString());
        assertEquals(3, granted.getInt("attemptsAllowed"));
        assertEquals(1, granted.getInt("extraAttempts"));
        assertEquals(false, second.get().getBoolean("result.reviewShown"), "the key waits for the granted attempt");

        AttemptClient third = AttemptClient.start(user, "limited");
        assertEquals(3, third.started.getInt("number"));
        third.save("first", choices(third.optionId("first", "First")));
        third.submit();
        assertEquals(true, third.get().getBoolean("result.reviewShown"));
        Response again = AttemptClient.startRaw(user, "limited");
        assertEquals(409, again.statusCode());
        assertThat(again.asString(), containsString("you have 3 (2 and 1 more granted)"));

        JsonPath r = record(code, user);
        assertEquals(3, attempts(r, "limited").size());
        List<Map<String, Object>> overrides = r.getList("overrides");
        assertEquals(1, overrides.size());
        assertEquals("limited", overrides.get(0).get("quiz"));
        assertEquals("Two tries", overrides.get(0).get("title"));
        assertEquals(1, overrides.get(0).get("extraAttempts"));
        assertNull(overrides.get(0).get("timeLimitSeconds"));
        assertNull(overrides.get(0).get("closesAt"));
        assertNotNull(overrides.get(0).get("by"), "who granted it");
        List<Map<String, Object>> changes = r.getList("changes");
        assertEquals(1, changes.size());
        assertEquals("extra-attempt", changes.get(0).get("kind"));
        assertEquals("limited", changes.get(0).get("quiz"));
        assertEquals("Administrator", changes.get(0).get("by"));
        assertNotNull(changes.get(0).get("at"));

        // Grants add up; a learner in two classes gets the most generous class's grant.
        String other = Api.newClass("Record grant elsewhere " + System.nanoTime());
        classes.join(other, org.agora.account.Account.findByUsername(user).orElseThrow());
        assertEquals(2, grant(Api.admin(), code, user, "limited").then().statusCode(200).extract().jsonPath()
                .getInt("extraAttempts"), "grants add up");
        assertEquals(3, grant(Api.admin(), other, user, "limited").then().statusCode(200).extract().jsonPath()
                .getInt("extraAttempts") + 1, "the other class's single grant: the first class's two still apply");
        assertEquals(4, (Integer) quiz(record(other, user), "limited").get("attemptsAllowed"));
        List<Map<String, Object>> others = record(other, user).getList("overrides");
        assertEquals(1, others.size(), "each class lists its own grants");
        assertEquals(1, others.get(0).get("extraAttempts"), "each class lists its own grants");

        // Refusals.
        assertEquals(409, grant(Api.admin(), code, user, "all-types").statusCode(), "unlimited attempts: nothing to grant");
        assertEquals(404, grant(Api.admin(), code, user, "no-such-quiz").statusCode());
        assertEquals(400, grant(Api.admin(), code, user, null).statusCode());
        assertEquals(400, Api.admin().contentType(ContentType.JSON).post(learnerPath(code, user) + "/extra-attempts").statusCode());
    }

    @Test
    void aClosedAttemptIsReopenedUntilANewClosingTimeThenScoredAgain() {
        String code = Api.newClass("Record reopen " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = takeLimited(user, false);
        assertEquals(409, a.put("first", choices(a.optionId("first", "First"))).statusCode(), "closed");

        Instant until = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Response ro = reopen(Api.admin(), code, user, a.id, until.toString());
        assertEquals(200, ro.statusCode(), ro.asString());
        JsonPath opened = AttemptClient.json(ro.asString());
        assertEquals("open", opened.getString("status"));
        assertEquals(until.toString(), Instant.parse(opened.getString("deadline")).toString());
        assertEquals(until.toString(), Instant.parse(opened.getString("reopenedUntil")).toString());
        assertNull(opened.get("score"));
        assertNull(opened.get("questions[0].earned"));
        assertThat("the saved answers stay", opened.getString("questions[0].yourAnswer"), containsString("Second"));

        // The learner resumes it: open, with its deadline, saves accepted, and a new start resumes it.
        JsonPath resumed = a.get();
        assertFalse(resumed.getBoolean("submitted"));
        assertNull(resumed.get("result"));
        assertEquals(200, AttemptClient.startRaw(user, "limited").statusCode(), "the open attempt is resumed, not a new one");
        a.save("first", choices(a.optionId("first", "First")));
        JsonPath result = a.submit();
        assertEquals(0, BigDecimal.ONE.compareTo(dec(result.get("score"))), "scored again, with the answer saved since");
        assertEquals(true, result.get("passed"));

        JsonPath r = record(code, user);
        Map<String, Object> row = attempts(r, "limited").get(0);
        assertEquals("scored", row.get("status"));
        assertEquals(until.toString(), Instant.parse((String) row.get("reopenedUntil")).toString());
        Map<String, Object> change = r.getMap("changes[0]");
        assertEquals("reopen", change.get("kind"));
        assertEquals(a.id, change.get("attempt"));
        assertThat((String) change.get("detail"), containsString(until.toString()));
        assertThat((String) change.get("detail"), containsString("score 0.00 of 1.00"));

        // The scoreboard follows: best 1 of 1 now.
        JsonPath board = AttemptClient.json(Api.admin().get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200)
                .extract().asString());
        assertEquals(0, BigDecimal.ONE.compareTo(dec(board.get("rows[0].quizzes.limited.best"))), board.prettify());
    }

    @Test
    void reopeningIsRefusedWhereItWouldLoseSomething() {
        String code = Api.newClass("Record reopen refused " + System.nanoTime());
        String user = Api.newStudent(code);
        String soon = Instant.now().plusSeconds(3600).toString();
        AttemptClient open = AttemptClient.start(user, "limited");
        assertEquals(409, reopen(Api.admin(), code, user, open.id, soon).statusCode(), "open: nothing to reopen");
        open.submit();

        assertEquals(400, reopen(Api.admin(), code, user, open.id, null).statusCode());
        assertEquals(400, reopen(Api.admin(), code, user, open.id, "tomorrow").statusCode());
        assertEquals(400, reopen(Api.admin(), code, user, open.id, Instant.now().minusSeconds(5).toString()).statusCode());
        assertEquals(400, reopen(Api.admin(), code, user, open.id, Instant.now().plus(Duration.ofDays(31)).toString()).statusCode());
        assertEquals(400, reopen(Api.admin(), code, user, open.id, 12).statusCode(), "a number is no instant");

        AttemptClient second = AttemptClient.start(user, "limited");
        Response busy = reopen(Api.admin(), code, user, open.id, soon);
        assertEquals(409, busy.statusCode(), "another attempt of the quiz is open");
        assertThat(busy.asString(), containsString("Attempt 2 of this quiz is open"));
        second.submit();
        assertEquals(200, reopen(Api.admin(), code, user, open.id, soon).statusCode());
        assertEquals(0, record(code, user).getList("changes").size() - 1, "only the reopening that happened is recorded");
    }

    @Test
    void anAttemptPastItsDeadlineIsReopenedToo() throws InterruptedException {
        String code = Api.newClass("Record timed " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient t = AttemptClient.start(user, "timed");
        t.save("one", text("2"));
        Thread.sleep(2200);
        assertEquals(409, t.put("one", text("1")).statusCode(), "time is up");
        Response ro = reopen(Api.admin(), code, user, t.id, Instant.now().plusSeconds(600).toString());
        assertEquals(200, ro.statusCode(), ro.asString());
        t.save("one", text("1"));
        JsonPath result = t.submit();
        assertEquals(0, BigDecimal.ONE.compareTo(dec(result.get("score"))));
    }

    @Test
    void essaysAwaitingGradingLeaveTheQueueWhileReopenedAndAGradedEssayIsNeverReopened() {
        String code = Api.newClass("Record essays " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = AttemptClient.start(user, "essays");
        a.save("verdict", text("A verdict of a few words, to be graded."));
        a.submit();
        String queue = "/api/v1/classes/" + code + "/quizzes/essays/grading";
        assertEquals(1, Api.admin().get(queue).then().statusCode(200).extract().jsonPath().getInt("toGrade"));

        String soon = Instant.now().plusSeconds(3600).toString();
        assertEquals(200, reopen(Api.admin(), code, user, a.id, soon).statusCode());
        assertEquals(0, Api.admin().get(queue).then().statusCode(200).extract().jsonPath().getInt("toGrade"),
                "an open attempt waits for no grader");
        a.save("verdict", text("A better verdict, written again after the connection came back."));
        JsonPath result = a.submit();
        assertEquals("awaiting-grading", result.getString("status"));
        assertEquals(1, Api.admin().get(queue).then().statusCode(200).extract().jsonPath().getInt("toGrade"));

        Response g = Api.admin().contentType(ContentType.JSON).body(Map.of("version", 0, "criteria", List.of(4, 3, 3)))
                .put(queue + "/" + a.id + "/verdict");
        assertEquals(200, g.statusCode(), g.asString());
        Response refused = reopen(Api.admin(), code, user, a.id, soon);
        assertEquals(409, refused.statusCode());
        assertThat(refused.asString(), containsString("essay grades"));
    }
}
