package org.agora.schedule;

import static io.restassured.RestAssured.given;
import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.text;
import static org.agora.support.QuizSchedules.path;
import static org.agora.support.QuizSchedules.put;
import static org.agora.support.QuizSchedules.schedule;
import static org.agora.support.QuizSchedules.sleepUntil;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptClient;
import org.agora.classroom.ClassroomService;
import org.agora.classroom.Membership;
import org.agora.support.Api;
import org.agora.support.Poll;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Due dates per class through the API: who may set them, and what they do to starts, deadlines, reviews and lateness. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ScheduleApiTest {

    @Inject
    ClassroomService classes;

    @Test
    void accessRulesAndBadInput() {
        String code = Api.newClass("Schedule access");
        String student = Api.newStudent(code);
        String other = Api.newClass("Another class");
        Map<String, String> body = Map.of("opensAt", "2030-01-01T09:00:00Z");

        given().get(path(code, "all-types")).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).put(path(code, "all-types")).then().statusCode(401);
        given().delete(path(code, "all-types")).then().statusCode(401);
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).body(body).put(path(code, "all-types")), 403);
        Problems.assertProblem(Api.student(student).delete(path(code, "all-types")), 403);
        Problems.assertProblem(Api.student(student).contentType(ContentType.JSON).body(Map.of("lateWork", "accept"))
                .put("/api/v1/classes/" + code + "/schedule-settings"), 403);
        Problems.assertProblem(Api.student(student).get(path(other, "all-types")), 403);
        Problems.assertProblem(Api.admin().get(path("ZZZZ-0000", "all-types")), 404);
        Problems.assertProblem(Api.admin().get(path(code, "no-such-quiz")), 404);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body(body).put(path("ZZZZ-0000", "all-types")), 404);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body(body).put(path(code, "no-such-quiz")), 404);
        Problems.assertProblem(Api.admin().delete(path(code, "no-such-quiz")), 404);

        JsonPath bad = Problems.assertProblem(Api.admin().contentType(ContentType.JSON)
                .body(Map.of("opensAt", "tomorrow", "closesAt", "2030-13-01T00:00:00Z")).put(path(code, "all-types")), 400);
        assertThat(bad.getString("errors.opensAt"), containsString("ISO-8601"));
        assertThat(bad.getString("errors.closesAt"), containsString("ISO-8601"));
        JsonPath order = Problems.assertProblem(put(code, "all-types", Instant.parse("2030-01-02T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z")), 400);
        assertThat(order.getString("errors.closesAt"), containsString("after the opening"));
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body("[1]").put(path(code, "all-types")), 400);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body(Map.of("timeZone", "Mars/Olympus"))
                .put("/api/v1/classes/" + code + "/schedule-settings"), 400);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON).body(Map.of("lateWork", "maybe"))
                .put("/api/v1/classes/" + code + "/schedule-settings"), 400);

        // Nothing was stored by the refused calls; a student reads their own class's schedule.
        JsonPath none = Api.student(student).get(path(code, "all-types")).then().statusCode(200).extract().jsonPath();
        assertNull(none.get("opensAt"));
        assertNull(none.get("closesAt"));

        Api.admin().contentType(ContentType.JSON).body(Map.of("timeZone", "Asia/Seoul"))
                .put("/api/v1/classes/" + code + "/schedule-settings").then().statusCode(200);
        JsonPath set = Api.admin().contentType(ContentType.JSON)
                .body(Map.of("opensAt", "2030-01-01T09:00:00+09:00", "closesAt", "2030-01-08T00:00:00Z"))
                .put(path(code, "all-types")).then().statusCode(200).extract().jsonPath();
        assertEquals("2030-01-01T00:00:00Z", set.getString("opensAt"), "an offset is read as the instant it names");
        assertEquals("2030-01-08T00:00:00Z", set.getString("closesAt"));
        assertEquals("Asia/Seoul", set.getString("timeZone"));
        assertEquals("Tue 1 Jan 2030, 09:00 (Asia/Seoul)", set.getString("opensText"));
        assertEquals(Api.ADMIN, set.getString("updatedBy"));
        JsonPath read = Api.student(student).get(path(code, "all-types")).then().statusCode(200).extract().jsonPath();
        assertEquals("2030-01-01T00:00:00Z", read.getString("opensAt"));

        Api.admin().delete(path(code, "all-types")).then().statusCode(204);
        Api.admin().delete(path(code, "all-types")).then().statusCode(204);
        assertNull(Api.admin().get(path(code, "all-types")).then().statusCode(200).extract().jsonPath().get("opensAt"));
    }

    @Test
    void noStartBeforeTheOpeningOrFromTheClosingTime() throws InterruptedException {
        String code = Api.newClass("Schedule start");
        String u = Api.newStudent(code);
        Instant opens = Instant.now().plusMillis(2500).truncatedTo(ChronoUnit.MILLIS);
        schedule(code, "all-types", opens, opens.plusSeconds(3600));
        // More than a second before the opening: 409, saying when it opens.
        assertTrue(Instant.now().isBefore(opens.minusSeconds(1)));
        JsonPath early = Problems.assertProblem(AttemptClient.startRaw(u, "all-types"), 409);
        assertThat(early.getString("detail"), containsString(opens.toString()));
        sleepUntil(opens);
        AttemptClient.start(u, "all-types").submit();

        // A closing time in the past: no start, saying when it closed.
        Instant closed = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        schedule(code, "all-types", null, closed);
        JsonPath late = Problems.assertProblem(AttemptClient.startRaw(u, "all-types"), 409);
        assertThat(late.getString("detail"), containsString("closed at " + closed));

        // Another class's schedule changes nothing for this class's learners.
        String other = Api.newClass("Unscheduled");
        AttemptClient.start(Api.newStudent(other), "all-types");
    }

    @Test
    void aRunningAttemptClosesAtTheClosingTimeWithTheAnswersSavedBeforeIt() throws InterruptedException {
        String code = Api.newClass("Schedule close");
        String u = Api.newStudent(code);
        AttemptClient a = AttemptClient.start(u, "all-types");
        assertNull(a.started.get("deadline"), "all-types has no time limit");
        Instant closes = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        schedule(code, "all-types", null, closes);
        assertEquals(closes, Instant.parse(a.get().getString("deadline")), "the open attempt takes the closing time as deadline");
        a.save("annan", choices(a.optionId("annan", "Kofi Annan")));
        // A second learner starting now gets the closing time as deadline too.
        AttemptClient b = AttemptClient.start(Api.newStudent(code), "all-types");
        assertEquals(closes, Instant.parse(b.started.getString("deadline")));

        sleepUntil(closes.plusMillis(200));
        a.put("year", text("1997")).then().statusCode(409);
        Poll.until(Duration.ofSeconds(20), "closed by the job", () -> a.get().getBoolean("submitted"));
        JsonPath got = a.get();
        assertEquals(0, new java.math.BigDecimal("2").compareTo(new java.math.BigDecimal(got.getString("result.score"))), "the answer saved before the closing time counts: " + got.prettify());
        assertNull(got.get("answers.year"), "the late save changed nothing");
        Instant submitted = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(a.id).submittedAt);
        assertTrue(Duration.between(closes, submitted).abs().toNanos() < 1000, "closed at " + submitted + ", not " + closes);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(a.id).late), "closed on time");

        // Moving the closing time later reopens nothing that is closed, but gives open attempts more time.
        String code2 = Api.newClass("Schedule extend");
        String v = Api.newStudent(code2);
        schedule(code2, "all-types", null, Instant.now().plusSeconds(60));
        AttemptClient c = AttemptClient.start(v, "all-types");
        Instant later = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);
        schedule(code2, "all-types", null, later);
        assertEquals(later, Instant.parse(c.get().getString("deadline")));
        Api.admin().delete(path(code2, "all-types")).then().statusCode(204);
        assertNull(c.get().get("deadline"), "without a schedule the attempt has no deadline again");
    }

    @Test
    void aLearnerInTwoClassesGetsTheMostGenerous() {
        String closedClass = Api.newClass("Closed early");
        String openClass = Api.newClass("Still open");
        String u = Api.newStudent(closedClass);
        Instant now = Instant.now();
        schedule(closedClass, "all-types", now.minusSeconds(7200), now.minusSeconds(3600));
        schedule(openClass, "all-types", now.minusSeconds(600), now.plusSeconds(3600));
        Problems.assertProblem(AttemptClient.startRaw(u, "all-types"), 409);
        Account learner = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(u).orElseThrow());
        classes.join(openClass, learner);
        AttemptClient a = AttemptClient.start(u, "all-types");
        assertEquals(now.plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS), Instant.parse(a.started.getString("deadline")),
                "the later closing time");

        // Not yet open in one class, open in the other: startable.
        String notYet = Api.newClass("Opens later");
        String w = Api.newStudent(notYet);
        schedule(notYet, "pool", now.plusSeconds(3600), null);
        Problems.assertProblem(AttemptClient.startRaw(w, "pool"), 409);
        classes.join(openClass, QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(w).orElseThrow()));
        AttemptClient.start(w, "pool");
    }

    @Test
    void aLearnerOfNoClassIsUnaffected() {
        String code = Api.newClass("Left behind");
        String u = Api.newStudent(code);
        schedule(code, "all-types", null, Instant.now().minusSeconds(60));
        Problems.assertProblem(AttemptClient.startRaw(u, "all-types"), 409);
        QuarkusTransaction.requiringNew().run(() -> Membership.delete("accountId",
                Account.findByUsername(u).orElseThrow().id));
        AttemptClient.start(u, "all-types");
    }

    @Test
    void afterCloseShowsTheKeysOnceEveryClassOfTheLearnerHasClosed() throws Exception {
        String quiz = "final" + System.nanoTime();
        Path file = TestContent.quizzes().resolve(quiz + ".md");
        try {
            Files.writeString(file, "---\ntitle: Final\nattempts: 1\nreview: after-close\nshuffle: false\n---\n\n"
                    + "## Pick the first {#first}\n\n- (x) First\n  > Right.\n- ( ) Second\n\n> The first was right.\n",
                    StandardCharsets.UTF_8);
            Poll.until(Duration.ofSeconds(20), quiz + " offered",
                    () -> given().get("/api/v1/quizzes").then().extract().<List<String>>path("id").contains(quiz));
            String a1 = Api.newClass("Final A");
            String a2 = Api.newClass("Final B");
            String unscheduled = Api.newClass("Final unscheduled");
            String one = Api.newStudent(a1);
            String both = Api.newStudent(a1);
            classes.join(a2, QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(both).orElseThrow()));
            String none = Api.newStudent(unscheduled);
            // The windows open only once the accounts exist, so that a slow machine still takes the quiz in time.
            Instant closesA = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
            schedule(a1, quiz, null, closesA);
            schedule(a2, quiz, null, closesA.plusSeconds(3));

            JsonPath r1 = take(one, quiz);
            JsonPath r2 = take(both, quiz);
            JsonPath r3 = take(none, quiz);
            for (JsonPath r : List.of(r1, r2, r3)) {
                assertFalse(r.getBoolean("reviewShown"), r.prettify());
                assertNull(r.get("questions[0].correctAnswer"));
                assertNull(r.get("questions[0].explanation"));
            }
            sleepUntil(closesA.plusMillis(100));
            assertTrue(result(one, r1).getBoolean("reviewShown"), "closed for the learner's one class");
            assertThat(result(one, r1).getString("questions[0].correctAnswer"), containsString("First"));
            assertFalse(result(both, r2).getBoolean("reviewShown"), "the second class is still open");
            sleepUntil(closesA.plusMillis(3100));
            assertTrue(result(both, r2).getBoolean("reviewShown"), "closed for both classes");
            assertFalse(result(none, r3).getBoolean("reviewShown"), "never, for a class that does not schedule it");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aClassThatAcceptsLateWorkTakesAndMarksIt() throws InterruptedException {
        String code = Api.newClass("Late work");
        Api.admin().contentType(ContentType.JSON).body(Map.of("lateWork", "accept"))
                .put("/api/v1/classes/" + code + "/schedule-settings").then().statusCode(200);
        String onTime = Api.newStudent(code);
        String late = Api.newStudent(code);
        // Due once the accounts exist, with room for a slow machine to take the quiz in time.
        Instant due = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
        schedule(code, "limited", null, due);
        JsonPath first = take(onTime, "limited");
        AttemptClient running = AttemptClient.start(late, "limited");
        assertNull(running.started.get("deadline"), "accepting late work, the due date closes nothing");
        sleepUntil(due.plusMillis(100));
        running.save("first", choices(running.optionId("first", "First")));
        running.submit();
        AttemptClient.start(late, "limited").submit(); // a start after the due date is taken too
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(first.getString("attempt")).late));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(running.id).late));

        JsonPath board = Api.admin().get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200).extract().jsonPath();
        Map<String, Object> lateCell = board.getMap("rows.find { it.name == 'Student " + late + "' }.quizzes.limited");
        Map<String, Object> onTimeCell = board.getMap("rows.find { it.name == 'Student " + onTime + "' }.quizzes.limited");
        assertEquals(true, lateCell.get("late"), board.prettify());
        assertEquals(false, onTimeCell.get("late"));
        String csv = Api.admin().get("/api/v1/classes/" + code + "/scoreboard.csv").then().statusCode(200).extract().asString();
        assertThat(csv, containsString("\"Two tries (late)\""));
        String lateLine = csv.lines().filter(l -> l.contains(late)).findFirst().orElseThrow();
        String onTimeLine = csv.lines().filter(l -> l.contains(onTime)).findFirst().orElseThrow();
        assertThat(lateLine, containsString("\"late\""));
        assertFalse(onTimeLine.contains("\"late\""), onTimeLine);
        String page = Api.admin().get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertThat(page, containsString("badge late"));
    }

    private static JsonPath take(String user, String quiz) {
        AttemptClient a = AttemptClient.start(user, quiz);
        a.save("first", choices(a.optionId("first", "First")));
        return a.submit();
    }

    private static JsonPath result(String user, JsonPath submitted) {
        return Api.student(user).get("/api/v1/attempts/" + submitted.getString("attempt")).then().statusCode(200).extract()
                .jsonPath().setRootPath("result");
    }
}
