package org.agora.content.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.agora.support.Api;
import org.agora.support.Poll;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The server watches the content folders: added, changed, broken, fixed and removed files show up
 * without a restart. Every test puts the fixtures back before it ends, since other tests read them.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class LiveContentTest {

    private static final Duration SPEC = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static List<String> quizIds() {
        return given().get("/api/v1/quizzes").then().statusCode(200).extract().path("id");
    }

    private static String quizTitle(String id) {
        return given().get("/api/v1/quizzes").then().statusCode(200).extract().path("find { it.id == '" + id + "' }.title");
    }

    private static List<String> lessonIds() {
        return given().get("/api/v1/lessons").then().statusCode(200).extract().path("id");
    }

    private static int quizPage(String id) {
        return given().get("/quizzes/" + id).statusCode();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void addedQuizIsOfferedWithinTwoSecondsAndGoneWhenRemoved() {
        String id = "live-added-" + System.nanoTime();
        Path file = TestContent.quizzes().resolve(id + ".md");
        try {
            write(file, """
                    ---
                    title: Added while running
                    lesson: more
                    attempts: 1
                    ---

                    ## Is this new? {#new}

                    - (x) Yes
                    - ( ) No
                    """);
            Duration took = Poll.until(PATIENCE, "new quiz listed", () -> quizIds().contains(id));
            assertTrue(took.compareTo(SPEC) <= 0, "listed after " + took.toMillis() + " ms, the spec says within 2 s");
            assertEquals("Added while running", quizTitle(id));
            assertEquals(200, quizPage(id));
            // The lesson it names now links to it, with no setting in the lesson itself.
            String more = given().get("/lessons/more").asString();
            assertTrue(more.contains("href=\"/quizzes/" + id + "\""), "lesson 'more' links the quiz that names it");
            // A learner can start it at once.
            String student = Api.newStudent(Api.newClass("Live"));
            Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/" + id + "/attempts").then().statusCode(201);
        } finally {
            delete(file);
            Poll.until(PATIENCE, "added quiz withdrawn again", () -> !quizIds().contains(id));
        }
        assertEquals(404, quizPage(id));
    }

    @Test
    void changedTitleIsShown() {
        Path file = TestContent.quizzes().resolve("pool.md");
        String original = read(file);
        try {
            write(file, original.replace("title: Drawn from a pool", "title: Pool with a new title"));
            Poll.until(PATIENCE, "new title", () -> "Pool with a new title".equals(quizTitle("pool")));
            assertTrue(given().get("/quizzes/pool").asString().contains("Pool with a new title"), "page shows the new title");
        } finally {
            write(file, original);
            Poll.until(PATIENCE, "title restored", () -> "Drawn from a pool".equals(quizTitle("pool")));
        }
    }

    @Test
    void brokenQuizIsWithdrawnWhileOthersStayAndComesBackWhenFixed() {
        Path file = TestContent.quizzes().resolve("secret.md");
        String original = read(file);
        List<String> before = quizIds();
        assertTrue(before.contains("secret"));
        try {
            // Two (x) in a single-choice block.
            write(file, original.replace("- ( ) No", "- (x) No"));
            Poll.until(PATIENCE, "broken quiz withdrawn", () -> !quizIds().contains("secret"));
            assertEquals(404, quizPage("secret"));
            String student = Api.newStudent(Api.newClass("Withdrawn"));
            Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/secret/attempts").then().statusCode(404);
            List<String> during = quizIds();
            for (String other : before) {
                if (!other.equals("secret")) {
                    assertTrue(during.contains(other), other + " still offered");
                }
            }
            String status = Api.admin().get("/instructor/content").asString();
            assertTrue(status.matches("(?s).*secret\\.md:\\d+: .*"), "the instructor sees why");

            write(file, original);
            Poll.until(PATIENCE, "fixed quiz back", () -> quizIds().contains("secret"));
            assertEquals(200, quizPage("secret"));
        } finally {
            write(file, original);
            Poll.until(PATIENCE, "fixture restored", () -> quizIds().contains("secret"));
        }
        assertEquals(before, quizIds());
    }

    @Test
    void removedLessonDisappearsAndReturnsWhenRestored() {
        Path file = TestContent.lessons().resolve("02-more.md");
        String original = read(file);
        try {
            delete(file);
            Poll.until(PATIENCE, "lesson removed", () -> !lessonIds().contains("more"));
            assertEquals(List.of("basics"), lessonIds());
            given().get("/api/v1/lessons/more").then().statusCode(404);
            assertEquals(404, given().get("/lessons/more").statusCode());
            String basics = given().get("/lessons/basics").asString();
            assertFalse(basics.contains("rel=\"next\""), "no next link to a removed lesson");
            assertFalse(given().get("/").asString().contains("/lessons/more"), "home no longer lists it");
        } finally {
            write(file, original);
            Poll.until(PATIENCE, "lesson restored", () -> lessonIds().contains("more"));
        }
        assertEquals(List.of("basics", "more"), lessonIds());
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsReportedNotServed() throws IOException {
        // A valid lesson outside the content folder, as data/session.key would be: the link alone must not publish it.
        Path outside = Files.writeString(Files.createTempFile("agora-outside", ".md"), "# Leaked\n\nSECRET-0123\n");
        Path link = TestContent.lessons().resolve("05-leak.md");
        try {
            Files.createSymbolicLink(link, outside);
            Poll.until(PATIENCE, "link reported", () -> Api.admin().get("/instructor/content").asString()
                    .contains("05-leak.md:1: this file is a symbolic link"));
            given().get("/api/v1/lessons/leak").then().statusCode(404);
            assertFalse(given().get("/api/v1/lessons").asString().contains("SECRET-0123"));
            assertEquals(List.of("basics", "more"), lessonIds());
        } finally {
            delete(link);
            delete(outside);
            Poll.until(PATIENCE, "link gone", () -> !Api.admin().get("/instructor/content").asString().contains("05-leak.md"));
        }
    }

    @Test
    void aBrokenNewLessonDoesNotHideTheOthers() {
        Path file = TestContent.lessons().resolve("09-live-broken-" + System.nanoTime() + ".md");
        try {
            write(file, """
                    ---
                    title: Broken lesson
                    minutes: many
                    ---

                    ## Text {#text}

                    Text.
                    """);
            Poll.until(PATIENCE, "problem reported", () -> Api.admin().get("/instructor/content").asString()
                    .contains(file.getFileName().toString()));
            assertEquals(List.of("basics", "more"), lessonIds());
        } finally {
            delete(file);
            Poll.until(PATIENCE, "problem gone", () -> !Api.admin().get("/instructor/content").asString()
                    .contains(file.getFileName().toString()));
        }
    }
}
