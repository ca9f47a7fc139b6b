package org.agora.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;

/**
 * One learner's attempt driven through {@code /api/v1}: starts it, maps the option texts the learner
 * reads to this attempt's opaque ids (the only way a client can know them), saves and submits.
 */
public final class AttemptClient {

    /** Numbers as BigDecimal, so that 4.33 is compared exactly. */
    public static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    public final String user;
    /** The form sign-in cookie when the client uses one; HTTP Basic (bcrypt on every call) otherwise. */
    public final String session; // null when the client signs in with HTTP Basic
    public final String id;
    public final String startJson;
    public final JsonPath started;

    private AttemptClient(String user, String json) {
        this(user, null, json);
    }

    private AttemptClient(String user, String session, String json) {
        this.user = user;
        this.session = session;
        this.startJson = json;
        this.started = json(json);
        this.id = started.getString("attempt");
        assertNotNull(id, "the start response names the attempt");
    }

    public static JsonPath json(String body) {
        return new JsonPath(body).using(EXACT);
    }

    /** POST /api/v1/quizzes/{quiz}/attempts, as it comes. */
    public static Response startRaw(String user, String quiz) {
        // RestAssured would label a body-less POST as a form (which the CSRF filter checks); a script sends JSON or nothing.
        return Api.student(user).contentType(ContentType.JSON).post("/api/v1/quizzes/" + quiz + "/attempts");
    }

    /** Starts a new attempt and expects 201. */
    public static AttemptClient start(String user, String quiz) {
        Response r = startRaw(user, quiz);
        assertEquals(201, r.statusCode(), () -> "start " + quiz + ": " + r.asString());
        return new AttemptClient(user, r.asString());
    }

    /** Signs in through the sign-in form and returns the session cookie (faster than Basic when time counts). */
    public static String signIn(String user) {
        Response r = given().redirects().follow(false).formParam("j_username", user).formParam("j_password", Api.PASSWORD)
                .post("/j_security_check");
        String cookie = r.getCookie("agora-session");
        assertNotNull(cookie, () -> "no session cookie after sign-in: " + r.statusCode() + " " + r.headers());
        return cookie;
    }

    /** Starts a new attempt with a session cookie; the client keeps using that cookie. */
    public static Response startRaw(String user, String session, String quiz) {
        return given().cookie("agora-session", session).contentType(ContentType.JSON)
                .post("/api/v1/quizzes/" + quiz + "/attempts");
    }

    public static AttemptClient of(String user, String session, Response r) {
        return new AttemptClient(user, session, r.asString());
    }

    /** The request as this client's learner (or as another learner, by HTTP Basic). */
    public RequestSpecification as(String asUser) {
        return session != null && asUser.equals(user) ? given().cookie("agora-session", session) : Api.student(asUser);
    }

    /** Wraps a start (or resume) response. */
    public static AttemptClient of(String user, Response r) {
        return new AttemptClient(user, r.asString());
    }

    public List<Map<String, Object>> questions() {
        return started.getList("questions");
    }

    public List<String> questionIds() {
        return started.getList("questions.id", String.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> question(String qid) {
        return questions().stream().filter(q -> qid.equals(q.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + qid + " in " + startJson));
    }

    public String optionId(String qid, String text) {
        return idOf(qid, "options", text);
    }

    public String leftId(String qid, String text) {
        return idOf(qid, "left", text);
    }

    public String rightId(String qid, String text) {
        return idOf(qid, "right", text);
    }

    /** Every option, left and right id this attempt shows. */
    public List<String> allItemIds() {
        List<String> ids = new java.util.ArrayList<>();
        for (Map<String, Object> q : questions()) {
            for (String key : List.of("options", "left", "right")) {
                items(q, key).forEach(i -> ids.add((String) i.get("id")));
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> q, String key) {
        Object v = q.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    private String idOf(String qid, String key, String text) {
        for (Map<String, Object> item : items(question(qid), key)) {
            if (text.equals(plain((String) item.get("html")))) {
                return (String) item.get("id");
            }
        }
        fail("question " + qid + " shows no " + key + " '" + text + "': " + question(qid));
        return null;
    }

    /** A JSON number as an exact decimal, whatever type JsonPath chose for it (2 is an Integer, 2.00 a BigDecimal). */
    public static java.math.BigDecimal dec(Object number) {
        return number == null ? null : new java.math.BigDecimal(number.toString());
    }

    public static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").trim();
    }

    // --- answer bodies, as the spec writes them ---

    public static Map<String, Object> choices(String... ids) {
        return Map.of("choices", List.of(ids));
    }

    public static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    public static Map<String, Object> order(String... ids) {
        return Map.of("order", List.of(ids));
    }

    public static Map<String, Object> pairs(String... leftRight) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < leftRight.length; i += 2) {
            m.put(leftRight[i], leftRight[i + 1]);
        }
        return Map.of("pairs", m);
    }

    // --- calls ---

    public Response put(String qid, Object body) {
        return put(user, qid, body);
    }

    public Response put(String asUser, String qid, Object body) {
        return as(asUser).contentType(ContentType.JSON).body(body)
                .put("/api/v1/attempts/" + id + "/answers/" + qid);
    }

    /** Saves and expects 204. */
    public void save(String qid, Object body) {
        Response r = put(qid, body);
        assertEquals(204, r.statusCode(), () -> "save " + qid + " " + body + ": " + r.asString());
    }

    public Response getRaw(String asUser) {
        return as(asUser).get("/api/v1/attempts/" + id);
    }

    public JsonPath get() {
        Response r = getRaw(user);
        assertEquals(200, r.statusCode(), () -> "get attempt: " + r.asString());
        return json(r.asString());
    }

    public Response submitRaw(String asUser) {
        return as(asUser).contentType(ContentType.JSON).post("/api/v1/attempts/" + id + "/submit");
    }

    public JsonPath submit() {
        Response r = submitRaw(user);
        assertEquals(200, r.statusCode(), () -> "submit: " + r.asString());
        return json(r.asString());
    }

    /** A fresh class and a student in it. */
    public static String newStudent() {
        return Api.newStudent(Api.newClass("Attempts " + System.nanoTime()));
    }
}
