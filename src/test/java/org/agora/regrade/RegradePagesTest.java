package org.agora.regrade;

import static org.agora.regrade.Regrading.assertDec;
import static org.agora.regrade.Regrading.stored;
import static org.agora.regrade.Regrading.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The instructor's versions-and-regrading page: versions with attempts, the diff, a dry run, then the commit. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class RegradePagesTest {

    @Test
    void versionsDiffDryRunAndCommitInTheBrowser() {
        Regrading rg = new Regrading("rg-pages");
        String code = Api.newClass("Regrade pages");
        try {
            String v1 = text(rg.quiz, 50, RegradeApiTest.KEYED_ALPHA);
            rg.publish(code, v1);
            String a = rg.submittedByNewMember(code, "Beta", "1997");
            String v2 = text(rg.quiz, 50, RegradeApiTest.KEYED_BETA.replace("- ( ) Gamma", "- ( ) Gamma\n- ( ) Delta"));
            rg.publish(code, v2);
            String page = "/classes/" + code + "/quizzes/" + rg.quiz + "/regrade";

            Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            String stats = admin.get("/classes/" + code + "/quizzes/" + rg.quiz + "/stats").asString();
            assertTrue(stats.contains("href=\"" + page + "\""), "the statistics page links to it");

            Response shown = admin.get(page);
            assertEquals(200, shown.statusCode());
            String html = shown.asString();
            Html.assertAccessibleShell(html, "regrade page");
            assertFalse(Html.hasInlineScript(html), "no inline script");
            assertTrue(html.contains(Regrading.sha256(v1).substring(0, 12)), "the version with the attempt");
            assertFalse(html.contains("<span class=\"badge\">current</span>"), "the current version has no attempts yet");
            assertTrue(html.contains("key: Alpha → Beta"), html);
            assertTrue(html.contains("added: option “Delta”"), html);
            for (Html.Form f : Html.forms(html)) {
                if (f.post()) {
                    assertTrue(Html.hasCsrfInput(f.body()), "form to " + f.action() + " carries the CSRF token");
                }
            }

            Response refused = admin.post(page, Map.of("mode", "full-credit", "action", "preview"));
            assertEquals(400, refused.statusCode());
            assertTrue(refused.asString().contains("Full credit is given for the questions you name"), refused.asString());

            Response preview = admin.post(page, Map.of("mode", "normal", "action", "preview"));
            assertEquals(200, preview.statusCode(), preview.asString());
            String dry = preview.asString();
            assertTrue(dry.contains("Dry run: nothing has been written"), dry);
            assertTrue(dry.contains("1 of 1 submitted attempt would change"), dry);
            assertTrue(dry.contains("Commit this regrade (1 attempt)"), dry);
            assertTrue(dry.contains("name=\"version\" value=\"" + Regrading.sha256(v2) + "\""), dry);
            assertNull(stored(a).regradedAt, "the page's dry run writes nothing");

            Response forged = admin.postRaw(page, Map.of("mode", "normal", "action", "commit"));
            assertTrue(forged.statusCode() >= 400 && forged.statusCode() < 500, "a commit without the form's token: " + forged.statusCode());
            assertNull(stored(a).regradedAt, "a refused form changes nothing");

            Response committed = admin.post(page, Map.of("mode", "normal", "action", "commit", "version", Regrading.sha256(v2)));
            assertEquals(200, committed.statusCode(), committed.asString());
            assertTrue(committed.asString().contains("Regrade committed"), committed.asString());
            assertTrue(committed.asString().contains("1 of 1 submitted attempt changed"), committed.asString());
            assertDec("2", stored(a).score, "committed from the page");

            Response stale = admin.post(page, Map.of("mode", "normal", "action", "commit", "version", Regrading.sha256(v1)));
            assertEquals(409, stale.statusCode(), "a commit of a version that is no longer current");

            String student = Api.newStudent(code);
            assertEquals(403, Browser.signedIn(student, Api.PASSWORD).get(page).statusCode());
            Response anonymous = Browser.anonymous().get(page);
            assertEquals(303, anonymous.statusCode());
            assertTrue(anonymous.header("Location").contains("/signin?next=%2F"), anonymous.header("Location"));
            assertEquals(404, admin.get("/classes/ZZZZ-9999/quizzes/" + rg.quiz + "/regrade").statusCode());
            assertEquals(404, admin.get("/classes/" + code + "/quizzes/no-such-quiz/regrade").statusCode());
        } finally {
            rg.remove();
        }
    }
}
