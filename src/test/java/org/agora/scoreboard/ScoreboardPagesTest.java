package org.agora.scoreboard;

import static org.agora.scoreboard.Learners.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The scoreboard, projector and statistics pages. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ScoreboardPagesTest {

    @jakarta.inject.Inject
    org.agora.classroom.ClassroomService classes;

    private static final Pattern ROW = Pattern.compile("<tr\\b([^>]*)>(.*?)</tr>", Pattern.DOTALL);

    /** The body rows of the page's table: their attributes and their text. */
    private static List<String[]> rows(String html) {
        String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
        List<String[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(body);
        while (m.find()) {
            rows.add(new String[] { m.group(1), m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() });
        }
        return rows;
    }

    private static List<String> order(String html, String... names) {
        List<String> found = new ArrayList<>();
        for (String[] r : rows(html)) {
            for (String n : names) {
                if (r[1].contains(n)) {
                    found.add(n);
                }
            }
        }
        return found;
    }

    @Test
    void scoreboardPageRanksMarksTheViewerAndSorts() {
        String code = Api.newClass("Pages");
        classes.setPrivacy(code, "full", "everyone");
        String carla = Learners.signUp(code, "Carla Page");
        String anton = Learners.signUp(code, "Anton Page");
        Learners.signUp(code, "Berta Page");
        Learners.take(carla, "all-types", answers("annan", new Pick("Kofi Annan")));
        Learners.take(carla, "limited", answers("first", new Pick("First")));
        Learners.take(anton, "limited", answers("first", new Pick("Second")));

        String page = Api.student(anton).get("/classes/" + code + "/scoreboard").then().statusCode(200)
                .contentType("text/html").extract().asString();
        List<String[]> rows = rows(page);
        assertEquals(3, rows.size());
        // rank order: Carla 3, Anton 0 and Berta 0 share rank 2
        assertEquals(List.of("Carla Page", "Anton Page", "Berta Page"), order(page, "Carla Page", "Anton Page", "Berta Page"));
        int carlaPercent = java.math.BigDecimal.valueOf(300).divide(Learners.maxTotal(), 0, java.math.RoundingMode.HALF_UP).intValue();
        assertTrue(rows.get(0)[1].startsWith("1 Carla Page " + carlaPercent + "% "), rows.get(0)[1]);
        assertTrue(rows.get(1)[1].startsWith("2 Anton Page you 0% "), rows.get(1)[1]);
        assertTrue(rows.get(2)[1].startsWith("2 Berta Page 0% "), rows.get(2)[1]);
        // the viewer's own row, and only it, is marked
        assertTrue(rows.get(1)[0].contains("aria-current=\"true\""), rows.get(1)[0]);
        assertFalse(rows.get(0)[0].contains("aria-current"));
        assertFalse(rows.get(2)[0].contains("aria-current"));
        // a pass is told in text, not only colour; nobody gets a "not yet" badge
        assertTrue(rows.get(0)[1].contains("100% ✔ passed"), rows.get(0)[1]);
        assertTrue(rows.get(1)[1].contains("0%"), rows.get(1)[1]);
        assertFalse(page.contains("not yet"), page);
        // sortable column headers, the current one announced
        assertTrue(page.contains("href=\"?sort=name&amp;dir=asc\""), page);
        assertTrue(page.contains("href=\"?sort=passed&amp;dir=desc\""), page);
        assertTrue(page.contains("aria-sort=\"ascending\"><a href=\"?sort=rank&amp;dir=desc\">Rank</a>"), page);
        // students get no gradebook link and no statistics
        assertFalse(page.contains("scoreboard.csv"));
        assertFalse(page.contains("/stats"));

        String byName = Api.student(anton).get("/classes/" + code + "/scoreboard?sort=name&dir=asc").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("Anton Page", "Berta Page", "Carla Page"), order(byName, "Carla Page", "Anton Page", "Berta Page"));
        assertTrue(byName.contains("aria-sort=\"ascending\"><a href=\"?sort=name&amp;dir=desc\">Name</a>"), byName);
        String byNameDesc = Api.student(anton).get("/classes/" + code + "/scoreboard?sort=name&dir=desc").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("Carla Page", "Berta Page", "Anton Page"),
                order(byNameDesc, "Carla Page", "Anton Page", "Berta Page"));
        // by a quiz column, best first: Carla 1, Anton 0, Berta never tried
        String byQuiz = Api.student(anton).get("/classes/" + code + "/scoreboard?sort=limited&dir=desc").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("Carla Page", "Anton Page", "Berta Page"), order(byQuiz, "Carla Page", "Anton Page", "Berta Page"));
        // an unknown sort key is harmless
        Api.student(anton).get("/classes/" + code + "/scoreboard?sort=%3Cscript%3E&dir=x").then().statusCode(200);

        // the instructor's page links the gradebook and the statistics
        String staff = Api.admin().get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertTrue(staff.contains("/api/v1/classes/" + code + "/scoreboard.csv"));
        assertTrue(staff.contains("/classes/" + code + "/quizzes/limited/stats"));
        // no row is the instructor's (the site navigation marks its "Classes" entry, outside <main>)
        assertFalse(staff.substring(staff.indexOf("<main")).contains("aria-current=\"true\""));

        // in Korean: the page's texts and the ranks ("2위"), names and numbers as in English
        String korean = Api.student(anton).header("Accept-Language", "ko").get("/classes/" + code + "/scoreboard").then()
                .statusCode(200).extract().asString();
        assertTrue(korean.contains("<h1>점수판: Pages</h1>"), korean);
        assertTrue(korean.contains(">순위</a>") && korean.contains("<span class=\"badge\">나</span>"), korean);
        assertTrue(korean.contains("학생 3명 · 반 진도"), korean);
    }

    @Test
    void projectorPageShowsClassProgressAndRefreshesWithoutScript() {
        String code = Api.newClass("Projector page");
        classes.setPrivacy(code, "full", "everyone");
        String one = Learners.signUp(code, "Pia Projector");
        Learners.signUp(code, "Quinn Projector");
        Learners.take(one, "limited", answers("first", new Pick("First")));
        Learners.complete(one, "basics");

        String page = Api.student(one).get("/classes/" + code + "/projector").then().statusCode(200).contentType("text/html")
                .extract().asString();
        assertTrue(page.contains("<noscript><meta http-equiv=\"refresh\""), page);
        assertTrue(page.contains("Class progress"), page);
        assertTrue(page.contains("data-events=\"/classes/" + code + "/projector/events\""), page);
        // 2 learners x (2 lessons + offered quizzes); Pia did 1 lesson + 1 quiz passed
        int quizzes = io.restassured.RestAssured.given().get("/api/v1/quizzes").then().extract().jsonPath().getList("id").size();
        String progress = java.math.BigDecimal.valueOf(200).divide(java.math.BigDecimal.valueOf(2L * (2 + quizzes)), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
        assertTrue(page.contains("<strong id=\"class-progress\">" + progress + "%</strong>"), page);
        assertTrue(page.contains("max=\"100\" value=\"" + progress + "\""), page);
        assertTrue(page.contains("<span id=\"learner-count\">2</span>"), page);
        List<String[]> rows = rows(page);
        int pia = java.math.BigDecimal.valueOf(100).divide(Learners.maxTotal(), 0, java.math.RoundingMode.HALF_UP).intValue();
        assertTrue(rows.get(0)[1].startsWith("1 Pia Projector " + pia + "% "), rows.get(0)[1]);
        assertTrue(rows.get(1)[1].startsWith("2 Quinn Projector 0% "), rows.get(1)[1]);
        assertTrue(page.contains("All 2 learners"), page);

        String korean = Api.student(one).header("Accept-Language", "ko").get("/classes/" + code + "/projector").then()
                .statusCode(200).extract().asString();
        assertTrue(korean.contains("<html lang=\"ko\">"), korean);
        assertTrue(korean.contains("반 진도 <strong id=\"class-progress\">"), korean);
        assertTrue(korean.contains("학생 <span id=\"learner-count\">2</span><span id=\"learner-word\">명</span>"), korean);
        assertTrue(korean.contains("학생 2명 전원"), korean);
        assertTrue(korean.contains("data-top=\"%명 중 상위 #명\""), korean); // the script's texts, in the page's language
    }

    @Test
    void aSingleAttemptHasNoStandardDeviationAndThePageSaysSo() {
        String code = Api.newClass("Stats of one");
        Learners.take(Learners.signUp(code, "Uma Single"), "all-types", answers("annan", new Pick("Kofi Annan")));
        String page = Api.admin().get("/classes/" + code + "/quizzes/all-types/stats").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertTrue(page.contains("<dt>Standard deviation</dt><dd>not defined (a single attempt)</dd>"), page);
        // one learner is "1 learner", in Korean "학생 1명"
        String board = Api.admin().get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertTrue(board.contains("1 learner · class progress"), board);
        String korean = Api.admin().header("Accept-Language", "ko").get("/classes/" + code + "/scoreboard").then()
                .statusCode(200).extract().asString();
        assertTrue(korean.contains("학생 1명 · 반 진도"), korean);
    }

    @Test
    void statisticsPageHasAnSvgHistogramAndTheFlags() {
        String code = Api.newClass("Stats page");
        String a = Learners.signUp(code, "Sam Stats");
        String b = Learners.signUp(code, "Tia Stats");
        // a: annan right, ratified wrong (2); b: annan wrong, ratified right (1): both negatively discriminating;
        // nobody answers the others: very hard
        Learners.take(a, "all-types", answers("annan", new Pick("Kofi Annan"), "ratified", new Pick("True")));
        Learners.take(b, "all-types", answers("annan", new Pick("Jiang Zemin"), "ratified", new Pick("False")));

        String page = Api.admin().get("/classes/" + code + "/quizzes/all-types/stats").then().statusCode(200)
                .contentType("text/html").extract().asString();
        int svg = page.indexOf("<svg");
        assertTrue(svg >= 0, page);
        String tag = page.substring(svg, page.indexOf('>', svg));
        assertTrue(tag.contains("role=\"img\""), tag);
        assertTrue(tag.contains("aria-label=\"Scores of first attempts"), tag);
        assertTrue(page.contains("</svg>"));
        assertTrue(page.contains("Very hard: facility below 20%"), page);
        assertTrue(page.contains("Negative discrimination"), page);
        assertTrue(page.contains("Every question type"));
        // option counts are listed with the correct one marked in text
        assertTrue(page.contains("✔ Kofi Annan: 1"), page);
        assertTrue(page.contains("Jiang Zemin: 1"), page);

        String none = Api.admin().get("/classes/" + code + "/quizzes/limited/stats").then().statusCode(200).extract().asString();
        assertTrue(none.contains("Nobody in this class has submitted a first attempt"), none);

        String korean = Api.admin().header("Accept-Language", "ko").get("/classes/" + code + "/quizzes/all-types/stats").then()
                .statusCode(200).extract().asString();
        assertTrue(korean.contains("<dt>표준편차</dt>"), korean);
        assertTrue(korean.contains("aria-label=\"첫 응시 점수, 10% 구간별: "), korean);
        assertTrue(korean.contains(">점수 (%)</text>"), korean);
        assertTrue(korean.contains("⚠ 매우 어려움: 정답률이 20% 미만입니다."), korean);
    }
}
