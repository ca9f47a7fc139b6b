package org.agora.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The confirmation after a form: shown once on the next page, announced (role=status), never forged. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class FlashTest {

    private static final String FLASH = "agora-flash";

    @Test
    void creatingAClassIsConfirmedOnce() {
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        admin.get("/instructor");
        String name = "Flash class " + System.nanoTime();
        Response created = admin.post("/instructor/classes", Map.of("name", name));
        assertEquals(303, created.statusCode(), created.asString());
        assertNotNull(Browser.setCookieHeader(created, FLASH), "the message rides in a cookie, not in memory");
        String page = admin.get(created.header("Location").replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(page.contains("<p class=\"alert flash\" role=\"status\">The class " + name + " is created."), page);
        assertFalse(admin.get("/instructor").asString().contains("is created."), "shown once");
    }

    @Test
    void savingSettingsIsConfirmed() {
        String code = Api.newClass("Flash settings " + System.nanoTime());
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String classPage = "/instructor/classes/" + code;
        admin.get(classPage);
        assertSays(admin, admin.post(classPage + "/privacy", Map.of("privacy", "nickname", "studentBoard", "own")), "Scoreboard privacy is saved.");
        assertSays(admin, admin.post(classPage + "/grading-settings", Map.of("release", "as-graded")), "The grading settings are saved.");
        assertSays(admin, admin.post(classPage + "/schedule-settings", Map.of("timeZone", "", "lateWork", "refuse")),
                "The schedule settings are saved.");
        assertSays(admin, admin.post(classPage + "/quizzes/all-types/schedule", Map.of("opensAt", "", "closesAt", "2030-01-01T10:00",
                "action", "save")), "The quiz schedule is saved.");

        String student = Api.newStudent(code);
        Browser learner = Browser.signedIn(student, Api.PASSWORD);
        learner.get("/classes");
        assertSays(learner, learner.post("/classes/nickname", Map.of("nickname", "Tiger")), "Your nickname is saved.");
    }

    @Test
    void aForgedMessageIsNotShown() {
        Browser b = Browser.anonymous();
        b.setCookie(FLASH, "WW91IHdvbiBhIHByaXpl.bm90LWEtc2lnbmF0dXJl"); // "You won a prize", unsigned
        String page = b.get("/").asString();
        assertFalse(page.contains("You won a prize"), "only the server's own messages are shown");
        assertFalse(page.contains("alert flash"));
    }

    private static void assertSays(Browser b, Response posted, String message) {
        assertEquals(303, posted.statusCode(), posted.asString());
        String page = b.get(posted.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "")).asString();
        assertTrue(page.contains("<p class=\"alert flash\" role=\"status\">" + message + "</p>"), message + " in " + page);
    }
}
