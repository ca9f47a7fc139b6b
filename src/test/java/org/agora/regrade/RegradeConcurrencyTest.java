package org.agora.regrade;

import static org.agora.regrade.Regrading.assertDec;
import static org.agora.regrade.Regrading.stored;
import static org.agora.regrade.Regrading.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.AtOnce;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** Two commits of one regrade at the same moment (a double click, two instances) change every score once. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class RegradeConcurrencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private HttpRequest commit(String code, String quiz, Map<String, Object> body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "api/v1/classes/" + code + "/quizzes/" + quiz + "/regrade"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    /** Sends the same commit twice at once; returns each answer's "changed", smaller first. */
    private List<Integer> twice(String code, String quiz, Map<String, Object> body) throws Exception {
        List<HttpResponse<String>> responses = AtOnce.send(List.of(commit(code, quiz, body), commit(code, quiz, body)), r -> {
        });
        List<Integer> changed = new ArrayList<>();
        for (HttpResponse<String> r : responses) {
            assertEquals(200, r.statusCode(), r.body());
            JsonNode report = JSON.readTree(r.body());
            changed.add(report.get("changed").asInt());
        }
        changed.sort(null);
        return changed;
    }

    @Test
    void twoCommitsAtOnceChangeEachScoreOnce() throws Exception {
        Regrading rg = new Regrading("rg-concurrent");
        String code = Api.newClass("Regrade at once");
        try {
            rg.publish(code, text(rg.quiz, 50, RegradeApiTest.KEYED_ALPHA));
            List<String> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(rg.submittedByNewMember(code, "Beta", "1997"));
            }
            rg.publish(code, text(rg.quiz, 50, RegradeApiTest.KEYED_BETA));

            assertEquals(List.of(0, 6), twice(code, rg.quiz, Map.of("dryRun", false, "mode", "normal")),
                    "one commit changes every attempt, the other finds nothing left to change");
            for (String a : attempts) {
                assertDec("2", stored(a).score, "regraded once");
                assertDec("1", stored(a).scoreBeforeRegrade, "the before-value is the submitted score: nobody wrote twice");
            }

            // Full credit on attempts already on the current version, a few classes over.
            for (int round = 0; round < 3; round++) {
                String other = Api.newClass("Regrade at once " + round);
                List<String> current = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    current.add(rg.submittedByNewMember(other, "Gamma", "1996"));
                }
                assertEquals(List.of(0, 3), twice(other, rg.quiz, Map.of("dryRun", false, "mode", "full-credit",
                        "questions", List.of("which"))), "round " + round);
                for (String a : current) {
                    assertDec("1", stored(a).score, "full credit once");
                    assertDec("0", stored(a).scoreBeforeRegrade, "before full credit");
                }
            }
        } finally {
            rg.remove();
        }
    }
}
