package org.agora.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated hostile requests: every route with real and junk path values, under every kind of
 * caller (anonymous, signed in with or without the form token, HTTP Basic right and wrong), with
 * the malformed headers, encodings and bodies that once produced 500s, mixed at random from a
 * seed so that a failure can be replayed.
 */
final class FuzzRequests {

    /** One request as sent on the socket. */
    record Request(String method, String path, Map<String, String> headers, String body) {
        String reproduction() {
            StringBuilder s = new StringBuilder(method + " " + path + "\n");
            headers.forEach((k, v) -> s.append(k).append(": ").append(v).append('\n'));
            String shown = body.length() > 300 ? body.substring(0, 300) + "... (" + body.length() + " chars)" : body;
            return s.append('\n').append(shown).toString();
        }
    }

    /** A signed-in browser: its cookies and the form token of its pages. */
    record Session(String cookies, String token) {
    }

    /** Real values to aim at, so that requests get past routing and access checks. */
    record Targets(Map<String, List<String>> pathValues, List<String> fieldNames, Session student, Session instructor,
            String studentName, String instructorName, String password, String instructorPassword, String victimName) {
    }

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)(:[^}]*)?}");
    private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO" };
    private static final String[] CONTENT_TYPES = { null, "", ";", "a/b/c", "*/*", "application/*", "*/json", "text/plain",
            "application/json", "application/json; charset=utf-8", "application/json;;", "application/json; charset=nope",
            "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
            "application/x-www-form-urlencoded; charset=nope", "application/x-www-form-urlencoded;charset=\"",
            "multipart/form-data", "multipart/form-data; boundary=XyZ", "application/problem+json", "text/html", "ä/ö",
            "application/x-www-form-urlencoded, application/json" };
    private static final String[] ACCEPTS = { null, "*/*", "text/html", "application/json", "text/event-stream",
            "image/png", "text/csv", "application/problem+json", "application/json;q=0", "text/html,*/*;q=0.8" };
    private static final String[] BAD_ACCEPTS = { "*/*;q=abc", "a/b/c", ";", "text/*;q=2", "*/*;q=0.5, text/html;q=-1" };
    private static final String[] LANGUAGES = { null, "ko", "en-GB,en;q=0.9", "*" };
    private static final String[] BAD_LANGUAGES = { "xx;q=abc", ";;;", "ko-KR;q=2" };
    private static final String[] ORIGINS = { null, "same", "http://evil.example", "null", "http://localhost:1", "%zz" };
    private static final String[] FETCH_SITES = { null, "same-origin", "cross-site", "none", "same-site", "bogus" };
    private static final String[] JUNK_SEGMENTS = { "%zz", "%", "%00", "x", "-1", "0", "99999999999999999999", "%20",
            "..%2F..%2Fetc%2Fpasswd", "%C0%AF", "%E2%82", "a%2Fb", "%3Cscript%3E", "%EC%95%88%EB%85%95", "null", "%27%20OR%201%3D1--" };
    private static final String[] JUNK_QUERIES = { "", "?sort=%zz", "?sort=score&sort=name", "?a=%", "?error",
            "?throttled=abc", "?throttled=99999999999999999999", "?refused", "?page=-1", "?%00=%00", "?sort=" + "s".repeat(3000),
            "?lang=ko", "?lang=%zz", "?&&&=&=" };

    private final Random random;
    private Targets targets;

    FuzzRequests(long seed, Targets targets) {
        this.random = new Random(seed);
        this.targets = targets;
    }

    /** The same sequence goes on against fresh targets. */
    FuzzRequests aimAt(Targets fresh) {
        this.targets = fresh;
        return this;
    }

    Request next(FuzzRoutes.Route route) {
        String method = random.nextInt(100) < 85 ? route.method() : pick(METHODS);
        String path = fill(route.template()) + (random.nextBoolean() ? "" : pick(JUNK_QUERIES));
        Map<String, String> headers = new LinkedHashMap<>();
        Session session = caller(headers);
        String fitting = path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
        String contentType = random.nextBoolean() ? fitting : pick(CONTENT_TYPES);
        boolean bodyless = method.equals("GET") || method.equals("HEAD");
        if (bodyless && random.nextInt(4) > 0) {
            contentType = null;
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        // Malformed negotiation headers are refused before anything else: rarely, so that most requests go deeper.
        int accept = random.nextInt(10);
        put(headers, "Accept", accept == 0 ? pick(BAD_ACCEPTS) : accept < 4 ? pick(ACCEPTS) : pick(null, "*/*", "text/html,*/*;q=0.8"));
        put(headers, "Accept-Language", random.nextInt(10) == 0 ? pick(BAD_LANGUAGES) : pick(LANGUAGES));
        String origin = pick(ORIGINS);
        put(headers, "Origin", "same".equals(origin) ? "http://localhost:" + io.restassured.RestAssured.port : origin);
        put(headers, "Sec-Fetch-Site", pick(FETCH_SITES));
        if (random.nextInt(20) == 0) {
            headers.put(random.nextBoolean() ? "X-Forwarded-For" : "X-Forwarded-Host", pick("::::", "evil.example", "a b c", "%zz", "10.0.0.1, 10.0.0.2"));
        }
        if (random.nextInt(20) == 0) {
            headers.put("Expect", pick("100-continue", "wat"));
        }
        if (session != null && random.nextInt(3) == 0) {
            headers.put("X-CSRF-TOKEN", random.nextInt(4) == 0 ? "junk" : session.token());
        }
        String body = bodyless && random.nextInt(10) > 0 ? "" : body(contentType, session);
        return new Request(method, path, headers, body);
    }

    /** Who calls: anonymous, a session (student or instructor), HTTP Basic, or a forged credential. */
    private Session caller(Map<String, String> headers) {
        switch (random.nextInt(8)) {
            case 0, 1 -> {
                return null;
            }
            case 2, 3 -> {
                headers.put("Cookie", targets.student().cookies());
                return targets.student();
            }
            case 4 -> {
                headers.put("Cookie", targets.instructor().cookies());
                return targets.instructor();
            }
            case 5 -> headers.put("Authorization", basic(targets.studentName(), targets.password()));
            case 6 -> headers.put("Authorization", basic(targets.instructorName(), targets.instructorPassword()));
            default -> {
                String forged = pick("Basic %%%", "Basic " + b64("no-colon"), "Bearer x", "Basic ", "Basic " + b64(":"),
                        basic(targets.victimName(), "wrong-" + random.nextInt(1000)));
                if (random.nextBoolean()) {
                    headers.put("Authorization", forged);
                } else {
                    headers.put("Cookie", pick("agora-session=garbage", "agora-session=", "agora-csrf=%zz; agora-session=%00",
                            "agora-session=" + "A".repeat(5000)));
                }
            }
        }
        return null;
    }

    private String body(String contentType, Session session) {
        String type = contentType == null ? "" : contentType.toLowerCase();
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "";
        }
        if (type.contains("json") && kind < 8) {
            return json();
        }
        if (type.startsWith("multipart") && kind < 8) {
            return pick("--XyZ\r\nContent-Disposition: form-data; name=\"classCode\"\r\n\r\nabc\r\n--XyZ--\r\n",
                    "--XyZ\r\nContent-Disposition: form-data; name=\"privacy\"\r\n\r\n", "--wrong\r\n\r\n", "--XyZ--");
        }
        return kind < 9 ? form(session) : json();
    }

    private String form(Session session) {
        List<String> pairs = new ArrayList<>();
        if (session != null && random.nextInt(10) < 7) {
            pairs.add("csrf-token=" + session.token());
        } else if (random.nextInt(3) == 0) {
            pairs.add("csrf-token=" + pick("junk", "", "%zz", "%00"));
        }
        if (random.nextInt(25) == 0) {
            for (int i = 0; i < 1500; i++) {
                pairs.add("f" + i + "=" + i);
            }
        }
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            String name = pick(targets.fieldNames());
            if (name.equals("j_username")) {
                pairs.add(name + "=" + pick(targets.victimName(), "%zz", "no-such-user", ""));
            } else {
                pairs.add(name + "=" + value());
            }
        }
        if (random.nextInt(15) == 0) {
            pairs.add(pick("%", "=", "&&&", "a=b=c", "%zz%zz=%zz", "=%00"));
        }
        return String.join("&", pairs);
    }

    private String value() {
        if (random.nextInt(5) == 0) {
            return pick("%zz", "%", "%E2%82", "%00", "x".repeat(100_000), "99999999999999999999", "1e999", "%27%20OR%201%3D1--");
        }
        return pick("a", "", "%00|%00|%00", "on", "-1", "1", "full", "nickname", "anonymous", "submit", "events|x|up",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a|b|c", "0|1", "%C3%A4%EC%95%88", "Kofi+Annan", "1997");
    }

    private String json() {
        return pick("{", "[]", "null", "\"s\"", "42", "{\"name\": \"Fuzz class\"}", "{\"name\": [\"a\"]}",
                "{\"classCode\": \"%zz\", \"username\": \"u" + random.nextInt(100000) + "\", \"password\": \"pw\", \"displayName\": \"\"}",
                "{\"choices\": [\"a\", null, 1]}", "{\"choices\": \"x\"}", "{\"text\": \"" + "y".repeat(100_000) + "\"}",
                "{\"pairs\": [[\"a\"]]}", "{\"pairs\": {\"a\": \"b\"}}", "{\"order\": [1,2,3]}", "{\"number\": 1e999}",
                "[".repeat(5000), "{\"a\":" + "9".repeat(5000) + "}", "{\"text\": \"\\ud800\"}", "\u0000", "{\"a\":1}{",
                "{\"quiz\": \"limited\"}", "{\"quiz\": [\"x\"]}", "{\"until\": \"" + java.time.Instant.now().plusSeconds(600) + "\"}",
                "{\"until\": \"2026-13-45T99:00\"}");
    }

    private String fill(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> real = targets.pathValues().getOrDefault(key(template, m.group(1)), List.of());
            String value = !real.isEmpty() && random.nextInt(10) < 7 ? pick(real) : pick(JUNK_SEGMENTS);
            if (random.nextInt(30) == 0) {
                value = "x".repeat(3000);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code {id}} names a quiz, a lesson or a member, by the segment before it. */
    private static String key(String template, String param) {
        if (!param.equals("id")) {
            return param;
        }
        int at = template.indexOf("{id}");
        String before = template.substring(0, at);
        return before.endsWith("members/") ? "member" : before.endsWith("lessons/") ? "lesson" : "quiz";
    }

    private static void put(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + b64(user + ":" + password);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
