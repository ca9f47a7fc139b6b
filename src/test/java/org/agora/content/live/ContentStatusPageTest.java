package org.agora.content.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.support.Api;
import org.agora.support.Html;
import org.agora.support.Poll;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** {@code /instructor/content}: what is served, what is withdrawn and why, and when the folders were read. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ContentStatusPageTest {

    /** {@code path:LINE: message} as printed in the page (inside a code element). */
    private static final Pattern PROBLEM = Pattern.compile("<code>([^<>]*?quizzes/broken\\.md):(\\d+): ([^<]+)</code>");

    private static String statusPage() {
        Response r = Api.admin().get("/instructor/content");
        assertEquals(200, r.statusCode());
        return r.asString();
    }

    private static Instant lastReload(String html) {
        return Instant.parse(Html.find(html, "Last reload: <time datetime=\"([^\"]+)\""));
    }

    @Test
    void instructorSeesEveryErrorOfTheBrokenFileAsPathLineMessage() {
        String html = statusPage();
        List<String> lines = new ArrayList<>();
        Matcher m = PROBLEM.matcher(html);
        while (m.find()) {
            assertTrue(m.group(1).endsWith(TestContent.quizzes().resolve("broken.md").toString())
                    || m.group(1).equals("quizzes/broken.md"), "path of the file: " + m.group(1));
            lines.add(m.group(2) + ": " + m.group(3));
        }
        assertEquals(3, lines.size(), () -> "every problem, not only the first: " + lines);
        assertTrue(lines.get(0).startsWith("3: ") && lines.get(0).contains("170"), lines.get(0));
        assertTrue(lines.get(1).startsWith("4: ") && lines.get(1).contains("atempts"), lines.get(1));
        assertTrue(lines.get(2).startsWith("7: ") && lines.get(2).contains("no answer block"), lines.get(2));
        assertTrue(html.contains("Files with errors (1)"), "one broken file");
        assertTrue(html.contains("<a href=\"/quizzes/all-types\">Every question type</a>"), "served quizzes listed");
        assertTrue(html.contains("<a href=\"/lessons/basics\">Basics of the essay</a>"), "served lessons listed");
        assertFalse(html.contains("<a href=\"/quizzes/broken\""), "the broken quiz is not listed as served");
    }

    @Test
    void itemWritingWarningsAreListedBesideTheErrorsAndTheQuizStaysServed() {
        String html = statusPage();
        assertTrue(html.contains("Item-writing warnings ("), html);
        String leak = Html.find(html, "<code>([^<>]*all-types\\.md:1: warning: review leak: [^<]+)</code>");
        assertTrue(leak.contains("&#39;review: after-submit&#39; with unlimited attempts"), leak);
        assertTrue(html.contains("<a href=\"/quizzes/all-types\">Every question type</a>"), "a warned quiz is still served");
        assertFalse(html.contains("limited.md:1: warning: review leak"), "after-last-attempt is no leak");
    }

    @Test
    void showsTheLastReloadTimeAndItMovesWhenAFileChanges() throws IOException {
        String before = statusPage();
        Instant first = lastReload(before);
        assertFalse(first.isAfter(Instant.now()), "reload time is not in the future");
        Html.find(before, "Last reload: <time datetime=\"[^\"]+\">(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})</time>");

        Path extra = TestContent.quizzes().resolve("status-page-" + System.nanoTime() + ".md");
        try {
            Files.writeString(extra, "---\nbogus: 1\n---\n\n## Q {#q}\n\n= 1\n");
            Poll.until(Duration.ofSeconds(5), "page shows the new file's error",
                    () -> statusPage().contains(extra.getFileName() + ":2: "));
            String after = statusPage();
            assertTrue(lastReload(after).isAfter(first), "reload time advanced");
            assertTrue(after.contains("Files with errors (2)"), "two broken files now");
        } finally {
            Files.deleteIfExists(extra);
            Poll.until(Duration.ofSeconds(5), "extra file gone", () -> !statusPage().contains(extra.getFileName().toString()));
        }
    }

    @Test
    void studentIsForbidden() {
        String student = Api.newStudent(Api.newClass("Status page"));
        Response r = Api.student(student).redirects().follow(false).get("/instructor/content");
        assertEquals(403, r.statusCode());
        assertTrue(r.getContentType().startsWith("text/html"), "a page, not JSON");
        assertFalse(r.asString().contains("broken.md"), "no content status leaks");
        Html.assertNoStackTrace(r.asString(), "403 page");
    }

    @Test
    void anonymousIsSentToSignIn() {
        Response r = given().redirects().follow(false).get("/instructor/content");
        assertEquals(303, r.statusCode());
        String location = r.header("Location");
        assertNotNull(location);
        assertTrue(location.endsWith("/signin?next=%2Finstructor%2Fcontent"), location);
        assertFalse(r.asString().contains("broken.md"));
    }
}
