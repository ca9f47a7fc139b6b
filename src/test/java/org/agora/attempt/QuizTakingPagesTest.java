package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.order;
import static org.agora.attempt.AttemptClient.pairs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.attempt.AttemptFormFlowTest.Browser;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * The quiz page as plain HTML: one question per page without JavaScript, the navigator, citations
 * that open beside the quiz, True before False, and the review's table for matching and ordering.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class QuizTakingPagesTest {

    private static String start(Browser b, String quiz) {
        String token = Browser.csrf(b.get("/quizzes/" + quiz).then().statusCode(200).extract().asString());
        return b.post("/quizzes/" + quiz + "/start", Map.of("csrf-token", List.of(token))).then().statusCode(303)
                .extract().header("Location").replaceAll(".*/attempts/", "");
    }

    private static String page(Browser b, String path) {
        return b.get(path).then().statusCode(200).extract().asString();
    }

    private static Map<String, List<String>> form(String page, String... fields) {
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        form.put("csrf-token", List.of(Browser.csrf(page)));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], List.of(fields[i + 1]));
        }
        return form;
    }

    private static String optionValue(String page, String label) {
        Matcher m = Pattern.compile("value=\"([^\"]+)\"[^>]*>\\s*<label[^>]*>" + Pattern.quote(label) + "</label>").matcher(page);
        assertTrue(m.find(), "no option " + label);
        return m.group(1);
    }

    @Test
    void onePerPageWorksWithoutJavaScriptAndSavesOnTheWay() {
        String u = AttemptClient.newStudent();
        Browser b = new Browser(u);
        String id = start(b, "paged");
        String first = page(b, "/attempts/" + id);
        assertThat(first, containsString("id=\"q-who\""));
        assertThat("one question per page", first, not(containsString("id=\"q-council\"")));
        assertThat(first, containsString("Question 1 of 3"));
        assertThat(first, containsString("<input type=\"hidden\" name=\"q\" value=\"1\">"));
        assertThat("the navigator saves on the way: buttons of the form", first,
                containsString("name=\"go\" value=\"3\" class=\"qnav-item\" data-question=\"iccpr\""));
        assertThat(first, containsString("aria-current=\"step\""));
        assertThat(first, containsString(">0 of 3 answered</p>"));
        assertThat("no Previous on the first", first, not(containsString("value=\"previous\"")));

        // Next saves this question and shows the next one.
        String next = b.post("/attempts/" + id, form(first, "q", "1", "a.who", optionValue(first, "Jacques Chirac"),
                "action", "next")).then().statusCode(303).extract().header("Location");
        assertThat(next, endsWith("/attempts/" + id + "?q=2"));
        String second = page(b, "/attempts/" + id + "?q=2");
        assertThat(second, containsString("id=\"q-council\""));
        assertThat(second, not(containsString("id=\"q-who\"")));
        assertThat(second, containsString(">1 of 3 answered</p>"));
        assertThat(second, containsString("class=\"qnav-item answered\" data-question=\"who\""));
        assertThat("the heading takes the focus after a jump", second, containsString("tabindex=\"-1\" autofocus"));
        assertThat(second, containsString("value=\"previous\""));

        // The navigator jumps, saving this page's answer; the other pages' answers are not touched.
        String jump = b.post("/attempts/" + id, form(second, "q", "2", "a.council", "Human Rights Council", "go", "3"))
                .then().statusCode(303).extract().header("Location");
        assertThat(jump, endsWith("?q=3"));
        JsonPath api = AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).asString());
        assertEquals("Human Rights Council", api.getString("answers.council.text"));
        assertEquals(1, api.getList("answers.who.choices").size(), "question 1 kept its answer");
        assertEquals("one-per-page", api.getString("layout"));
        String third = page(b, "/attempts/" + id + "?q=3");
        assertThat("no Next on the last", third, not(containsString("value=\"next\"")));

        // Back in the attempt without a question: the first unanswered one. Bad numbers are kept in range.
        assertThat(page(b, "/attempts/" + id), containsString("id=\"q-iccpr\""));
        assertThat(page(b, "/attempts/" + id + "?q=abc"), containsString("id=\"q-who\""));
        assertThat(page(b, "/attempts/" + id + "?q=-7"), containsString("id=\"q-who\""));
        assertThat(page(b, "/attempts/" + id + "?q=99999999999"), containsString("id=\"q-who\""));
        // A form that names no question of the attempt saves nothing (it holds no other question's fields).
        assertThat(b.post("/attempts/" + id, form(third, "q", "lots", "action", "save")).then().statusCode(303)
                .extract().header("Location"), endsWith("/attempts/" + id));
        assertEquals(1, AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).asString())
                .getList("answers.who.choices").size(), "question 1 kept its answer");

        // Submit from any page.
        assertThat(b.post("/attempts/" + id, form(third, "q", "3", "a.iccpr", "1998", "action", "submit")).then()
                .statusCode(303).extract().header("Location"), endsWith("/review"));
        String review = page(b, "/attempts/" + id + "/review");
        assertThat(Leaks.plain(review), containsString("3 of 3 points"));
        assertThat("the result's heading takes the focus", review, containsString("id=\"review-title\" tabindex=\"-1\" autofocus"));
    }

    @Test
    void allOnOnePageTheNavigatorLinksToEachQuestion() {
        String u = AttemptClient.newStudent();
        Browser b = new Browser(u);
        String id = start(b, "all-types");
        String html = page(b, "/attempts/" + id);
        assertThat(html, containsString("<a href=\"#q-events\" class=\"qnav-item\" data-question=\"events\">"));
        assertThat(html, containsString(">0 of 7 answered</p>"));
        assertThat(html, not(containsString("name=\"go\"")));
        // True before False, whatever the shuffle.
        int t = html.indexOf(">True</label>"), fa = html.indexOf(">False</label>");
        assertTrue(t > 0 && fa > t, "True is shown before False");
        // Move to the bottom without JavaScript: back with the moved item's button focused.
        AttemptFormFlowTest.PageForm f = AttemptFormFlowTest.PageForm.parse(html, id);
        String topItem = f.orderIds("events").get(0);
        String to = b.post("/attempts/" + id, f.with("move", "events|" + topItem + "|bottom")).then().statusCode(303)
                .extract().header("Location");
        assertThat(to, endsWith("&moved=" + topItem + "-bottom#q-events"));
        String moved = page(b, to.substring(to.indexOf("/attempts/"), to.indexOf('#')));
        assertThat(moved, containsString("id=\"mv-" + topItem + "-bottom\" name=\"move\" value=\"events|" + topItem
                + "|bottom\" disabled autofocus"));
        List<String> order = AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).asString())
                .getList("answers.events.order");
        assertEquals(topItem, order.get(order.size() - 1), "moved to the bottom and saved");
    }

    @Test
    void citationsInAQuestionOpenBesideTheQuiz() {
        Browser b = new Browser(AttemptClient.newStudent());
        String id = start(b, "long-options");
        String html = page(b, "/attempts/" + id);
        assertThat(html, containsString("<a class=\"cite\" href=\"/source#p1\" target=\"_blank\" rel=\"noopener\">[P1]"
                + "<span class=\"visually-hidden\"> (opens in a new tab)</span></a>"));
        assertThat("no citation on the page stays in the quiz's tab", html, not(containsString("href=\"/source#p2\">")));
    }

    @Test
    void theReviewShowsMatchingAndOrderingAsATableWithAMarkPerRow() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "all-types");
        // Two of three in the wrong place; one pair right, one left without an answer.
        a.save("events", order(a.optionId("events", "Vienna Declaration"), a.optionId("events", "UN Charter"),
                a.optionId("events", "COI report")));
        a.save("people", pairs(a.leftId("people", "Kofi Annan"), a.rightId("people", "UN Secretary-General")));
        JsonPath r = a.submit();
        List<Map<String, Object>> rows = r.getList("questions.find { it.id == 'events' }.rows");
        assertEquals(3, rows.size());
        assertEquals("1", rows.get(0).get("item"));
        assertEquals("Vienna Declaration", AttemptClient.plain((String) rows.get(0).get("yours")));
        assertEquals("UN Charter", AttemptClient.plain((String) rows.get(0).get("correct")));
        assertEquals(List.of(false, false, true), rows.stream().map(x -> x.get("right")).toList());

        String html = Api.student(u).get("/attempts/" + a.id + "/review").then().statusCode(200).extract().asString();
        String events = section(html, "r-events");
        assertThat(events, containsString("<th scope=\"col\">Place</th>\n    <th scope=\"col\">Your answer</th>\n    <th scope=\"col\">Correct answer</th>"));
        assertThat(events, containsString("<th scope=\"row\">1</th>\n      <td>Vienna Declaration</td>\n      <td>UN Charter</td>"));
        assertEquals(2, count(events, "<span class=\"visually-hidden\">incorrect</span>"));
        assertEquals(1, count(events, "<span class=\"visually-hidden\">correct</span>"));
        String people = section(html, "r-people");
        assertThat("the same columns for matching", people,
                containsString("<th scope=\"col\">Item</th>\n    <th scope=\"col\">Your answer</th>\n    <th scope=\"col\">Correct answer</th>"));
        assertThat(people, containsString("<th scope=\"row\">Kofi Annan</th>\n      <td>UN Secretary-General</td>\n      <td>UN Secretary-General</td>"));
        assertThat(people, containsString("<th scope=\"row\">Jiang Zemin</th>\n      <td><span class=\"none\">no answer</span></td>\n      <td>President of China</td>"));
        assertThat("no run-on sentence beside the table", events, not(containsString("1. UN Charter; 2.")));
    }

    @Test
    void theReviewRuleHoldsForTheTableToo() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "limited"); // after-last-attempt, 2 attempts
        a.save("first", choices(a.optionId("first", "Second")));
        String body = a.submitRaw(u).then().statusCode(200).extract().asString();
        assertThat(body, not(containsString("\"rows\"")));
        assertThat(Api.student(u).get("/attempts/" + a.id + "/review").asString(), not(containsString("pair-table")));
    }

    private static String section(String html, String headingId) {
        int i = html.indexOf("id=\"" + headingId + "\"");
        assertTrue(i > 0, "no " + headingId);
        return html.substring(i, html.indexOf("</li>", i));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
