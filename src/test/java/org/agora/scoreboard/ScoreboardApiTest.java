package org.agora.scoreboard;

import static io.restassured.RestAssured.given;
import static org.agora.scoreboard.Learners.answers;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.AccountService;
import org.agora.classroom.ClassroomService;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** GET /api/v1/classes/{code}/scoreboard: who may read it, ranks from real attempts, names per privacy. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ScoreboardApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN = "ZZZZ-0000"; // Z is never used in join codes

    @Inject
    ClassroomService classes;

    @Inject
    AccountService accounts;

    static JsonNode board(RequestSpecification as, String code) {
        String body = as.get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200)
                .contentType("application/json").extract().asString();
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    static List<JsonNode> rows(JsonNode board) {
        List<JsonNode> rows = new ArrayList<>();
        board.get("rows").forEach(rows::add);
        return rows;
    }

    static JsonNode rowNamed(JsonNode board, String name) {
        return rows(board).stream().filter(r -> name.equals(r.get("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + board));
    }

    @Test
    void onlyMembersAndInstructorsReadTheScoreboardAndOnlyInstructorsTheGradebookAndStatistics() {
        String code = Api.newClass("Access rules");
        String member = Learners.signUp(code, "Member Access");
        String outsider = Learners.signUp(Api.newClass("Another class"), "Outsider Access");
        String board = "/api/v1/classes/" + code + "/scoreboard";
        String csv = board + ".csv";
        String stats = "/api/v1/classes/" + code + "/quizzes/limited/stats";

        for (String path : List.of(board, csv, stats)) {
            given().get(path).then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
            Api.student(outsider).get(path).then().statusCode(403).contentType("application/problem+json");
            Api.admin().get(path).then().statusCode(200);
        }
        Api.student(member).get(board).then().statusCode(200);
        Api.student(member).get(csv).then().statusCode(403).contentType("application/problem+json");
        Api.student(member).get(stats).then().statusCode(403).contentType("application/problem+json");

        for (String path : List.of("/api/v1/classes/" + UNKNOWN + "/scoreboard", "/api/v1/classes/" + UNKNOWN + "/scoreboard.csv",
                "/api/v1/classes/" + UNKNOWN + "/quizzes/limited/stats")) {
            Api.admin().get(path).then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
        Api.student(member).get("/api/v1/classes/" + UNKNOWN + "/scoreboard").then().statusCode(404);
        Api.admin().get("/api/v1/classes/" + code + "/quizzes/no-such-quiz/stats").then().statusCode(404);

        // the HTML pages follow the same rules
        for (String page : List.of("scoreboard", "projector", "projector/events")) {
            Api.student(outsider).get("/classes/" + code + "/" + page).then().statusCode(403);
        }
        Api.student(member).get("/classes/" + code + "/quizzes/limited/stats").then().statusCode(403);
        Api.admin().get("/classes/" + UNKNOWN + "/scoreboard").then().statusCode(404);
    }

    @Test
    void totalsAreTheSumOfBestAttemptsAndEqualTotalsShareARank() {
        String code = Api.newClass("Ranking");
        String alice = Learners.signUp(code, "Alice Rank");
        String bravo = Learners.signUp(code, "Bravo Rank");
        String charlie = Learners.signUp(code, "Charlie Rank");
        String delta = Learners.signUp(code, "Delta Rank");
        Learners.signUp(code, "Echo Rank"); // never attempts anything

        // Alice: annan (2 points) + limited (1) = 3, and she read a lesson
        assertEquals(0, new BigDecimal("2").compareTo(Learners.take(alice, "all-types", answers("annan", new Pick("Kofi Annan")))));
        Learners.take(alice, "limited", answers("first", new Pick("First")));
        Learners.complete(alice, "basics");
        // Bravo: 2, then a worse second attempt that must not lower his best
        Learners.take(bravo, "all-types", answers("annan", new Pick("Kofi Annan")));
        Learners.take(bravo, "all-types", answers("annan", new Pick("Jiang Zemin")));
        // Charlie: 2
        Learners.take(charlie, "all-types", answers("annan", new Pick("Kofi Annan")));
        // Delta: limited wrong, then right: best 1
        Learners.take(delta, "limited", answers("first", new Pick("Second")));
        Learners.take(delta, "limited", answers("first", new Pick("First")));

        JsonNode board = board(Api.admin(), code);
        assertEquals(code, board.get("class").get("code").asText());
        assertEquals("Ranking", board.get("class").get("name").asText());
        List<JsonNode> rows = rows(board);
        assertEquals(List.of("Alice Rank", "Bravo Rank", "Charlie Rank", "Delta Rank", "Echo Rank"),
                rows.stream().map(r -> r.get("name").asText()).toList());
        assertEquals(List.of(1, 2, 2, 4, 5), rows.stream().map(r -> r.get("rank").asInt()).toList());
        assertEquals(List.of(3.0, 2.0, 2.0, 1.0, 0.0), rows.stream().map(r -> r.get("total").asDouble()).toList());
        assertEquals(List.of(1, 0, 0, 1, 0), rows.stream().map(r -> r.get("quizzesPassed").asInt()).toList());
        assertEquals(List.of(1, 0, 0, 0, 0), rows.stream().map(r -> r.get("lessonsCompleted").asInt()).toList());
        double maxTotal = Learners.maxTotal().doubleValue();
        rows.forEach(r -> assertEquals(maxTotal, r.get("maxTotal").asDouble(), 1e-9));
        // per-quiz best scores, pass and fail told apart
        JsonNode aliceQuizzes = rows.get(0).get("quizzes");
        assertEquals(2.0, aliceQuizzes.get("all-types").get("best").asDouble());
        assertFalse(aliceQuizzes.get("all-types").get("passed").asBoolean());
        assertEquals(1.0, aliceQuizzes.get("limited").get("best").asDouble());
        assertTrue(aliceQuizzes.get("limited").get("passed").asBoolean());
        assertEquals(2.0, rows.get(1).get("quizzes").get("all-types").get("best").asDouble());
        assertTrue(rows.get(4).get("quizzes").isEmpty());
        // an instructor has no row of their own
        rows.forEach(r -> assertFalse(r.get("me").asBoolean()));

        // a student sees the same ranking once the class shares every row
        classes.setPrivacy(code, "full", "everyone");
        JsonNode asBravo = board(Api.student(bravo), code);
        assertEquals(List.of(1, 2, 2, 4, 5), rows(asBravo).stream().map(r -> r.get("rank").asInt()).toList());
        assertTrue(rowNamed(asBravo, "Bravo Rank").get("me").asBoolean());
    }

    @Test
    void anInstructorsBoardIsSharedButNeverStale() {
        String code = Api.newClass("Fresh board");
        String first = Learners.signUp(code, "First Fresh");
        JsonNode before = board(Api.admin(), code);
        assertEquals(List.of("First Fresh"), names(before));
        assertEquals(before, board(Api.admin(), code), "unchanged: the same board again");

        Learners.signUp(code, "Second Fresh"); // a new member
        assertEquals(List.of("First Fresh", "Second Fresh"), names(board(Api.admin(), code)));
        Learners.take(first, "limited", answers("first", new Pick("First"))); // a submission
        assertEquals(1.0, rows(board(Api.admin(), code)).get(0).get("total").asDouble());
        Learners.complete(first, "basics"); // a lesson read
        assertEquals(1, rows(board(Api.admin(), code)).get(0).get("lessonsCompleted").asInt());
        classes.setPrivacy(code, "anonymous", "everyone"); // instructors still see full names, the class shows the new privacy
        JsonNode after = board(Api.admin(), code);
        assertEquals("anonymous", after.get("class").get("privacy").asText());
        assertEquals(List.of("First Fresh", "Second Fresh"), names(after));
    }

    private long id(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    private String nickname(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().nickname);
    }

    @Test
    void privacyModesAsSeenByAStudentAndByAnInstructor() {
        String code = Api.newClass("Privacy");
        String me = Learners.signUp(code, "Mia Private");
        String picked = Learners.signUp(code, "Paul Private");
        String generated = Learners.signUp(code, "Gina Private");
        Learners.take(me, "limited", answers("first", new Pick("First")));
        Learners.take(picked, "all-types", answers("annan", new Pick("Kofi Annan")));
        Account paul = new Account();
        paul.id = id(picked);
        accounts.updateNickname(paul, "Captain Comma");
        String ginaNick = nickname(generated);
        String miaNick = nickname(me);
        assertFalse(ginaNick.isBlank(), "a nickname is generated at sign-up");
        assertNotEquals("Gina Private", ginaNick);

        // Full names, every row
        classes.setPrivacy(code, "full", "everyone");
        JsonNode full = board(Api.student(me), code);
        assertEquals("full", full.get("class").get("privacy").asText());
        assertEquals(List.of("Paul Private", "Mia Private", "Gina Private"), names(full));
        assertEquals(List.of(false, true, false), mine(full));

        classes.setPrivacy(code, "nickname", "everyone");
        JsonNode nick = board(Api.student(me), code);
        assertEquals("nickname", nick.get("class").get("privacy").asText());
        assertEquals(List.of("Captain Comma", miaNick, ginaNick), names(nick));
        assertEquals(List.of(false, true, false), mine(nick));
        assertNoRealNamesOfOthers(nick);

        classes.setPrivacy(code, "anonymous", "everyone");
        JsonNode anon = board(Api.student(me), code);
        assertEquals(List.of("Anonymous learner", "Mia Private", "Anonymous learner"), names(anon));
        assertEquals(List.of(false, true, false), mine(anon));
        assertNoRealNamesOfOthers(anon);
        // another learner sees their own name and not Mia's
        JsonNode asPaul = board(Api.student(picked), code);
        assertEquals(List.of("Paul Private", "Anonymous learner", "Anonymous learner"), names(asPaul));
        assertEquals(List.of(true, false, false), mine(asPaul));

        // instructors always see full names, in every mode
        for (String privacy : List.of("full", "nickname", "anonymous")) {
            classes.setPrivacy(code, privacy, "everyone");
            JsonNode staff = board(Api.admin(), code);
            assertEquals(List.of("Paul Private", "Mia Private", "Gina Private"), names(staff), privacy);
            assertEquals(List.of(false, false, false), mine(staff), privacy);
        }
    }

    private static void assertNoRealNamesOfOthers(JsonNode board) {
        String text = board.toString();
        assertFalse(text.contains("Paul Private"), text);
        assertFalse(text.contains("Gina Private"), text);
        assertFalse(text.contains("\"username\""), text);
    }

    private static List<String> names(JsonNode board) {
        return rows(board).stream().map(r -> r.get("name").asText()).toList();
    }

    private static List<Boolean> mine(JsonNode board) {
        return rows(board).stream().map(r -> r.get("me").asBoolean()).toList();
    }

    @Test
    void privacyAlsoRulesThePageAndTheProjector() {
        String code = Api.newClass("Privacy pages");
        String me = Learners.signUp(code, "Mona Pagecheck");
        Learners.signUp(code, "Otto Hidden");
        classes.setPrivacy(code, "anonymous", "everyone");
        String page = Api.student(me).get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Mona Pagecheck"));
        assertTrue(page.contains("Anonymous learner"));
        assertFalse(page.contains("Otto Hidden"), page);
        String projector = Api.student(me).get("/classes/" + code + "/projector").then().statusCode(200).extract().asString();
        assertFalse(projector.contains("Otto Hidden"), projector);
        String korean = Api.student(me).header("Accept-Language", "ko").get("/classes/" + code + "/scoreboard").then()
                .statusCode(200).extract().asString();
        assertTrue(korean.contains("익명 학습자"), "a hidden classmate is named in the page's language");
        assertFalse(korean.contains("Anonymous learner"), korean);
        String koreanProjector = Api.student(me).header("Accept-Language", "ko").get("/classes/" + code + "/projector")
                .then().statusCode(200).extract().asString();
        assertTrue(koreanProjector.contains("data-anonymous=\"익명 학습자\""), koreanProjector);
        assertFalse(projector.contains("Mona Pagecheck"), "the projector is public in the room: no one is 'me'");
        // the instructor's page shows real names
        String staff = Api.admin().get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertTrue(staff.contains("Otto Hidden") && staff.contains("Mona Pagecheck"));
    }
}
