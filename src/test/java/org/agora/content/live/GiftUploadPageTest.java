package org.agora.content.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.support.Api;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The content page's GIFT import: upload, review (warnings and checks by line), save into quizzes/, bad files. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class GiftUploadPageTest {

    /** The content page's form token and its cookie, as a browser has them. */
    private record Token(String field, String value, String cookie) {
    }

    private static Token token() {
        Response page = Api.admin().get("/instructor/content");
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("action=\"/instructor/content/gift\" enctype=\"multipart/form-data\""));
        return new Token(Html.csrfField(page.asString()), Html.csrfToken(page.asString()), page.getCookie("agora-csrf"));
    }

    private static Response upload(String name, byte[] gift) {
        Token t = token();
        return Api.admin().cookie("agora-csrf", t.cookie()).multiPart(t.field(), t.value())
                .multiPart("gift", name, gift, "text/plain").post("/instructor/content/gift");
    }

    private static Response save(String file, String markdown, boolean replace) {
        Token t = token();
        var request = Api.admin().redirects().follow(false).cookie("agora-csrf", t.cookie()).formParam(t.field(), t.value())
                .formParam("file", file).formParam("markdown", markdown);
        return (replace ? request.formParam("replace", "yes") : request).post("/instructor/content/gift/save");
    }

    private static String textarea(String html) {
        return Html.find(html, "(?s)<textarea[^>]*name=\"markdown\"[^>]*>(.*?)</textarea>").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void convertReviewAndSaveIntoTheQuizzesFolder() throws IOException {
        String id = "gift-upload-" + System.nanoTime();
        byte[] gift = ("// [tag:geo]\n::capital::What is the capital of France?{=Paris ~%50%Lyon ~Rome}\n\nOnly text.\n")
                .getBytes(StandardCharsets.UTF_8);
        Response review = upload(id + ".gift", gift);
        assertEquals(200, review.statusCode(), review.asString());
        String html = review.asString();
        assertTrue(html.contains("<code>" + id + ".gift:2: warning: tags [tag:geo] are not carried over"), html);
        assertTrue(html.contains("<code>" + id + ".gift:4: warning: a description"), html);
        // the linter's item-writing warnings on the quiz file, by its own lines (GIFT says nothing of attempts or review)
        assertTrue(html.contains("<code>quizzes/" + id + ".md:1: warning: review leak"), html);
        String markdown = textarea(html);
        assertTrue(markdown.contains("- ( ) Lyon {credit=50%}"), markdown);
        assertFalse(html.contains("name=\"replace\""), "no file of that name yet");

        Path target = TestContent.quizzes().resolve(id + ".md");
        try {
            Response saved = save(id + ".md", markdown, false);
            assertEquals(303, saved.statusCode(), saved.asString());
            assertTrue(saved.header("Location").endsWith("/instructor/content"));
            assertEquals(markdown, Files.readString(target));
            String page = Api.admin().get("/instructor/content").asString();
            assertTrue(page.contains("<a href=\"/quizzes/" + id + "\">"), "the registry reloaded at once");

            // a second import of the same file: the page offers to replace, and nothing is overwritten unless confirmed
            assertTrue(upload(id + ".gift", gift).asString().contains("name=\"replace\" value=\"yes\""));
            Response again = save(id + ".md", markdown.replace("France", "Italy"), false);
            assertEquals(409, again.statusCode());
            assertTrue(again.asString().contains("already: tick"), again.asString());
            assertEquals(markdown, Files.readString(target));
            assertEquals(303, save(id + ".md", markdown.replace("France", "Italy"), true).statusCode());
            assertTrue(Files.readString(target).contains("capital of Italy"));
        } finally {
            Files.deleteIfExists(target);
        }
    }

    @Test
    void badFilesGetThePageWithWhatIsWrongNeverAServerError() {
        Response syntax = upload("bad.gift", "Good?{T}\n\nBad {=a\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, syntax.statusCode());
        assertTrue(syntax.asString().contains("<code>bad.gift:3: error: no matching `}`"), syntax.asString());
        assertFalse(syntax.asString().contains("<textarea"), "nothing to save");

        Response latin = upload("latin.gift", new byte[] {'Q', (byte) 0xE9, '{', 'T', '}'});
        assertEquals(400, latin.statusCode());
        assertTrue(latin.asString().contains("not UTF-8"), latin.asString());

        Response empty = upload("empty.gift", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.asString().contains("Choose a GIFT file"), empty.asString());

        Response none = upload("none.gift", "// comments only\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, none.statusCode());
        assertTrue(none.asString().contains("none.gift:1: error: no question to import"), none.asString());

        Response large = upload("large.gift", new byte[210 * 1024]);
        assertEquals(400, large.statusCode());
        assertTrue(large.asString().contains("larger than 200 KB"), large.asString());

        int tooLarge = upload("huge.gift", new byte[300 * 1024]).statusCode();
        assertEquals(413, tooLarge);

        Token t = token();
        for (String body : new String[] {"--XyZ--", "--wrong\r\n\r\n", "--XyZ\r\nContent-Disposition: form-data; name=\"gift\"\r\n\r\n"}) {
            int status = Api.admin().cookie("agora-csrf", t.cookie()).header("X-CSRF-TOKEN", t.value())
                    .contentType("multipart/form-data; boundary=XyZ").body(body.getBytes(StandardCharsets.UTF_8)).post("/instructor/content/gift").statusCode();
            assertTrue(status >= 400 && status < 500, "a malformed upload gets a 4xx, not " + status);
        }

        Response forged = save("../escape.md", "## Q {#q}\n\n= a\n", false);
        assertEquals(400, forged.statusCode());
        Response broken = save("gift-broken-" + System.nanoTime() + ".md", "no question here\n", false);
        assertEquals(400, broken.statusCode());
        assertTrue(broken.asString().contains("does not pass the quiz format"), broken.asString());
    }

    @Test
    void uploadWithoutTheFormTokenIsRefused() {
        Response r = Api.admin().redirects().follow(false).multiPart("gift", "x.gift", "Q{T}".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/instructor/content/gift");
        assertTrue(r.statusCode() == 400 || r.statusCode() == 403, "refused: " + r.statusCode());
        assertFalse(r.asString().contains("<textarea"));
    }

    @Test
    void studentsCannotUpload() {
        String student = Api.newStudent(Api.newClass("GIFT upload"));
        Response r = Api.student(student).redirects().follow(false).multiPart("gift", "x.gift", "Q{T}".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/instructor/content/gift");
        assertTrue(r.statusCode() == 403 || r.statusCode() == 400, "refused: " + r.statusCode());
        Response save = Api.student(student).redirects().follow(false).formParam("file", "x.md").formParam("markdown", "## Q\n\n= a\n")
                .post("/instructor/content/gift/save");
        assertTrue(save.statusCode() == 403 || save.statusCode() == 400, "refused: " + save.statusCode());
        assertFalse(Files.exists(TestContent.quizzes().resolve("x.md")));
    }

    /** "Preview before saving": the reviewed text opens on the quiz pages, with the full review, and no file is written. */
    @Test
    void anImportedQuizOpensInPreviewBeforeItIsSaved() {
        String id = "gift-preview-" + System.nanoTime();
        Response review = upload(id + ".gift", "::capital::Capital of France?{=Paris ~%50%Lyon ~Rome}\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(review.asString().contains("formaction=\"/instructor/content/gift/preview\""), review.asString());
        String markdown = textarea(review.asString());
        Token t = token();
        Response started = Api.admin().redirects().follow(false).cookie("agora-csrf", t.cookie()).formParam(t.field(), t.value())
                .formParam("file", id + ".md").formParam("markdown", markdown).post("/instructor/content/gift/preview");
        assertEquals(303, started.statusCode(), started.asString());
        String attempt = started.header("Location");
        assertTrue(attempt.matches(".*/attempts/[^/]+$"), attempt);
        String page = Api.admin().get(attempt.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Capital of France?") && page.contains("Lyon"), page);
        assertFalse(Files.exists(TestContent.quizzes().resolve(id + ".md")), "a preview writes no file");

        Token t2 = token();
        Response broken = Api.admin().redirects().follow(false).cookie("agora-csrf", t2.cookie()).formParam(t2.field(), t2.value())
                .formParam("file", id + ".md").formParam("markdown", "no question here\n").post("/instructor/content/gift/preview");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.asString().contains("does not pass the quiz format"), broken.asString());
    }

    /** "Download as GIFT" on the content page: the served quiz's file as GIFT, what GIFT cannot hold in comments at the top. */
    @Test
    void aServedQuizDownloadsAsGift() {
        String page = Api.admin().get("/instructor/content").asString();
        String href = Html.find(page, "href=\"(/instructor/content/quizzes/[a-z0-9-]+\\.gift)\"");
        Response gift = Api.admin().get(href);
        assertEquals(200, gift.statusCode(), gift.asString());
        assertTrue(gift.header("Content-Disposition").startsWith("attachment; filename="), gift.header("Content-Disposition"));
        assertTrue(gift.contentType().startsWith("text/plain"), gift.contentType());
        assertTrue(gift.asString().contains("$CATEGORY:"), gift.asString());
        assertTrue(gift.asString().contains("{"), "questions with answer blocks");
        assertEquals(404, Api.admin().get("/instructor/content/quizzes/no-such-quiz.gift").statusCode());
        String student = Api.newStudent(Api.newClass("GIFT download"));
        assertEquals(403, Api.student(student).redirects().follow(false).get(href).statusCode());
    }
}
