package org.agora.attempt;

import static org.agora.attempt.AttemptClient.text;
import static org.agora.attempt.AttemptScoringApiTest.assertTotals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** timed.md allows 2 seconds; the server enforces it, also when the learner never comes back. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class DeadlineTest {

    @Test
    void closesAtTheDeadlineWithTheAnswerSavedInTimeWithoutAnySubmit() throws InterruptedException {
        AttemptClient a = startAndSaveInTime("1");
        Instant deadline = Instant.parse(a.started.getString("deadline"));
        sleepUntil(deadline.plusMillis(300));
        a.put("one", text("2")).then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));

        // Nobody submits: the timer closes the attempt (it runs every 5 s).
        JsonPath got = a.get();
        Instant giveUp = Instant.now().plusSeconds(15);
        while (!got.getBoolean("submitted") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
            got = a.get();
        }
        assertTrue(got.getBoolean("submitted"), "the attempt was not closed at its deadline: " + got.prettify());
        assertEquals("1", got.getString("answers.one.text"), "the late save changed nothing");
        assertTotals(got.setRootPath("result"), a.id, "1", "1", "100.0", true);
        assertAtDeadline(deadline, a.id);

        // The closed attempt does not block a new one, and a submit now returns the same result.
        JsonPath result = a.submit();
        assertTotals(result, a.id, "1", "1", "100.0", true);
        AttemptClient next = AttemptClient.start(a.user, "timed");
        assertEquals(2, next.started.getInt("number"));
    }

    @Test
    void submittingAfterTheDeadlineScoresWhatWasSavedBeforeIt() throws InterruptedException {
        AttemptClient a = startAndSaveInTime("0");
        Instant deadline = Instant.parse(a.started.getString("deadline"));
        a.put("one", text("1")).then().statusCode(204);
        sleepUntil(deadline.plusMillis(200));
        a.put("one", text("3")).then().statusCode(409);
        JsonPath r = a.submit();
        assertTotals(r, a.id, "1", "1", "100.0", true);
        assertAtDeadline(deadline, a.id);
    }

    @Test
    void thePageOfAnExpiredAttemptGoesToTheReview() throws InterruptedException {
        AttemptClient a = startAndSaveInTime("7");
        String u = a.user;
        Instant deadline = Instant.parse(a.started.getString("deadline"));
        sleepUntil(deadline.plusMillis(200));
        String location = Api.student(u).redirects().follow(false).get("/attempts/" + a.id).then().statusCode(303)
                .extract().header("Location");
        // The page closes it and says so; when the timer was quicker, it is simply the review.
        assertThat(location, org.hamcrest.Matchers.matchesPattern(".*/attempts/" + a.id + "/review(\\?late.*)?"));
        String review = Api.student(u).get(location.substring(location.indexOf("/attempts/"))).then().statusCode(200)
                .extract().asString();
        if (location.contains("late")) {
            assertThat(review, containsString("Time ran out"));
        }
        assertThat(Leaks.plain(review), containsString("0 of 1 points"));
        assertTrue(a.get().getBoolean("submitted"));
    }

    @Test
    void aFormPostedAfterTheDeadlineSavesNothing() throws InterruptedException {
        AttemptClient a = startAndSaveInTime("7");
        Instant deadline = Instant.parse(a.started.getString("deadline"));
        AttemptFormFlowTest.Browser b = new AttemptFormFlowTest.Browser(a.user);
        String token = AttemptFormFlowTest.Browser.csrf(b.get("/").asString());
        sleepUntil(deadline.plusMillis(200));
        String location = b.post("/attempts/" + a.id, java.util.Map.of("csrf-token", java.util.List.of(token),
                "a.one", java.util.List.of("1"), "action", java.util.List.of("submit"))).then().statusCode(303)
                .extract().header("Location");
        assertThat(location, org.hamcrest.Matchers.matchesPattern(".*/attempts/" + a.id + "/review(\\?late.*)?"));
        JsonPath got = a.get();
        assertTrue(got.getBoolean("submitted"));
        assertEquals("7", got.getString("answers.one.text"), "the late form changed nothing");
        assertTotals(got.setRootPath("result"), a.id, "0", "1", "0", false);
        assertAtDeadline(deadline, a.id);
    }

    /**
     * A new learner starts timed.md and saves {@code answer} within its 2 seconds. Signed in with a
     * session cookie (HTTP Basic checks bcrypt on every call); on a machine so busy that even that
     * misses the deadline, a new learner tries again.
     */
    private static AttemptClient startAndSaveInTime(String answer) {
        for (int attempt = 1; attempt <= 4; attempt++) {
            String u = AttemptClient.newStudent();
            String session = AttemptClient.signIn(u);
            Instant before = Instant.now();
            io.restassured.response.Response r = AttemptClient.startRaw(u, session, "timed");
            Instant after = Instant.now();
            assertEquals(201, r.statusCode(), r::asString);
            AttemptClient a = AttemptClient.of(u, session, r);
            Instant deadline = Instant.parse(a.started.getString("deadline"));
            assertFalse(deadline.isBefore(before.plusSeconds(2)), "deadline " + deadline + " vs start " + before);
            assertFalse(deadline.isAfter(after.plusSeconds(2)), "deadline " + deadline + " vs start " + after);
            int status = a.put("one", text(answer)).statusCode();
            if (status == 204) {
                return a;
            }
            assertEquals(409, status);
            assertTrue(Instant.now().isAfter(deadline), "409 before the deadline");
        }
        throw new AssertionError("four tries could not save within 2 seconds; the machine is too busy");
    }

    /** The attempt was closed at its deadline (the database keeps microseconds). */
    private static void assertAtDeadline(Instant deadline, String attemptId) {
        Instant closed = AttemptScoringApiTest.submittedAt(attemptId);
        assertTrue(Duration.between(deadline, closed).abs().toNanos() < 1000,
                "closed at " + closed + ", not at the deadline " + deadline);
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}
