package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Poll;
import org.agora.support.TestContent;
import org.agora.web.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * Previews for authors (issue 18): an instructor answers a quiz on the attempt pages and API and
 * sees the full review whatever the quiz's rule; restart; students never reach a preview; and a
 * preview counts nowhere.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class PreviewTest {

    @Inject
    PreviewService previews;

    private static RequestSpecification admin() {
        return Api.admin().contentType(ContentType.JSON);
    }

    /** POST /api/v1/quizzes/{quiz}/previews as the instructor: a new preview (201) or the open one resumed (200). */
    private static JsonPath startPreview(String quiz) {
        Response r = admin().post("/api/v1/quizzes/" + quiz + "/previews");
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, () -> "preview " + quiz + ": " + r.asString());
        return AttemptClient.json(r.asString());
    }

    private static String optionId(JsonPath preview, String qid, String text) {
        List<Map<String, Object>> options = preview.getList("questions.find { it.id == '" + qid + "' }.options");
        return options.stream().filter(o -> AttemptClient.plain((String) o.get("html")).equals(text))
                .map(o -> (String) o.get("id")).findFirst().orElseThrow(() -> new AssertionError(text + " in " + options));
    }

    private static void save(String id, String qid, Object body) {
        Response r = admin().body(body).put("/api/v1/attempts/" + id + "/answers/" + qid);
        assertEquals(204, r.statusCode(), () -> "save: " + r.asString());
    }

    private static JsonPath submit(String id) {
        Response r = admin().post("/api/v1/attempts/" + id + "/submit");
        assertEquals(200, r.statusCode(), () -> "submit: " + r.asString());
        return AttemptClient.json(r.asString());
    }

    @Test
    void aPreviewShowsEveryKeyDespiteReviewNever() {
        JsonPath p = startPreview("secret");
        String id = p.getString("attempt");
        assertTrue(p.getBoolean("preview"));
        save(id, "yes", choices(optionId(p, "yes", "No")));
        JsonPath result = submit(id);
        assertTrue(result.getBoolean("reviewShown"), "a preview's review shows everything");
        assertEquals("Yes", AttemptClient.plain(result.getString("questions[0].correctAnswer")));
        assertThat(AttemptClient.plain(result.getString("questions[0].feedback")), containsString("Wrong."));
        String page = Api.admin().get("/attempts/" + id + "/review").then().statusCode(200).extract().asString();
        assertThat(page, containsString("class=\"feedback\""));
        assertThat(page, containsString("/previews/" + id + "/restart"));
        assertThat(Leaks.plain(page), containsString("Wrong."));
    }

    @Test
    void aPreviewIgnoresAttemptLimitsAndShowsAfterLastAttemptAtOnce() {
        for (int i = 0; i < 3; i++) { // the quiz allows 2; a preview is never counted against them
            JsonPath p = startPreview("limited");
            save(p.getString("attempt"), "first", choices(optionId(p, "first", "Second")));
            JsonPath result = submit(p.getString("attempt"));
            assertTrue(result.getBoolean("reviewShown"));
            assertEquals("First", AttemptClient.plain(result.getString("questions[0].correctAnswer")));
        }
    }

    @Test
    void anEssayPreviewShowsItsNotesAtOnceAndWaitsInNoQueue() {
        JsonPath p = startPreview("essays");
        String id = p.getString("attempt");
        save(id, "verdict", text("A clear verdict that uses a claim of the essay."));
        JsonPath result = submit(id);
        assertThat(AttemptClient.plain(result.getString("questions.find { it.id == 'verdict' }.explanation")),
                containsString("Strong answers name the claim"));
    }

    @Test
    void startingAgainResumesTheOpenPreviewAndRestartStartsAFreshOne() {
        JsonPath p = startPreview("all-types");
        String id = p.getString("attempt");
        save(id, "paper", text("Rodong Sinmun"));
        Response again = admin().post("/api/v1/quizzes/all-types/previews");
        assertEquals(200, again.statusCode(), "a second start resumes the open preview");
        assertEquals(id, AttemptClient.json(again.asString()).getString("attempt"));

        Response restarted = admin().post("/api/v1/previews/" + id + "/restart");
        assertEquals(201, restarted.statusCode(), restarted::asString);
        JsonPath fresh = AttemptClient.json(restarted.asString());
        assertNotEquals(id, fresh.getString("attempt"));
        assertTrue(fresh.getMap("answers").isEmpty(), "a fresh preview has no answers");
        Api.admin().get("/api/v1/attempts/" + id).then().statusCode(404); // discarded
        admin().delete("/api/v1/previews/" + fresh.getString("attempt")).then().statusCode(204);
        Api.admin().get("/api/v1/attempts/" + fresh.getString("attempt")).then().statusCode(404);
    }

    @Test
    void onlyTheLastFewPreviewsAreKept() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < PreviewService.KEPT + 2; i++) {
            String id = startPreview("timed").getString("attempt");
            submit(id);
            ids.add(id);
        }
        for (int i = 0; i < ids.size(); i++) {
            Api.admin().get("/api/v1/attempts/" + ids.get(i)).then().statusCode(i < 2 ? 404 : 200);
        }
    }

    @Test
    void aPreviewRunsTheQuizTimeLimit() {
        JsonPath p = startPreview("twenty-minutes");
        assertNotNull(p.getString("deadline"), "the author sees the timer");
        String page = Api.admin().get("/attempts/" + p.getString("attempt")).then().statusCode(200).extract().asString();
        assertThat(page, containsString("data-deadline="));
        assertThat(page, containsString("id=\"preview-heading\""));
    }

    @Test
    void studentsNeverReachAPreviewNorInstructorsAnAttempt() {
        String student = AttemptClient.newStudent();
        String id = startPreview("secret").getString("attempt");
        RequestSpecification s = Api.student(student);
        s.get("/api/v1/attempts/" + id).then().statusCode(404);
        Api.student(student).contentType(ContentType.JSON).body(choices("x")).put("/api/v1/attempts/" + id + "/answers/yes")
                .then().statusCode(404);
        Api.student(student).contentType(ContentType.JSON).post("/api/v1/attempts/" + id + "/submit").then().statusCode(404);
        Api.student(student).get("/attempts/" + id).then().statusCode(404);
        Api.student(student).get("/attempts/" + id + "/review").then().statusCode(404);
        Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/secret/previews").then().statusCode(403);
        Api.student(student).contentType(ContentType.JSON).post("/api/v1/previews/" + id + "/restart").then().statusCode(403);
        Api.student(student).delete("/api/v1/previews/" + id).then().statusCode(403);
        Browser b = Browser.basic(student, Api.PASSWORD);
        b.get("/quizzes/secret");
        for (String path : List.of("/quizzes/secret/preview", "/previews/" + id + "/restart", "/previews/" + id + "/delete",
                "/previews/versions/" + "0".repeat(64))) {
            assertEquals(403, b.post(path, Map.of()).statusCode(), path);
        }
        Api.admin().get("/api/v1/attempts/" + id).then().statusCode(200); // still there

        AttemptClient a = AttemptClient.start(student, "secret");
        Api.admin().get("/api/v1/attempts/" + a.id).then().statusCode(404);
        Api.admin().get("/attempts/" + a.id).then().statusCode(404);
        admin().post("/api/v1/previews/" + a.id + "/restart").then().statusCode(404);
        admin().post("/api/v1/attempts/" + a.id + "/submit").then().statusCode(404);
        a.get(); // untouched
    }

    @Test
    void aPreviewAppearsNowhere() {
        String code = Api.newClass("Previews " + System.nanoTime());
        String student = Api.newStudent(code);
        String before = counted(code, student);
        // The instructor previews every quiz that feeds these pages: nothing changes.
        for (String quiz : List.of("limited", "essays")) {
            JsonPath p = startPreview(quiz);
            submit(p.getString("attempt"));
        }
        assertEquals(before, counted(code, student));

        // The filters themselves: the student's own attempts, once flagged as previews, vanish from each place.
        AttemptClient limited = AttemptClient.start(student, "limited");
        limited.save("first", choices(limited.optionId("first", "First")));
        limited.submit();
        AttemptClient essays = AttemptClient.start(student, "essays");
        essays.save("verdict", text("A clear verdict that uses a claim of the essay."));
        essays.submit();
        AttemptClient open = AttemptClient.start(student, "all-types"); // left open: the home page's "continue" card
        String withAttempts = counted(code, student);
        assertNotEquals(before, withAttempts, "the attempts show while they are attempts");
        for (String id : List.of(limited.id, essays.id, open.id)) {
            assertThat(withAttempts, containsString(id));
        }
        assertThat(withAttempts, containsString("an open attempt on the home page"));
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("preview = true where id in ?1",
                List.of(limited.id, essays.id, open.id)));
        String after = counted(code, student);
        for (String id : List.of(limited.id, essays.id, open.id)) {
            assertThat(after, not(containsString(id)));
        }
        // Progress counts no attempt used, and the overview offers the quiz's 2 attempts again: no limit counts them.
        assertEquals(before, after);
    }

    /**
     * Everything that counts attempts, as one text: the scoreboard (JSON and CSV), item statistics,
     * the learner's record, the learner's progress and home page, the grading queue, the regrade
     * page's versions and the quiz overview's attempt list (attempts used, what is left to start).
     */
    private static String counted(String code, String student) {
        StringBuilder all = new StringBuilder();
        String board = Api.admin().get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        all.append(AttemptClient.json(board).getString("rows")).append('\n');
        all.append(Api.admin().get("/api/v1/classes/" + code + "/scoreboard.csv").then().statusCode(200).extract().asString());
        for (String quiz : List.of("limited", "essays")) {
            JsonPath stats = AttemptClient.json(Api.admin().get("/api/v1/classes/" + code + "/quizzes/" + quiz + "/stats")
                    .then().statusCode(200).extract().asString());
            all.append(stats.getInt("attempts")).append(stats.getString("questions.attempts")).append('\n');
        }
        JsonPath record = AttemptClient.json(Api.admin().get("/api/v1/classes/" + code + "/learners/" + student)
                .then().statusCode(200).extract().asString());
        all.append(record.getString("quizzes.attempts")).append('\n');
        all.append(Api.student(student).get("/api/v1/me/progress").then().statusCode(200).extract().asString()).append('\n');
        String home = Api.student(student).get("/").then().statusCode(200).extract().asString();
        all.append(home.contains("/attempts/") ? "an open attempt on the home page: "
                + home.replaceAll("(?s).*?(/attempts/[0-9a-f]+).*", "$1") : "").append('\n');
        JsonPath queue = AttemptClient.json(Api.admin().get("/api/v1/classes/" + code + "/quizzes/essays/grading")
                .then().statusCode(200).extract().asString());
        all.append(queue.getString("answers.attempt")).append(queue.getInt("toGrade")).append('\n');
        // The regrade page: the versions the class's attempts are on, and how many attempts each has.
        String regrade = Api.admin().get("/classes/" + code + "/quizzes/limited/regrade").then().statusCode(200).extract().asString();
        all.append(regrade.replaceAll("(?s).*<main", "").replaceAll("name=\"csrf[^\"]*\" value=\"[^\"]*\"", "")
                .replaceAll("nonce=\"[^\"]*\"", "")).append('\n');
        String overview = Api.student(student).get("/quizzes/limited").then().statusCode(200).extract().asString();
        all.append(overview.replaceAll("(?s).*<section class=\"quiz-actions\"", "").replaceAll("name=\"csrf[^\"]*\" value=\"[^\"]*\"", ""));
        return all.toString();
    }

    @Test
    void anUnsavedQuizPreviewsFromItsStoredText() {
        Account instructor = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(Api.ADMIN).orElseThrow());
        String markdown = """
                ---
                title: Uploaded, not saved
                review: never
                ---

                ## Two and two {#sum}

                - (x) Four
                  > Right.
                - ( ) Five
                  > No.
                """;
        String id = previews.startUnsaved(instructor, "gift-import.md", markdown).view().attempt();
        JsonPath p = AttemptClient.json(Api.admin().get("/api/v1/attempts/" + id).then().statusCode(200).extract().asString());
        assertEquals("gift-import", p.getString("quiz"));
        save(id, "sum", choices(optionId(p, "sum", "Five")));
        JsonPath result = submit(id);
        assertEquals("Four", AttemptClient.plain(result.getString("questions[0].correctAnswer")));
        JsonPath again = AttemptClient.json(admin().post("/api/v1/previews/" + id + "/restart").then().statusCode(201)
                .extract().asString());
        assertEquals("Uploaded, not saved", again.getString("quizTitle"),
                "a restart keeps the unsaved quiz: there is no file to take a newer version from");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> previews.startUnsaved(instructor, "bad.md", "no quiz here"));
        assertNotNull(refused.texts().get("quiz"));
        QuarkusTransaction.requiringNew().run(() -> assertNull(QuizVersion.lastOf(PreviewService.UNSAVED + "bad.md").orElse(null)));
    }

    @Test
    void aBrokenFilePreviewsItsLastValidVersionOrSaysWhyNot() throws Exception {
        String content = Api.admin().get("/instructor/content").then().statusCode(200).extract().asString();
        assertThat("broken.md was never valid", Leaks.plain(content), containsString("No preview: this file was never valid"));
        java.nio.file.Path file = TestContent.quizzes().resolve("preview-then-broken.md");
        String valid = """
                ---
                title: Valid for a while
                ---

                ## Pick one {#one}

                - (x) One
                - ( ) Two
                """;
        try {
            java.nio.file.Files.writeString(file, valid);
            Poll.until(Duration.ofSeconds(10), "the new file served", () -> Api.admin().get("/quizzes/preview-then-broken").statusCode() == 200);
            String first = startPreview("preview-then-broken").getString("attempt");
            submit(first); // else the next start would resume it
            java.nio.file.Files.writeString(file, valid.replace("- (x) One", "- ( ) One")); // no correct option: an error
            Poll.until(Duration.ofSeconds(10), "the broken file withdrawn", () -> Api.admin().get("/quizzes/preview-then-broken").statusCode() == 404);
            Browser b = Browser.basic(Api.ADMIN, Api.ADMIN_PASSWORD);
            String page = b.get("/instructor/content").then().statusCode(200).extract().asString();
            String hash = page.replaceAll("(?s).*action=\"/previews/versions/([0-9a-f]{64})\".*", "$1");
            assertEquals(64, hash.length(), "a preview button for the last valid version");
            Response started = b.post("/previews/versions/" + hash, Map.of());
            assertEquals(303, started.statusCode());
            String id = started.header("Location").replaceAll(".*/attempts/", "");
            assertNotEquals(first, id);
            JsonPath p = AttemptClient.json(Api.admin().get("/api/v1/attempts/" + id).then().statusCode(200).extract().asString());
            assertEquals("Valid for a while", p.getString("quizTitle"), "the last valid version");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            Poll.until(Duration.ofSeconds(10), "the file gone", () -> !Api.admin().get("/instructor/content").asString()
                    .contains("preview-then-broken"));
        }
    }
}
