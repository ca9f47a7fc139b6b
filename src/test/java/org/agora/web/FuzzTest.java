package org.agora.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agora.account.Account;
import org.agora.account.SignInStreak;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.RawHttp;
import org.agora.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated hostile requests over every route (see {@link FuzzRequests}): none may
 * get a 5xx, and every 4xx is the project's own problem JSON or error page, never the framework's
 * error body or a stack trace. {@code -Dfuzz.seed=...} replays a run, {@code
 * -Dfuzz.requests=...} sets its size. The cases the attack on 0200f8b found are also sent
 * one by one.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    /** Quarkus REST's own error body: {@code {"details":"Error id ...","stack":""}}. */
    private static final java.util.regex.Pattern FRAMEWORK_ERROR = java.util.regex.Pattern.compile("\"details\"\\s*:\\s*\"Error id|\"stack\"\\s*:");
    private static final List<java.util.regex.Pattern> REASONS = List.of(java.util.regex.Pattern.compile("\"detail\":\"([^\"]{0,70})"),
            java.util.regex.Pattern.compile("</h1>\\s*<p>([^<]{0,70})"), java.util.regex.Pattern.compile("<h1>([^<]{0,70})"));
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
    /** Sessions are made afresh this often: a fuzzed request may sign out or spend an attempt. */
    private static final int REFRESH_EVERY = 300;

    @BeforeEach
    @AfterEach
    void forgetFailedSignIns() {
        // Forged credentials are part of the fuzz; their failures must not throttle the tests after it.
        QuarkusTransaction.requiringNew().run(() -> SignInStreak.delete("subject like 'address:%' or subject like 'account:fz%'"));
    }

    @Test
    void generatedRequestsOverEveryRouteGetTheProjectsOwnAnswerAndNever5xx() {
        List<FuzzRoutes.Route> routes = FuzzRoutes.all();
        String code = Api.newClass("Fuzz");
        FuzzRequests requests = null;
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            if (i % REFRESH_EVERY == 0) {
                forgetFailedSignIns();
                FuzzRequests.Targets targets = targets(code, i);
                requests = requests == null ? new FuzzRequests(SEED, targets) : requests.aimAt(targets);
            }
            FuzzRequests.Request request = requests.next(routes.get(i % routes.size()));
            RawHttp.Reply reply;
            try {
                reply = send(request);
            } catch (IOException e) {
                failures.add("no reply (" + e.getMessage() + ") to\n" + request.reproduction());
                continue;
            }
            statuses.merge(reply.status(), 1, Integer::sum);
            reasons.merge(reply.status() + " " + reason(reply), 1, Integer::sum);
            String wrong = wrongAnswer(request, reply);
            if (wrong != null) {
                failures.add(wrong + " for\n" + request.reproduction());
            }
        }
        System.out.printf("fuzz: %d requests over %d routes (seed %d), statuses %s%n", REQUESTS, routes.size(), SEED, statuses);
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.printf("fuzz: %6d × %s%n", e.getValue(), e.getKey()));
        assertTrue(failures.isEmpty(), failures.size() + " of " + REQUESTS + " requests got a wrong answer (seed " + SEED
                + "); the first ones:\n\n" + String.join("\n\n", failures.subList(0, Math.min(12, failures.size()))));
        assertTrue(statuses.keySet().stream().anyMatch(s -> s < 300), "some requests must get through: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(s -> s >= 400), "some requests must be refused: " + statuses);
    }

    /** What the attack on 0200f8b sent, one by one. */
    static Stream<Arguments> reproductions() {
        String form = "application/x-www-form-urlencoded";
        return Stream.of(
                Arguments.of("Content-Type ;", "POST", "/signup", Map.of("Content-Type", ";"), "classCode=a"),
                Arguments.of("Content-Type a/b/c", "POST", "/signup", Map.of("Content-Type", "a/b/c"), "classCode=a"),
                Arguments.of("API with Content-Type ;", "POST", "/api/v1/signup", Map.of("Content-Type", ";"), "{}"),
                Arguments.of("sign-in without a form type", "POST", "/j_security_check", Map.of(), "j_username=a&j_password=b"),
                Arguments.of("sign-in with a JSON type", "POST", "/j_security_check", Map.of("Content-Type", "application/json"), "{}"),
                Arguments.of("sign-in with an empty form", "POST", "/j_security_check", Map.of("Content-Type", form), ""),
                Arguments.of("bad percent-encoding", "POST", "/signup", Map.of("Content-Type", form), "classCode=%zz"),
                Arguments.of("bad percent-encoding in sign-in", "POST", "/j_security_check", Map.of("Content-Type", form), "j_username=%zz&j_password=%"),
                Arguments.of("Accept with a bad q", "GET", "/", Map.of("Accept", "*/*;q=abc"), ""),
                Arguments.of("API Accept with a bad q", "GET", "/api/v1/lessons", Map.of("Accept", "*/*;q=abc"), ""),
                Arguments.of("wildcard type", "POST", "/signup", Map.of("Content-Type", "*/*"), "classCode=a"),
                Arguments.of("100,000-character field", "POST", "/signup", Map.of("Content-Type", form), "classCode=" + "x".repeat(100_000)),
                Arguments.of("more than 1,000 fields", "POST", "/signup", Map.of("Content-Type", form), manyFields(1500)),
                Arguments.of("a bad path escape", "GET", "/lessons/%zz", Map.of(), ""),
                Arguments.of("a charset the JVM lacks", "POST", "/signup", Map.of("Content-Type", form + "; charset=nope"), "classCode=a"),
                Arguments.of("a file upload", "POST", "/signup", Map.of("Content-Type", "multipart/form-data; boundary=XyZ"), "--XyZ--"),
                Arguments.of("two content types", "POST", "/api/v1/signup", Map.of("Content-Type", "application/json, text/plain"), "{}"),
                Arguments.of("a bad Accept-Language", "GET", "/", Map.of("Accept-Language", "ko-KR;q=2"), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reproductions")
    void whatTheAttackSentGetsA4xxOfOurOwn(String name, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        FuzzRequests.Request request = new FuzzRequests.Request(method, path, headers, body);
        RawHttp.Reply reply = send(request);
        assertNull(wrongAnswer(request, reply), reply.status() + " " + reply.body());
        assertTrue(reply.status() >= 300 && reply.status() < 500, "refused or redirected: " + reply.status());
    }

    /** The signed-in forms the fuzz found failing: privacy without its field, a move of NUL characters. */
    @Test
    void signedInFormsWithMissingOrNullFieldsAre4xx() throws IOException {
        String code = Api.newClass("Fuzz forms");
        FuzzRequests.Targets t = targets(code, 0);
        String form = "application/x-www-form-urlencoded";
        String attempt = t.pathValues().get("attempt").get(0);
        for (FuzzRequests.Request request : List.of(
                new FuzzRequests.Request("POST", "/instructor/classes/" + code + "/privacy",
                        Map.of("Content-Type", form, "Cookie", t.instructor().cookies()), "csrf-token=" + t.instructor().token()),
                new FuzzRequests.Request("POST", "/attempts/" + attempt,
                        Map.of("Content-Type", form, "Cookie", t.student().cookies()),
                        "csrf-token=" + t.student().token() + "&move=%00|%00|%00"),
                new FuzzRequests.Request("POST", "/attempts/" + attempt,
                        Map.of("Content-Type", form, "Cookie", t.student().cookies()),
                        "csrf-token=" + t.student().token() + "&move=events|nothing|sideways"))) {
            RawHttp.Reply reply = send(request);
            assertNull(wrongAnswer(request, reply), reply.status() + " " + reply.body());
            assertTrue(reply.status() >= 300 && reply.status() < 500, request.path() + ": " + reply.status());
        }
    }

    private static String manyFields(int n) {
        StringBuilder s = new StringBuilder("classCode=a");
        for (int i = 0; i < n; i++) {
            s.append("&f").append(i).append('=').append(i);
        }
        return s.toString();
    }

    private static RawHttp.Reply send(FuzzRequests.Request request) throws IOException {
        int length = request.body().getBytes(StandardCharsets.UTF_8).length;
        boolean withBody = length > 0 || !(request.method().equals("GET") || request.method().equals("HEAD"));
        return RawHttp.send(request.method(), request.path(), request.headers(), withBody ? length : -1, request.body(), length, 10_000);
    }

    /** What the answer says, in short: the problem's detail, the page's heading or its location. */
    private static String reason(RawHttp.Reply reply) {
        if (reply.header("Location") != null) {
            return "→ " + reply.header("Location").replaceAll("attempts/\\w+", "attempts/…");
        }
        for (java.util.regex.Pattern p : REASONS) {
            java.util.regex.Matcher m = p.matcher(reply.body());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    /** Null when the answer is acceptable; otherwise what is wrong with it. */
    static String wrongAnswer(FuzzRequests.Request request, RawHttp.Reply reply) {
        int status = reply.status();
        String body = reply.body();
        if (status >= 500) {
            return "HTTP " + status + " (" + excerpt(body) + ")";
        }
        if (FRAMEWORK_ERROR.matcher(body).find()) {
            return "the framework's error body (" + excerpt(body) + ")";
        }
        if (body.contains("\tat ") || body.contains("Exception") || body.contains("at org.agora") || body.contains("at io.")) {
            return "a stack trace or exception name (" + excerpt(body) + ")";
        }
        if (status < 400 || request.method().equals("HEAD")) {
            return null;
        }
        String type = reply.header("Content-Type");
        if (body.isBlank() && refusedByTheHttpLayer(request, status)) {
            return null;
        }
        if (type == null || body.isBlank()) {
            return "HTTP " + status + " without a body of ours";
        }
        if (type.startsWith("application/problem+json")) {
            try {
                JsonPath json = new JsonPath(body);
                boolean complete = json.getInt("status") == status && !json.getString("title").isBlank()
                        && !json.getString("detail").isBlank();
                return complete ? null : "an incomplete problem (" + excerpt(body) + ")";
            } catch (RuntimeException e) {
                return "problem JSON that does not parse (" + excerpt(body) + ")";
            }
        }
        if (type.startsWith("text/html") && body.contains("<main id=\"main\"")) {
            return null;
        }
        return "HTTP " + status + " as " + type + " (" + excerpt(body) + ")";
    }

    /**
     * Quarkus's HTTP layer answers with a bare status, before any route (ours included) runs, a
     * request target that is not a valid URI ({@code /lessons/%zz}, a 400) and a request line over
     * {@code quarkus.http.limits.max-initial-line-length} (4096, a 414). Nothing of the app runs.
     */
    private static boolean refusedByTheHttpLayer(FuzzRequests.Request request, int status) {
        if (status == 414) {
            return request.method().length() + request.path().length() + 10 > 4096;
        }
        try {
            new java.net.URI(request.path());
            return false;
        } catch (java.net.URISyntaxException invalid) {
            return status == 400;
        }
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "..." : flat;
    }

    /** Fresh accounts, sessions and attempts to aim at; names start with {@code fz} so their throttling can be forgotten. */
    private static FuzzRequests.Targets targets(String code, int round) {
        String student = newStudent(code, "fzs" + round);
        String victim = newStudent(code, "fzv" + round);
        long victimId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(victim).orElseThrow().id);
        String mine = startAttempt(student);
        String theirs = startAttempt(victim);
        Browser studentBrowser = Browser.signedIn(student, Api.PASSWORD);
        studentBrowser.get("/attempts/" + mine);
        Browser instructor = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        instructor.get("/instructor/classes/" + code);
        assertEquals(instructor.csrfToken(), instructor.cookie(Browser.CSRF_COOKIE), "the session's token is its cookie");
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("code", List.of(code, "ZZZZZZ"));
        values.put("quiz", List.of("all-types", "timed", "secret", "limited", "pool", "broken", "essays"));
        values.put("lesson", List.of("basics", "more"));
        values.put("member", List.of(String.valueOf(victimId)));
        values.put("attempt", List.of(mine, theirs, submittedEssays(student)));
        values.put("username", List.of(student, victim, Api.ADMIN));
        values.put("question", List.of("annan", "bodies", "ratified", "paper", "year", "events", "people", "verdict", "statement"));
        List<String> fields = List.of("classCode", "username", "password", "displayName", "nickname", "name", "privacy",
                "move", "j_username", "j_password", "a.annan", "a.bodies", "a.year", "a.events", "m.people.x", "submit", "sort",
                "version", "points", "criterion-1", "comment", "then", "blindMarking", "release", "opensAt", "closesAt", "action",
                "timeZone", "lateWork", "quiz", "until");
        return new FuzzRequests.Targets(values, fields, session(studentBrowser), session(instructor), student, Api.ADMIN,
                Api.PASSWORD, Api.ADMIN_PASSWORD, victim);
    }

    private static FuzzRequests.Session session(Browser browser) {
        String cookies = Browser.SESSION_COOKIE + "=" + browser.cookie(Browser.SESSION_COOKIE) + "; " + Browser.CSRF_COOKIE + "="
                + browser.cookie(Browser.CSRF_COOKIE);
        return new FuzzRequests.Session(cookies, browser.csrfToken());
    }

    private static String newStudent(String code, String prefix) {
        String username = prefix + "x" + System.nanoTime() % 100000;
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("classCode", code, "username", username, "password",
                Api.PASSWORD, "displayName", "Fuzz " + username)).post("/api/v1/signup").then().statusCode(201);
        return username;
    }

    /** A submitted attempt of the essays quiz, its essays waiting in the class's grading queue. */
    private static String submittedEssays(String student) {
        org.agora.attempt.AttemptClient a = org.agora.attempt.AttemptClient.start(student, "essays");
        a.save("verdict", org.agora.attempt.AttemptClient.text("A verdict of a few words, for the fuzz."));
        a.save("statement", org.agora.attempt.AttemptClient.text("A statement."));
        a.submit();
        return a.id;
    }

    private static String startAttempt(String student) {
        return Api.student(student).contentType(ContentType.JSON).post("/api/v1/quizzes/all-types/attempts").then()
                .statusCode(201).extract().path("attempt");
    }
}
