package org.agora.attempt;

import static org.agora.attempt.AttemptStartApiTest.attemptsUsed;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * Taking a quiz with plain HTML forms, as a browser without JavaScript does: start from the
 * overview, one form per attempt, save, move ordering items, submit, review.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class AttemptFormFlowTest {

    private static final Pattern ATTEMPT_LOCATION = Pattern.compile(".*/attempts/([0-9a-z]+)$");

    @Test
    void startSaveMoveAndSubmitWithoutJavaScript() {
        String u = AttemptClient.newStudent();
        Browser b = new Browser(u);
        String overview = b.get("/quizzes/all-types").then().statusCode(200).extract().asString();
        String token = Browser.csrf(overview);
        assertNotNull(b.csrfCookie, "the overview sets the CSRF cookie");

        // Start, twice in a row (a double click): one attempt.
        String location = b.post("/quizzes/all-types/start", Map.of("csrf-token", List.of(token))).then().statusCode(303)
                .extract().header("Location");
        Matcher m = ATTEMPT_LOCATION.matcher(location);
        assertTrue(m.matches(), location);
        String id = m.group(1);
        String again = b.post("/quizzes/all-types/start", Map.of("csrf-token", List.of(token))).then().statusCode(303)
                .extract().header("Location");
        assertEquals(location, again);
        assertEquals(1, attemptsUsed(u, "all-types"));

        // The page is one form that holds every answer field and every button.
        String page = b.get("/attempts/" + id).then().statusCode(200).extract().asString();
        PageForm f = PageForm.parse(page, id);
        assertThat(f.questions(), containsInAnyOrder(AttemptStartApiTest.ALL_TYPES.toArray()));
        assertEquals(3, f.orderIds("events").size());

        f.choose("a.annan", "Kofi Annan");
        f.check("a.bodies", "The General Assembly", "The Security Council");
        f.choose("a.ratified", "False");
        f.type("a.paper", "Rodong Sinmun");
        f.type("a.year", "1997");
        f.match("people", "Kofi Annan", "UN Secretary-General");
        f.match("people", "Jiang Zemin", "President of China");
        List<String> shownOrder = f.orderIds("events");
        String saved = b.post("/attempts/" + id, f.with("action", "save")).then().statusCode(303).extract().header("Location");
        assertThat(saved, org.hamcrest.Matchers.matchesPattern(".*/attempts/" + id + "\\?saved.*"));

        // Saved: the API sees exactly what the form carried.
        JsonPath api = AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).then().statusCode(200).extract().asString());
        assertEquals(List.of(f.valueOf("a.annan", "Kofi Annan")), api.getList("answers.annan.choices"));
        assertThat(api.getList("answers.bodies.choices", String.class), containsInAnyOrder(
                f.valueOf("a.bodies", "The General Assembly"), f.valueOf("a.bodies", "The Security Council")));
        assertEquals(List.of(f.valueOf("a.ratified", "False")), api.getList("answers.ratified.choices"));
        assertEquals("Rodong Sinmun", api.getString("answers.paper.text"));
        assertEquals("1997", api.getString("answers.year.text"));
        assertEquals(shownOrder, api.getList("answers.events.order"));
        assertEquals(Map.of(f.leftId("people", "Kofi Annan"), f.rightId("people", "UN Secretary-General"),
                f.leftId("people", "Jiang Zemin"), f.rightId("people", "President of China")), api.getMap("answers.people.pairs"));

        // The page shows the saved answers back.
        String reloaded = b.get(saved.substring(saved.indexOf("/attempts/"))).then().statusCode(200).extract().asString();
        assertThat(reloaded, containsString("Your answers are saved."));
        f = PageForm.parse(reloaded, id);
        assertEquals(List.of(f.valueOf("a.annan", "Kofi Annan")), f.fields.get("a.annan"));
        assertEquals(List.of("Rodong Sinmun"), f.fields.get("a.paper"));

        // Move the ordering items with the Up buttons until the order is right.
        List<String> target = List.of("UN Charter", "Vienna Declaration", "COI report");
        int moves = 0;
        for (int i = 0; i < target.size(); i++) {
            while (!f.orderTexts("events").get(i).equals(target.get(i))) {
                List<String> before = f.orderIds("events");
                String item = f.orderId("events", target.get(i));
                String to = b.post("/attempts/" + id, f.with("move", "events|" + item + "|up")).then().statusCode(303)
                        .extract().header("Location");
                assertThat(to, org.hamcrest.Matchers.matchesPattern(".*/attempts/" + id + "\\?saved[^#]*#q-events"));
                f = PageForm.parse(b.get(to.substring(to.indexOf("/attempts/"), to.indexOf('#'))).then().statusCode(200)
                        .extract().asString(), id);
                int k = before.indexOf(item);
                List<String> expected = new ArrayList<>(before);
                expected.set(k, before.get(k - 1));
                expected.set(k - 1, item);
                assertEquals(expected, f.orderIds("events"), "one place up");
                assertEquals(expected, AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).asString())
                        .getList("answers.events.order"), "the move is saved");
                moves++;
                assertTrue(moves <= 3, "too many moves");
            }
        }
        // Moving the first item up changes nothing.
        String first = f.orderIds("events").get(0);
        b.post("/attempts/" + id, f.with("move", "events|" + first + "|up")).then().statusCode(303);
        f = PageForm.parse(b.get("/attempts/" + id).asString(), id);
        assertEquals(target, f.orderTexts("events"));
        // The other answers survived every move.
        assertEquals(List.of(f.valueOf("a.annan", "Kofi Annan")), f.fields.get("a.annan"));

        // Submit: to the review, with the score and the verdict.
        String review = b.post("/attempts/" + id, f.with("action", "submit")).then().statusCode(303).extract().header("Location");
        assertThat(review, endsWith("/attempts/" + id + "/review"));
        String result = b.get("/attempts/" + id + "/review").then().statusCode(200).extract().asString();
        assertThat(Leaks.plain(result), containsString("8 of 8 points · 100%"));
        assertThat(result, containsString("✔ Passed"));
        JsonPath done = AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).asString());
        assertTrue(done.getBoolean("submitted"));
        AttemptScoringApiTest.assertDec("8", done.get("result.score"), "score");

        // After submission the page and the form lead to the review, and change nothing.
        assertThat(b.get("/attempts/" + id).then().statusCode(303).extract().header("Location"), endsWith("/attempts/" + id + "/review"));
        f.choose("a.annan", "Jiang Zemin");
        assertThat(b.post("/attempts/" + id, f.with("action", "save")).then().statusCode(303).extract().header("Location"),
                endsWith("/attempts/" + id + "/review"));
        AttemptScoringApiTest.assertDec("8", AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).asString())
                .get("result.score"), "score after a late form");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        String u = AttemptClient.newStudent();
        Browser b = new Browser(u);
        String token = Browser.csrf(b.get("/quizzes/all-types").asString());
        Response noToken = b.post("/quizzes/all-types/start", Map.of());
        assertTrue(noToken.statusCode() == 400 || noToken.statusCode() == 403, () -> "start without token: " + noToken.statusCode());
        assertEquals(0, attemptsUsed(u, "all-types"));

        String id = b.post("/quizzes/all-types/start", Map.of("csrf-token", List.of(token))).then().statusCode(303)
                .extract().header("Location").replaceAll(".*/attempts/", "");
        PageForm f = PageForm.parse(b.get("/attempts/" + id).asString(), id);
        f.type("a.paper", "Rodong Sinmun");
        Map<String, List<String>> forged = f.with("action", "save");
        forged.remove("csrf-token");
        Response r = b.post("/attempts/" + id, forged);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 403, () -> "save without token: " + r.statusCode());
        Map<String, List<String>> wrong = f.with("action", "submit");
        wrong.put("csrf-token", List.of("AAAAAAAAAAAAAAAAAAAAAA"));
        Response w = b.post("/attempts/" + id, wrong);
        assertTrue(w.statusCode() == 400 || w.statusCode() == 403, () -> "submit with a wrong token: " + w.statusCode());
        JsonPath api = AttemptClient.json(Api.student(u).get("/api/v1/attempts/" + id).asString());
        assertEquals(false, api.getBoolean("submitted"));
        assertNull(api.getMap("answers").get("paper"), "nothing saved");
    }

    @Test
    void twoStartsAtOnceMakeOneAttempt() {
        String u = AttemptClient.newStudent();
        Browser b = new Browser(u);
        String token = Browser.csrf(b.get("/quizzes/secret").asString());
        CompletableFuture<String> one = CompletableFuture.supplyAsync(() -> b.post("/quizzes/secret/start",
                Map.of("csrf-token", List.of(token))).then().statusCode(303).extract().header("Location"));
        CompletableFuture<String> two = CompletableFuture.supplyAsync(() -> b.post("/quizzes/secret/start",
                Map.of("csrf-token", List.of(token))).then().statusCode(303).extract().header("Location"));
        assertEquals(one.join(), two.join());
        assertEquals(1, attemptsUsed(u, "secret"));
        // The overview now offers to resume, not to start.
        String overview = b.get("/quizzes/secret").asString();
        assertThat(overview, containsString("Resume attempt 1"));
        assertThat(overview, not(containsString("action=\"/quizzes/secret/start\"")));
    }

    @Test
    void theOverviewListsAZeroScoreAsScoredNotInProgress() {
        String u = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(u, "secret");
        a.save("yes", AttemptClient.choices(a.optionId("yes", "No")));
        a.submit();
        String overview = Api.student(u).get("/quizzes/secret").then().statusCode(200).extract().asString();
        int i = overview.indexOf("<tbody>");
        String row = overview.substring(i, overview.indexOf("</tbody>", i));
        assertThat(row, containsString("0 / 1 (0%)"));
        assertThat(row, containsString("Not passed"));
        assertThat(row, not(containsString("in progress")));
        assertThat(row, containsString("href=\"/attempts/" + a.id + "/review\""));
    }

    @Test
    void anotherLearnersAttemptPageIs404() {
        String owner = AttemptClient.newStudent();
        AttemptClient a = AttemptClient.start(owner, "all-types");
        a.save("paper", AttemptClient.text("Rodong Sinmun"));
        Browser other = new Browser(AttemptClient.newStudent());
        String token = Browser.csrf(other.get("/quizzes/all-types").asString());
        other.get("/attempts/" + a.id).then().statusCode(404);
        other.get("/attempts/" + a.id + "/review").then().statusCode(404);
        other.post("/attempts/" + a.id, Map.of("csrf-token", List.of(token), "a.paper", List.of("changed"),
                "action", List.of("submit"))).then().statusCode(404);
        JsonPath got = a.get();
        assertEquals(false, got.getBoolean("submitted"));
        assertEquals("Rodong Sinmun", got.getString("answers.paper.text"));
    }

    /** A learner's browser: HTTP Basic for the identity, the CSRF cookie it was given, no redirects followed. */
    static final class Browser {
        final String user;
        String csrfCookie;

        Browser(String user) {
            this.user = user;
        }

        RequestSpecification req() {
            RequestSpecification r = Api.student(user).redirects().follow(false);
            return csrfCookie == null ? r : r.cookie("agora-csrf", csrfCookie);
        }

        Response get(String path) {
            return remember(req().get(path));
        }

        Response post(String path, Map<String, List<String>> form) {
            RequestSpecification r = req().contentType("application/x-www-form-urlencoded; charset=UTF-8");
            for (var e : form.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue; // an unchecked box is not sent
                }
                r = r.formParam(e.getKey(), e.getValue().toArray());
            }
            return remember(r.post(path));
        }

        private Response remember(Response r) {
            String c = r.getCookie("agora-csrf");
            if (c != null) {
                csrfCookie = c;
            }
            return r;
        }

        static String csrf(String page) {
            Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
            assertTrue(m.find(), "no CSRF token on the page");
            return m.group(1);
        }
    }

    /** The attempt page's form as a browser holds it: current field values, and the labels shown for them. */
    static final class PageForm {
        final Map<String, List<String>> fields = new LinkedHashMap<>();
        /** field name -> shown text -> value (radios, checkboxes, select options). */
        final Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        /** question -> left label -> select name. */
        final Map<String, Map<String, String>> selects = new LinkedHashMap<>();
        /** question -> ordering items (id, text), in the order shown. */
        final Map<String, List<String[]>> orders = new LinkedHashMap<>();

        static PageForm parse(String page, String attemptId) {
            int start = page.indexOf("<form id=\"attempt-form\"");
            assertTrue(start >= 0, "no attempt form");
            assertEquals(start, page.lastIndexOf("<form id=\"attempt-form\""), "one attempt form");
            int end = page.indexOf("</form>", start);
            String form = page.substring(start, end);
            assertThat(form, containsString("method=\"post\" action=\"/attempts/" + attemptId + "\""));
            assertThat("no nested form", form.substring(1), not(containsString("<form")));
            // Every answer field and button of the page is inside this one form.
            for (String field : List.of("name=\"a.", "name=\"m.", "name=\"move\"", "name=\"action\"")) {
                assertEquals(count(page, field), count(form, field), field + " outside the form");
                assertTrue(count(form, field) > 0, field);
            }
            PageForm f = new PageForm();
            f.fields.put("csrf-token", List.of(Browser.csrf(form)));
            Matcher c = Pattern.compile("<input type=\"(radio|checkbox)\" id=\"([^\"]+)\" name=\"([^\"]+)\" value=\"([^\"]+)\"\\s*(checked)?>"
                    + "\\s*<label for=\"\\2\">([^<]*)</label>").matcher(form);
            while (c.find()) {
                f.choices.computeIfAbsent(c.group(3), k -> new LinkedHashMap<>()).put(c.group(6).trim(), c.group(4));
                f.fields.computeIfAbsent(c.group(3), k -> new ArrayList<>());
                if (c.group(5) != null) {
                    f.fields.get(c.group(3)).add(c.group(4));
                }
            }
            Matcher t = Pattern.compile("<input id=\"a-[^\"]+\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form);
            while (t.find()) {
                f.fields.put(t.group(1), new ArrayList<>(List.of(t.group(2))));
            }
            Matcher o = Pattern.compile("<input type=\"hidden\" name=\"(a\\.([^\"]+))\" value=\"([^\"]+)\">\\s*<span class=\"order-text\">([^<]*)</span>")
                    .matcher(form);
            while (o.find()) {
                f.orders.computeIfAbsent(o.group(2), k -> new ArrayList<>()).add(new String[] {o.group(3), o.group(4).trim()});
                f.fields.computeIfAbsent(o.group(1), k -> new ArrayList<>()).add(o.group(3));
            }
            Matcher s = Pattern.compile("<label for=\"(m-[^\"]+)\">([^<]*)</label>\\s*<select id=\"\\1\" name=\"(m\\.([^.\"]+)\\.[^\"]+)\">(.*?)</select>",
                    Pattern.DOTALL).matcher(form);
            while (s.find()) {
                f.selects.computeIfAbsent(s.group(4), k -> new LinkedHashMap<>()).put(s.group(2).trim(), s.group(3));
                Matcher opt = Pattern.compile("<option value=\"([^\"]*)\"\\s*(selected)?>([^<]*)</option>").matcher(s.group(5));
                List<String> selected = new ArrayList<>(List.of(""));
                while (opt.find()) {
                    if (!opt.group(1).isEmpty()) {
                        f.choices.computeIfAbsent(s.group(3), k -> new LinkedHashMap<>()).put(opt.group(3).trim(), opt.group(1));
                    }
                    if (opt.group(2) != null) {
                        selected = new ArrayList<>(List.of(opt.group(1)));
                    }
                }
                f.fields.put(s.group(3), selected);
            }
            return f;
        }

        private static int count(String s, String part) {
            int n = 0;
            for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
                n++;
            }
            return n;
        }

        List<String> questions() {
            List<String> q = new ArrayList<>();
            fields.keySet().stream().filter(k -> k.startsWith("a.")).forEach(k -> q.add(k.substring(2)));
            q.addAll(selects.keySet());
            return q;
        }

        String valueOf(String field, String label) {
            String v = choices.getOrDefault(field, Map.of()).get(label);
            assertNotNull(v, () -> field + " shows no '" + label + "': " + choices.get(field));
            return v;
        }

        void choose(String field, String label) {
            fields.put(field, new ArrayList<>(List.of(valueOf(field, label))));
        }

        void check(String field, String... labels) {
            List<String> values = new ArrayList<>();
            for (String l : labels) {
                values.add(valueOf(field, l));
            }
            fields.put(field, values);
        }

        void type(String field, String text) {
            assertTrue(fields.containsKey(field), "no field " + field);
            fields.put(field, new ArrayList<>(List.of(text)));
        }

        String leftId(String qid, String leftLabel) {
            String name = selects.get(qid).get(leftLabel);
            return name.substring(name.lastIndexOf('.') + 1);
        }

        String rightId(String qid, String rightLabel) {
            return valueOf(selects.get(qid).values().iterator().next(), rightLabel);
        }

        void match(String qid, String leftLabel, String rightLabel) {
            String name = selects.get(qid).get(leftLabel);
            fields.put(name, new ArrayList<>(List.of(valueOf(name, rightLabel))));
        }

        List<String> orderIds(String qid) {
            return orders.get(qid).stream().map(x -> x[0]).toList();
        }

        List<String> orderTexts(String qid) {
            return orders.get(qid).stream().map(x -> x[1]).toList();
        }

        String orderId(String qid, String text) {
            return orders.get(qid).stream().filter(x -> x[1].equals(text)).map(x -> x[0]).findFirst().orElseThrow();
        }

        /** The form as the browser posts it, plus the button that was pressed. */
        Map<String, List<String>> with(String button, String value) {
            Map<String, List<String>> post = new LinkedHashMap<>();
            fields.forEach((k, v) -> post.put(k, new ArrayList<>(v)));
            post.put(button, List.of(value));
            return post;
        }
    }
}
