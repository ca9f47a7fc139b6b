package org.agora.attempt;

import static org.agora.attempt.AttemptClient.choices;
import static org.agora.attempt.AttemptClient.dec;
import static org.agora.attempt.AttemptClient.text;
import static org.agora.attempt.ReviewRulesTest.plain;
import static org.agora.attempt.ReviewRulesTest.q;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.eclipse.microprofile.config.ConfigProvider;
import org.agora.support.Poll;
import org.agora.support.TestContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quiz with {@code {credit=N%}} options and lines, end to end through the JSON API and the review
 * page: scored at submission, the credit shown in the review, and nothing of it before the review
 * rule allows. The quizzes are written while the server runs and removed afterwards, so that the
 * fixture set the other tests count stays as it is.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class CreditApiTest {

    private static final String QUESTIONS = """
            ## Where did Jesus grow up? {#town points=2}

            - (x) Nazareth
            - ( ) Galilee {credit=50%}
              > Right region, but name the town.
            - ( ) Jerusalem

            ## Which are principal organs of the UN? {#organs points=3}

            - [x] The General Assembly {credit=50%}
            - [x] The Security Council {credit=50%}
            - [ ] The European Union {credit=-50%}

            ## Spell the town. {#spell}

            = Nazareth
            = Nazereth {credit=75%}

            ## When was it? {#year points=4}

            = 1822
            = 1820..1824 {credit=50%}
            """;

    private static final List<String> QUIZZES = List.of("near-misses", "near-misses-never");

    @BeforeAll
    static void publish() throws IOException {
        for (String id : QUIZZES) {
            String review = id.equals("near-misses-never") ? "never" : "after-submit";
            Files.writeString(file(id), "---\nid: " + id + "\ntitle: Near misses (" + review + ")\nreview: " + review + "\n---\n\n"
                    + QUESTIONS, StandardCharsets.UTF_8);
        }
        Poll.until(Duration.ofSeconds(20), "the credit quizzes offered", () -> listed().containsAll(QUIZZES));
    }

    @AfterAll
    static void withdraw() throws IOException {
        for (String id : QUIZZES) {
            Files.deleteIfExists(file(id));
        }
        Poll.until(Duration.ofSeconds(20), "the credit quizzes withdrawn", () -> listed().stream().noneMatch(QUIZZES::contains));
    }

    private static Path file(String id) {
        return TestContent.quizzes().resolve(id + ".md");
    }

    /** The offered quizzes; outside a test method RestAssured has no port yet, so it is named here. */
    private static List<String> listed() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return RestAssured.given().port(port).get("/api/v1/quizzes").then().extract().path("id");
    }

    /** Galilee (50 %), the Assembly with the EU (50 - 50 = 0 %), Nazereth (75 %), 1821 (50 %). */
    private static AttemptClient nearMisses(String user, String quiz) {
        AttemptClient a = AttemptClient.start(user, quiz);
        a.save("town", choices(a.optionId("town", "Galilee")));
        a.save("organs", choices(a.optionId("organs", "The General Assembly"), a.optionId("organs", "The European Union")));
        a.save("spell", text("Nazereth"));
        a.save("year", text("1821"));
        return a;
    }

    private static void assertEarned(JsonPath r, String qid, String earned, String points) {
        Map<String, Object> q = q(r, qid);
        assertEquals(0, new BigDecimal(earned).compareTo(dec(q.get("earned"))), () -> qid + ": " + q);
        assertEquals(0, new BigDecimal(points).compareTo(dec(q.get("points"))), () -> qid + ": " + q);
    }

    private static void assertCredit(JsonPath r, String qid, String credit) {
        Map<String, Object> q = q(r, qid);
        if (credit == null) {
            assertFalse(q.containsKey("credit"), () -> qid + " shows a credit: " + q);
        } else {
            assertEquals(0, new BigDecimal(credit).compareTo(dec(q.get("credit"))), () -> qid + ": " + q);
        }
    }

    @Test
    void nearMissesEarnTheirCreditAndTheReviewSaysSo() {
        AttemptClient a = nearMisses(AttemptClient.newStudent(), "near-misses");
        assertFalse(a.startJson.contains("credit"), "the start shows no credit: " + a.startJson);
        assertFalse(a.startJson.contains("50%"), a.startJson);
        JsonPath submitted = a.submit();
        // 2 x 1/2 + 3 x 0 + 1 x 3/4 + 4 x 1/2 = 1 + 0 + 0.75 + 2 = 3.75 of 10: 37.5 %, below the default pass of 60
        for (JsonPath r : List.of(submitted, a.get().setRootPath("result"))) {
            assertEquals(0, new BigDecimal("3.75").compareTo(dec(r.get("score"))), r::prettify);
            assertEquals(0, new BigDecimal("10").compareTo(dec(r.get("maxScore"))));
            assertEquals(0, new BigDecimal("37.5").compareTo(dec(r.get("percent"))));
            assertEquals(false, r.get("passed"));
            assertEarned(r, "town", "1", "2");
            assertEarned(r, "organs", "0", "3");
            assertEarned(r, "spell", "0.75", "1");
            assertEarned(r, "year", "2", "4");
            assertCredit(r, "town", "50");
            assertCredit(r, "organs", null); // earned nothing: no partial credit to speak of
            assertCredit(r, "spell", "75");
            assertCredit(r, "year", "50");
            assertEquals(false, q(r, "town").get("correct"));
            assertThat(plain(q(r, "town"), "feedback"), containsString("Right region"));
            assertEquals("Nazareth", plain(q(r, "town"), "correctAnswer"));
            assertEquals("Nazareth", plain(q(r, "spell"), "correctAnswer"), "the near miss is no model answer");
            assertEquals("1822", plain(q(r, "year"), "correctAnswer"));
            assertEquals("Nazereth", plain(q(r, "spell"), "yourAnswer"));
        }
        String page = Leaks.plain(Api.student(a.user).get("/attempts/" + a.id + "/review").then().statusCode(200)
                .extract().asString());
        assertThat(page, containsString("Partly right · 50 % credit · 1 of 2"));
        assertThat(page, containsString("Partly right · 75 % credit · 0.75 of 1"));
        assertThat(page, containsString("Not right · 0 of 3"));
    }

    @Test
    void fullAnswersShowNoCredit() {
        AttemptClient a = AttemptClient.start(AttemptClient.newStudent(), "near-misses");
        a.save("town", choices(a.optionId("town", "Nazareth")));
        a.save("organs", choices(a.optionId("organs", "The General Assembly"), a.optionId("organs", "The Security Council")));
        a.save("spell", text("nazareth."));
        a.save("year", text("1822"));
        JsonPath r = a.submit();
        assertEquals(0, new BigDecimal("10").compareTo(dec(r.get("score"))), r::prettify);
        assertEquals(true, r.get("passed"));
        for (String qid : List.of("town", "organs", "spell", "year")) {
            assertCredit(r, qid, null);
            assertEquals(true, q(r, qid).get("correct"));
        }
    }

    @Test
    void underReviewNeverTheCreditStaysOnTheServer() {
        String code = Api.newClass("Near misses " + System.nanoTime());
        AttemptClient a = nearMisses(Api.newStudent(code), "near-misses-never");
        String submitted = a.submitRaw(a.user).then().statusCode(200).extract().asString();
        String got = a.getRaw(a.user).then().statusCode(200).extract().asString();
        String page = Api.student(a.user).get("/attempts/" + a.id + "/review").then().statusCode(200).extract().asString();
        JsonPath r = AttemptClient.json(submitted);
        assertFalse(r.getBoolean("reviewShown"));
        assertEarned(r, "town", "1", "2"); // the mark itself is the learner's, as always
        for (String body : List.of(submitted, got)) {
            JsonPath j = AttemptClient.json(body);
            if (j.get("result") != null) {
                j.setRootPath("result");
            }
            for (String qid : List.of("town", "spell", "year")) {
                Map<String, Object> q = q(j, qid);
                for (String key : ReviewRulesTest.REVIEW_KEYS) {
                    assertFalse(q.containsKey(key), () -> key + " shown under review: never: " + body);
                }
            }
            assertThat(body, not(containsString("Right region")));
        }
        assertThat(Leaks.plain(page), not(containsString("% credit")));
        assertThat(Leaks.plain(page), not(containsString("Right region")));
        assertTrue(Leaks.plain(page).contains("1 of 2"), page);

        // The instructor reviews the attempt whatever the rule, credit included.
        String record = "/classes/" + code + "/learners/" + a.user + "/attempts/" + a.id;
        JsonPath staff = AttemptClient.json(Api.admin().get("/api/v1" + record).then().statusCode(200).extract().asString());
        assertCredit(staff, "town", "50");
        assertCredit(staff, "spell", "75");
        assertCredit(staff, "organs", null);
        String staffPage = Leaks.plain(Api.admin().get("/instructor" + record).then().statusCode(200).extract().asString());
        assertThat(staffPage, containsString("1 of 2 · 50 % credit"));
    }
}
