package org.agora.scoreboard;

import static org.agora.scoreboard.Learners.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.EventStream;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The two privacy settings, enforced on the server: a new class shows students their own row
 * only and names classmates by nickname; its projector and stream are for instructors until the
 * class shares its board, and a student's stream ends the moment it stops sharing.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ScoreboardPrivacyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ClassroomService classes;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aNewClassIsPrivateByDefault() {
        String code = Api.newClass("Private by default");
        Classroom c = QuarkusTransaction.requiringNew().call(() -> Classroom.findByCode(code).orElseThrow());
        assertEquals("nickname", c.privacy);
        assertEquals("own", c.studentBoard);
    }

    @Test
    void aStudentGetsOnlyTheirOwnRowAndRankThroughTheApiAndThePage() {
        String code = Api.newClass("Own row");
        String top = Learners.signUp(code, "Tina Topscore");
        String me = Learners.signUp(code, "Milo Middle");
        Learners.signUp(code, "Nora Nothing");
        Learners.take(top, "all-types", answers("annan", new Pick("Kofi Annan")));
        Learners.take(me, "limited", answers("first", new Pick("First")));

        JsonNode board = json(Api.student(me).get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200)
                .extract().asString());
        assertEquals(1, board.get("rows").size(), board.toString());
        JsonNode mine = board.get("rows").get(0);
        assertTrue(mine.get("me").asBoolean());
        assertFalse(mine.get("name").asText().isBlank(), "named as the class names everyone: by nickname");
        assertEquals(2, mine.get("rank").asInt(), "the rank is among the whole class");
        assertNoneOf(board.toString(), "Tina", "Nora", "Topscore");

        String page = Api.student(me).get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertTrue(page.contains("You are <strong>2nd</strong> of 3 learners."), page);
        assertNoneOf(page, "Tina", "Nora", "/projector", "Score distribution");

        // the instructor still sees everyone, by full name, and the distributions
        String staff = Api.admin().get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertTrue(staff.contains("Tina Topscore") && staff.contains("Nora Nothing") && staff.contains("Score distribution"));

        // sharing the board shows every row, classmates by nickname
        classes.setPrivacy(code, "nickname", "everyone");
        JsonNode shared = json(Api.student(me).get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200)
                .extract().asString());
        assertEquals(3, shared.get("rows").size());
        assertNoneOf(shared.toString(), "Tina Topscore", "Nora Nothing");
    }

    @Test
    void theProjectorAndItsStreamAreRefusedToStudentsOfAClassThatSharesNoRows() throws Exception {
        String code = Api.newClass("Projector closed");
        String me = Learners.signUp(code, "Sofia Student");
        Learners.signUp(code, "Hidden Classmate");
        Api.student(me).get("/classes/" + code + "/projector").then().statusCode(403);
        Api.student(me).get("/classes/" + code + "/projector?quiz=limited").then().statusCode(403);
        try (EventStream stream = EventStream.open(events(code, ""), basic(me))) {
            assertTrue(stream.endsWithin(20, TimeUnit.SECONDS), "the refused stream ends");
            assertEquals(403, stream.response().statusCode());
            assertEquals(null, stream.next(0, TimeUnit.SECONDS), "and carried no board");
        }
        Api.admin().get("/classes/" + code + "/projector").then().statusCode(200);
    }

    @Test
    void aStudentsStreamEndsWhenTheClassStopsSharingItsBoard() throws Exception {
        String code = Api.newClass("Stream closes");
        classes.setPrivacy(code, "nickname", "everyone");
        String me = Learners.signUp(code, "Stella Stream");
        Learners.signUp(code, "Carl Classmate");
        try (EventStream student = EventStream.open(events(code, ""), basic(me));
                EventStream staff = EventStream.open(events(code, ""), basic(Api.ADMIN, Api.ADMIN_PASSWORD))) {
            EventStream.Event first = student.next(20, TimeUnit.SECONDS);
            assertNotNull(first, () -> "no first event: " + student.failure());
            assertNoneOf(first.data(), "Stella Stream", "Carl Classmate"); // nicknames on the projector
            assertNotNull(staff.next(20, TimeUnit.SECONDS));

            classes.setPrivacy(code, "full", "own");
            assertTrue(student.endsWithin(5, TimeUnit.SECONDS), "the student's stream ends");
            EventStream.Event leaked;
            while ((leaked = student.next(0, TimeUnit.SECONDS)) != null) {
                assertNoneOf(leaked.data(), "Stella Stream", "Carl Classmate");
            }
            // the instructor's stream goes on, now with full names
            EventStream.Event named = null;
            for (int i = 0; i < 20 && named == null; i++) {
                EventStream.Event e = staff.next(1, TimeUnit.SECONDS);
                named = e != null && e.data().contains("Carl Classmate") ? e : null;
            }
            assertNotNull(named, "the instructor's projector shows the new naming");
        }
    }

    @Test
    void thePrivacyFormSavesBothSettingsAndRefusesAMissingOne() {
        String code = Api.newClass("Privacy form");
        Browser staff = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String page = staff.get("/instructor/classes/" + code).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"board-own\" name=\"studentBoard\" value=\"own\" aria-describedby=\"board-own-hint\" checked"), page);
        assertTrue(page.contains("value=\"nickname\" aria-describedby=\"privacy-nickname-hint\" checked"), page);
        assertTrue(page.contains("Only their own row and rank") && page.contains("Everyone's rows"), page);

        assertEquals(303, staff.post("/instructor/classes/" + code + "/privacy",
                Map.of("privacy", "full", "studentBoard", "everyone")).statusCode());
        Classroom c = QuarkusTransaction.requiringNew().call(() -> Classroom.findByCode(code).orElseThrow());
        assertEquals(List.of("full", "everyone"), List.of(c.privacy, c.studentBoard));
        staff.get("/instructor/classes/" + code);
        assertEquals(400, staff.post("/instructor/classes/" + code + "/privacy", Map.of("privacy", "full")).statusCode());
        assertEquals(400, staff.post("/instructor/classes/" + code + "/privacy",
                Map.of("privacy", "full", "studentBoard", "all")).statusCode());
    }

    private URI events(String code, String query) {
        return URI.create(base.toString().replaceAll("/$", "") + "/classes/" + code + "/projector/events" + query);
    }

    private static Map<String, String> basic(String username) {
        return basic(username, Api.PASSWORD);
    }

    private static Map<String, String> basic(String username, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }

    private static void assertNoneOf(String text, String... hidden) {
        for (String h : hidden) {
            assertFalse(text.contains(h), "'" + h + "' must not reach the student: " + text);
        }
    }
}
