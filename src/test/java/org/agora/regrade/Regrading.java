package org.agora.regrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptItem;
import org.agora.support.Api;
import org.agora.support.Attempts;
import org.agora.support.Poll;
import org.agora.support.TestContent;

/** The API tests' quiz file, which they change while the server watches, and the regrade calls. */
final class Regrading {

    final String quiz;
    final Path file;

    Regrading(String quiz) {
        this.quiz = quiz;
        this.file = TestContent.quizzes().resolve(quiz + ".md");
    }

    /** A quiz file of these questions with this id; shuffled, unlimited attempts, review after submit. */
    static String text(String quiz, int pass, String questions) {
        return "---\nid: " + quiz + "\ntitle: Regrade " + quiz + "\npass: " + pass + "\n---\n\n" + questions;
    }

    /** Writes the file and waits until the server offers exactly this version (the regrade names its hash). */
    void publish(String classCode, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hash = sha256(text);
        Poll.until(Duration.ofSeconds(20), quiz + " reloaded as " + hash, () -> {
            Response r = call(Api.admin(), classCode, Map.of("dryRun", true, "mode", "normal"));
            return r.statusCode() == 200 && hash.equals(r.jsonPath().getString("version"));
        });
    }

    void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Poll.until(Duration.ofSeconds(20), quiz + " withdrawn", () -> {
            List<String> ids = io.restassured.RestAssured.given().get("/api/v1/quizzes").then().extract().path("id");
            return !Objects.requireNonNull(ids).contains(quiz);
        });
    }

    Response call(io.restassured.specification.RequestSpecification as, String classCode, Object body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/classes/" + classCode + "/quizzes/" + quiz + "/regrade");
    }

    /** A regrade as the instructor; expects 200 and returns the report, numbers as BigDecimal. */
    JsonPath regrade(String classCode, boolean dryRun, String mode, String... questions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", dryRun);
        body.put("mode", mode);
        if (questions.length > 0) {
            body.put("questions", List.of(questions));
        }
        Response r = call(Api.admin(), classCode, body);
        assertEquals(200, r.statusCode(), () -> "regrade: " + r.asString());
        return new JsonPath(r.asString()).using(Attempts.EXACT);
    }

    /** A learner's submitted attempt, answering these (question id to a List of option texts, or a text). */
    String submitted(String user, Map<String, Object> answers) {
        return Attempts.take(user, quiz, answers).getString("attempt");
    }

    /** A new member of the class submits this option to {@code which} and this text to {@code year}; returns the attempt. */
    String submittedByNewMember(String classCode, String whichOption, String year) {
        return submitted(Api.newStudent(classCode), answers("which", List.of(whichOption), "year", year));
    }

    /** GET the attempt as its learner, numbers as BigDecimal. */
    static JsonPath attempt(String user, String attemptId) {
        String body = Api.student(user).get("/api/v1/attempts/" + attemptId).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(Attempts.EXACT);
    }

    /** The stored rows, read in a transaction of their own. */
    static Attempt stored(String attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId));
    }

    static List<AttemptItem> storedItems(String attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> AttemptItem.of(attemptId));
    }

    static Map<String, Object> answers(Object... idAndAnswer) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < idAndAnswer.length; i += 2) {
            m.put((String) idAndAnswer[i], idAndAnswer[i + 1]);
        }
        return m;
    }

    /** The report's entry for this attempt. */
    static Map<String, Object> entry(JsonPath report, String attemptId) {
        Map<String, Object> e = report.getMap("attempts.find { it.attempt == '" + attemptId + "' }");
        if (e == null) {
            throw new AssertionError("attempt " + attemptId + " is not in " + report.prettify());
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> question(Map<String, Object> entry, String qid) {
        return ((List<Map<String, Object>>) entry.get("questions")).stream().filter(q -> qid.equals(q.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + qid + " in " + entry));
    }

    static BigDecimal dec(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    static void assertDec(String expected, Object actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(dec(actual)), () -> what + ": expected " + expected + ", was " + actual);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
