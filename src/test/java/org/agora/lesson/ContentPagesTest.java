package org.agora.lesson;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.support.Api;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public content pages: home, lessons, the source guide, quiz overviews, and their 404s. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ContentPagesTest {

    private static String page(String path) {
        Response r = given().get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.getContentType().startsWith("text/html"), path + ": " + r.getContentType());
        return r.asString();
    }

    /** The text of the definition after {@code <dt>term</dt>} in the quiz facts. */
    private static String fact(String html, String term) {
        return Html.find(html, "<dt>" + term + "</dt><dd>([^<]*)</dd>");
    }

    @Test
    void homeListsLessonsInModuleOrderWithMinutesObjectivesAndQuiz() {
        String html = page("/");
        int basics = html.indexOf("<a href=\"/lessons/basics\">Basics of the essay</a>");
        int more = html.indexOf("<a href=\"/lessons/more\">More on the essay</a>");
        assertTrue(basics > 0, "basics listed");
        assertTrue(more > basics, "more listed after basics");
        String basicsCard = html.substring(basics, more);
        assertTrue(basicsCard.contains("9 min read"), "minutes from front matter");
        assertTrue(basicsCard.contains("<li>Explain what the essay argues.</li>"), "first objective");
        assertTrue(basicsCard.contains("<li>Compare two readings of it.</li>"), "second objective");
        assertTrue(basicsCard.contains("<a href=\"/quizzes/all-types\">Every question type</a>"), "quiz link");
        String moreCard = html.substring(more, html.indexOf("</ol>", more));
        assertTrue(Pattern.compile("\\d+ min read").matcher(moreCard).find(), "computed minutes");
        assertFalse(moreCard.contains("/quizzes/"), "a lesson without a quiz has no quiz link");
        assertFalse(html.contains("Broken on purpose"), "broken quiz not offered");
    }

    @Test
    void lessonPageHasSectionAnchorsCalloutsCitationsPagerAndQuiz() {
        String html = page("/lessons/basics");
        for (String id : List.of("argument", "after-cold-war", "summary")) {
            assertTrue(Pattern.compile("<h2 id=\"" + id + "\"").matcher(html).find(), "section anchor " + id);
            assertTrue(html.contains("<a href=\"#" + id + "\">"), "table of contents links " + id);
        }
        assertTrue(Pattern.compile("<aside class=\"callout callout-note\" role=\"note\">\\s*<p class=\"callout-title\">Note</p>")
                .matcher(html).find(), "NOTE alert rendered as a callout");
        assertTrue(html.contains("Added context kept apart from the essay."), "callout text");
        assertTrue(html.contains("<a class=\"cite\" href=\"/source#p1\">[P1]</a>"), "[P1] link");
        assertTrue(html.contains("<a class=\"cite\" href=\"/source#p3\">[P3]</a>"), "[P3] link");
        assertTrue(html.contains("<li>Explain what the essay argues.</li>"), "objectives on the lesson page");
        assertTrue(html.contains("<a rel=\"next\" href=\"/lessons/more\">"), "next link");
        assertFalse(html.contains("rel=\"prev\""), "the first lesson has no previous link");
        assertTrue(html.contains("href=\"/quizzes/all-types\""), "quiz link");
        assertTrue(html.contains("<strong>human rights offensive</strong>"), "markdown rendered");

        String more = page("/lessons/more");
        assertTrue(more.contains("<a rel=\"prev\" href=\"/lessons/basics\">"), "previous link");
        assertFalse(more.contains("rel=\"next\""), "the last lesson has no next link");
        assertTrue(more.contains("href=\"/source#p8\""), "[P8] link");
        assertTrue(more.contains("<h2 id=\"china-1997\""), "section anchor");
    }

    @Test
    void everyCitationOnALessonPointsToAnAnchorOfTheSourceGuide() {
        Set<String> anchors = ids(page("/source"));
        for (String lesson : List.of("/lessons/basics", "/lessons/more")) {
            Matcher m = Pattern.compile("href=\"/source#(p\\d+)\"").matcher(page(lesson));
            while (m.find()) {
                assertTrue(anchors.contains(m.group(1)), lesson + " cites missing anchor " + m.group(1));
            }
        }
    }

    @Test
    void sourceGuideHasParagraphAnchorsP1ToP9() {
        String html = page("/source");
        Set<String> expected = IntStream.rangeClosed(1, 9).mapToObj(n -> "p" + n).collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = ids(html).stream().filter(id -> id.matches("p\\d+"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found);
        for (int n = 1; n <= 9; n++) {
            assertTrue(Pattern.compile("<li id=\"p" + n + "\"[^>]*>\\s*<h2><span class=\"pn\">P" + n + "</span> \\S")
                    .matcher(html).find(), "P" + n + " has a heading with its theme");
        }
    }

    @Test
    void quizOverviewShowsTitleIntroQuestionsPointsPassAttemptsAndTimeLimit() {
        String html = page("/quizzes/all-types");
        assertTrue(html.contains("<h1 id=\"quiz-title\">Every question type</h1>"), "title");
        assertTrue(html.contains("A quiz that uses each of the seven question types once."), "intro");
        assertEquals("7 questions", fact(html, "Questions"));
        assertEquals("8", fact(html, "Points"));
        assertEquals("50%", fact(html, "Pass mark"));
        assertEquals("Unlimited", fact(html, "Attempts"));
        assertEquals("None", fact(html, "Time limit"));
        assertTrue(html.contains("href=\"/lessons/basics\""), "link to the lesson it checks");
        assertTrue(html.contains("Sign in to take this quiz"), "anonymous visitors are asked to sign in");
        assertFalse(html.contains("Kofi Annan"), "the overview reveals no question or answer");
    }

    @Test
    void quizOverviewShowsPoolAttemptLimitAndTimeLimit() {
        String pool = page("/quizzes/pool");
        assertEquals("2 questions drawn from a pool of 4", fact(pool, "Questions"));
        assertEquals("2", fact(pool, "Points"), "points of one attempt");
        assertEquals("60%", fact(pool, "Pass mark"), "default pass mark");

        String limited = page("/quizzes/limited");
        assertEquals("2", fact(limited, "Attempts"));
        assertEquals("1 question", fact(limited, "Questions"));

        String timed = page("/quizzes/timed");
        assertEquals("2 seconds", fact(timed, "Time limit"));
    }

    @Test
    void quizOverviewAgreesWithTheApi() {
        Response api = given().get("/api/v1/quizzes");
        for (String id : List.of("all-types", "pool", "limited", "secret", "timed")) {
            String html = page("/quizzes/" + id);
            String title = api.path("find { it.id == '" + id + "' }.title");
            Number max = api.path("find { it.id == '" + id + "' }.maxScore");
            Integer pass = api.path("find { it.id == '" + id + "' }.pass");
            assertTrue(html.contains("<h1 id=\"quiz-title\">" + title + "</h1>"), id + " title");
            assertEquals(new java.math.BigDecimal(max.toString()).stripTrailingZeros().toPlainString(), fact(html, "Points"), id);
            assertEquals(pass + "%", fact(html, "Pass mark"), id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/lessons/nope", "/quizzes/nope", "/quizzes/broken", "/no-such-page",
            "/lessons/%3Cscript%3E" })
    void unknownLessonOrQuizIsA404Page(String path) {
        Response r = given().get(path);
        assertEquals(404, r.statusCode(), path);
        assertTrue(r.getContentType().startsWith("text/html"), path + " is a page, not JSON: " + r.getContentType());
        String html = r.asString();
        assertFalse(html.trim().startsWith("{"), "not JSON");
        assertTrue(html.contains("<h1>Page not found</h1>"), path);
        assertFalse(html.contains("<script>"), "the id is escaped, never echoed as markup");
        Html.assertNoStackTrace(html, path);
    }

    @Test
    void pagesShareAnAccessibleShellWithoutExternalAssets() {
        for (String path : List.of("/", "/lessons/basics", "/lessons/more", "/source", "/quizzes/all-types",
                "/quizzes/pool", "/signin", "/signup")) {
            Html.assertAccessibleShell(page(path), path);
        }
        Html.assertAccessibleShell(given().get("/lessons/nope").asString(), "404 page");
    }

    @Test
    void signedInPagesShareTheShellToo() {
        String student = Api.newStudent(Api.newClass("Shell check"));
        for (String path : List.of("/", "/lessons/basics", "/quizzes/all-types", "/progress", "/classes")) {
            Response r = Api.student(student).get(path);
            assertEquals(200, r.statusCode(), path);
            Html.assertAccessibleShell(r.asString(), "student " + path);
        }
        for (String path : List.of("/instructor", "/instructor/content")) {
            Response r = Api.admin().get(path);
            assertEquals(200, r.statusCode(), path);
            Html.assertAccessibleShell(r.asString(), "instructor " + path);
        }
    }

    @Test
    void stylesheetIsServedLocally() {
        given().get("/css/agora.css").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/css"));
    }

    private static Set<String> ids(String html) {
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void aReferencePageIsLinkedFromEveryLessonAndIsNoLessonItself() throws java.io.IOException {
        java.nio.file.Path glossary = TestContent.lessons().resolve("glossary.md");
        try {
            java.nio.file.Files.writeString(glossary,
                    "---\nkind: reference\ntitle: Glossary\n---\n\n## Songbun {#songbun}\n\nThe inherited class status (성분).\n");
            org.agora.support.Poll.until(java.time.Duration.ofSeconds(5), "the glossary is served",
                    () -> given().get("/lessons/glossary").statusCode() == 200);
            String page = page("/lessons/glossary");
            assertTrue(page.contains("<h1 id=\"lesson-title\">Glossary</h1>") && page.contains("성분"), page);
            assertFalse(page.contains("Mark this lesson as read") || page.contains("min read"), "no lesson progress on it");
            for (String lesson : List.of("basics", "more")) {
                assertTrue(page("/lessons/" + lesson).contains("<a href=\"/lessons/glossary\">Glossary</a>"), lesson);
            }
            assertFalse(page("/").contains("<h3><a href=\"/lessons/glossary\">"), "not a card among the lessons");
            assertEquals(404, given().get("/api/v1/lessons/glossary").statusCode(), "the lesson API lists lessons only");
        } finally {
            java.nio.file.Files.deleteIfExists(glossary);
            org.agora.support.Poll.until(java.time.Duration.ofSeconds(5), "the glossary is gone",
                    () -> given().get("/lessons/glossary").statusCode() == 404);
        }
    }
}
