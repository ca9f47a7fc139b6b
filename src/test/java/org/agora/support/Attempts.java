package org.agora.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.List;
import java.util.Map;

/** A learner takes a quiz through the real API: start, save chosen answers by the texts shown, submit. */
public final class Attempts {

    /** Numbers as BigDecimal, so that 4.33 is compared exactly. */
    public static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Attempts() {
    }

    /** Starts an attempt (201) and returns the start response. */
    public static JsonPath start(String username, String quizId) {
        return Api.student(username).contentType(ContentType.JSON).post("/api/v1/quizzes/" + quizId + "/attempts").then()
                .statusCode(201).extract().jsonPath();
    }

    /**
     * Saves the given answers (question id to a {@code List} of texts that the chosen options contain,
     * or a text) to the started attempt; questions not in the map stay unanswered.
     */
    public static void save(String username, JsonPath started, Map<String, Object> answers) {
        String attempt = started.getString("attempt");
        List<Map<String, Object>> questions = started.getList("questions");
        for (Map.Entry<String, Object> a : answers.entrySet()) {
            Map<String, Object> q = questions.stream().filter(x -> a.getKey().equals(x.get("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no question " + a.getKey() + " in " + started.prettify()));
            Object body;
            if (a.getValue() instanceof List<?> texts) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
                List<String> ids = texts.stream().map(text -> options.stream()
                        .filter(o -> ((String) o.get("html")).contains((String) text)).map(o -> (String) o.get("id")).findFirst()
                        .orElseThrow(() -> new AssertionError("no option " + text + " in " + options))).toList();
                body = Map.of("choices", ids);
            } else {
                body = Map.of("text", a.getValue());
            }
            Api.student(username).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/attempts/" + attempt + "/answers/" + a.getKey()).then().statusCode(204);
        }
    }

    /** Submits the attempt (200) and returns its result, numbers as BigDecimal. */
    public static JsonPath submit(String username, String attempt) {
        String body = Api.student(username).contentType(ContentType.JSON).post("/api/v1/attempts/" + attempt + "/submit").then()
                .statusCode(200).extract().asString();
        return new JsonPath(body).using(EXACT);
    }

    /** Starts, answers and submits; returns the result. */
    public static JsonPath take(String username, String quizId, Map<String, Object> answers) {
        JsonPath started = start(username, quizId);
        save(username, started, answers);
        return submit(username, started.getString("attempt"));
    }
}
