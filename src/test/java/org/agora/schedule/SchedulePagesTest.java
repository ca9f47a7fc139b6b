package org.agora.schedule;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.QuizSchedules;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The class page's schedule section, and what learners see: the due list on home and progress, the window on the overview. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SchedulePagesTest {

    private static String ok(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        return r.asString();
    }

    /** The page's text: tags dropped, white space collapsed. */
    private static String text(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ").replace("&amp;", "&").replace("&#39;", "'").replaceAll("\\s+", " ");
    }

    private static JsonPath schedule(String code, String quiz) {
        return Api.admin().get("/api/v1/classes/" + code + "/quizzes/" + quiz + "/schedule").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void theClassPageSetsTimesInTheClassZoneAndTheSettings() {
        String code = Api.newClass("Schedule page " + System.nanoTime());
        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String page = ok(admin.get("/instructor/classes/" + code));
        assertThat(page, containsString("<h2 id=\"schedule\">Schedule</h2>"));
        Html.Form form = Html.forms(page).stream().filter(f -> f.action().endsWith("/quizzes/limited/schedule")).findFirst()
                .orElseThrow();
        assertTrue(form.post() && Html.hasCsrfInput(form.body()));

        Response set = admin.post("/instructor/classes/" + code + "/schedule-settings", Map.of("timeZone", "Asia/Seoul",
                "lateWork", "accept"));
        assertEquals(303, set.statusCode(), set.asString());
        assertTrue(set.header("Location").endsWith("/instructor/classes/" + code + "#schedule"));
        admin.get("/instructor/classes/" + code);
        set = admin.post("/instructor/classes/" + code + "/quizzes/limited/schedule",
                Map.of("opensAt", "2030-01-01T09:00", "closesAt", "2030-01-08T18:30", "action", "save"));
        assertEquals(303, set.statusCode(), set.asString());
        JsonPath s = schedule(code, "limited");
        assertEquals("2030-01-01T00:00:00Z", s.getString("opensAt"), "09:00 in Seoul");
        assertEquals("2030-01-08T09:30:00Z", s.getString("closesAt"));
        assertEquals("accept", s.getString("lateWork"));
        page = ok(admin.get("/instructor/classes/" + code));
        assertThat(page, containsString("value=\"2030-01-01T09:00\""));
        assertThat(page, containsString("opens Tue 1 Jan 2030, 09:00 (Asia/Seoul)"));
        assertThat(page, containsString("value=\"Asia/Seoul\""));

        // Bad input changes nothing; a form without the token is refused.
        assertEquals(400, admin.post("/instructor/classes/" + code + "/quizzes/limited/schedule",
                Map.of("opensAt", "soon", "action", "save")).statusCode());
        assertEquals(400, admin.post("/instructor/classes/" + code + "/schedule-settings", Map.of("timeZone", "Nowhere/At all"))
                .statusCode());
        assertEquals(403, admin.postRaw("/instructor/classes/" + code + "/quizzes/limited/schedule",
                Map.of("opensAt", "", "closesAt", "", "action", "clear")).statusCode());
        assertEquals("2030-01-01T00:00:00Z", schedule(code, "limited").getString("opensAt"));

        admin.get("/instructor/classes/" + code);
        assertEquals(303, admin.post("/instructor/classes/" + code + "/quizzes/limited/schedule", Map.of("action", "clear"))
                .statusCode());
        assertNull(schedule(code, "limited").get("opensAt"));
        String u = Api.newStudent(code);
        Browser student = Browser.signedIn(u, Api.PASSWORD);
        student.get("/progress");
        assertEquals(403, student.post("/instructor/classes/" + code + "/quizzes/limited/schedule", Map.of("action", "clear"))
                .statusCode());
    }

    @Test
    void learnersSeeWhatIsDueAndTheOverviewShowsTheWindow() {
        String code = Api.newClass("Due list " + System.nanoTime());
        Api.admin().contentType("application/json").body(Map.of("timeZone", "UTC"))
                .put("/api/v1/classes/" + code + "/schedule-settings").then().statusCode(200);
        Instant soon = Instant.now().plusSeconds(86400);
        Instant later = Instant.now().plusSeconds(2 * 86400);
        QuizSchedules.schedule(code, "pool", null, soon);
        QuizSchedules.schedule(code, "limited", later, later.plusSeconds(3600));
        String u = Api.newStudent(code);
        org.agora.attempt.AttemptClient.start(u, "pool").submit();
        Browser student = Browser.signedIn(u, Api.PASSWORD);
        String soonText = ScheduleService.text(soon, java.time.ZoneId.of("UTC"));
        for (String path : new String[] { "/", "/progress" }) {
            String page = ok(student.get(path));
            assertThat(page, containsString("Due next"));
            String plain = text(page);
            assertThat(plain, containsString("Drawn from a pool due " + soonText + " · done"));
            assertThat(plain, containsString("Two tries opens " + ScheduleService.text(later, java.time.ZoneId.of("UTC"))));
            assertThat(plain, containsString("not done yet"));
            assertTrue(plain.indexOf("Drawn from a pool") < plain.indexOf("Two tries"), "soonest first");
        }
        String overview = ok(student.get("/quizzes/limited"));
        assertThat(text(overview), containsString("This quiz opens"));
        assertThat(overview, not(containsString("/quizzes/limited/start")));
        assertThat(text(ok(student.get("/quizzes/pool"))), containsString("Due " + soonText));
        // Anonymous visitors and learners of other classes see no due list.
        assertThat(ok(Browser.anonymous().get("/")), not(containsString("Due next")));
        Browser other = Browser.newStudent("No dates");
        assertThat(ok(other.get("/progress")), not(containsString("Due next")));
    }

    @Test
    void theDueListReadsInKorean() {
        String code = Api.newClass("Due in Korean " + System.nanoTime());
        Api.admin().contentType("application/json").body(Map.of("timeZone", "UTC"))
                .put("/api/v1/classes/" + code + "/schedule-settings").then().statusCode(200);
        Instant soon = Instant.now().plusSeconds(86400);
        QuizSchedules.schedule(code, "pool", null, soon);
        String u = Api.newStudent(code);
        String page = Api.student(u).header("Accept-Language", "ko").get("/progress").then().statusCode(200).extract().asString();
        assertThat(page, containsString("<h2 id=\"due-heading\">다가오는 마감</h2>"));
        assertThat(text(page), containsString("마감: " + ScheduleService.text(soon, java.time.ZoneId.of("UTC"), java.util.Locale.KOREAN)
                + " · 아직 하지 않음"));
    }

    /**
     * A due date reads in Korean on the quiz's overview and the class page, in the class's time
     * zone; the times of an attempt on the learner's record too (Seoul is UTC+9, the server UTC).
     */
    @Test
    void dueDatesAndAttemptTimesReadInKoreanInTheClassesZone() {
        String code = Api.newClass("Korean dates " + System.nanoTime());
        Api.admin().contentType("application/json").body(Map.of("timeZone", "Asia/Seoul"))
                .put("/api/v1/classes/" + code + "/schedule-settings").then().statusCode(200);
        QuizSchedules.schedule(code, "pool", null, Instant.parse("2030-12-03T05:05:00Z"));
        String due = "2030년 12월 3일 (화) 오후 2:05 (Asia/Seoul)";
        String u = Api.newStudent(code);
        String overview = Api.student(u).header("Accept-Language", "ko").get("/quizzes/pool").then().statusCode(200)
                .extract().asString();
        assertThat(text(overview), containsString(due));
        assertThat(text(Api.student(u).get("/quizzes/pool").then().statusCode(200).extract().asString()),
                containsString("Tue 3 Dec 2030, 14:05 (Asia/Seoul)"));
        Browser instructor = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String classPage = ok(instructor.request().header("Accept-Language", "ko").get("/instructor/classes/" + code));
        assertThat(text(classPage), containsString(due));

        org.agora.attempt.AttemptClient.start(u, "pool").submit();
        String record = text(ok(instructor.request().cookie("agora-lang", "ko").get("/instructor/classes/" + code + "/learners/" + u)));
        java.util.regex.Matcher stamp = java.util.regex.Pattern
                .compile("\\d{4}년 \\d{1,2}월 \\d{1,2}일 \\(.\\) (오전|오후) \\d{1,2}:\\d{2}:\\d{2}").matcher(record);
        assertTrue(stamp.find(), record);
        Instant started = java.time.LocalDateTime.parse(stamp.group(), java.time.format.DateTimeFormatter
                .ofPattern("yyyy년 M월 d일 (E) a h:mm:ss", java.util.Locale.KOREAN)).atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant();
        assertTrue(Math.abs(java.time.Duration.between(started, Instant.now()).toMinutes()) < 10,
                "the attempt's time in Seoul time: " + stamp.group());
    }
}
