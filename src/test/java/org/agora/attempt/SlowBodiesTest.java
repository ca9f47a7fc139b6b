package org.agora.attempt;

import static org.agora.attempt.AttemptClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.RawHttp;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request's headers and then its body slowly, or never: every body is read on
 * the I/O thread before a worker is given the request ({@code WholeBodies}), so however many are
 * withheld, of whatever kind, the server goes on answering everyone else at once; and a body that
 * has not arrived by the deadline gets 408 and its connection closed.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SlowBodiesTest {

    /** More than the worker pool (200 threads by default) could park on blocking body reads. */
    private static final int WITHHELD = 230;
    /** Well under the 10 s body deadline: an answer must not wait for withheld bodies to be cut. */
    private static final int AT_ONCE_MS = 4_000;

    /** One kind of withheld body: the request line and headers, then the first bytes of a body that never ends. */
    private record Kind(String name, String method, String path, Map<String, String> headers, long declaredLength, String start) {
        Socket open() throws IOException {
            Socket s = RawHttp.open(method, path, headers, declaredLength);
            OutputStream out = s.getOutputStream();
            out.write(start.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return s;
        }
    }

    private static List<Kind> kinds(AttemptClient a) {
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        Map<String, String> chunkedJson = Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked");
        Map<String, String> signedInForm = with(form, "Cookie", "agora-session=" + a.session);
        return List.of(
                new Kind("anonymous form", "POST", "/signup", form, 100, "classCode=a"),
                new Kind("anonymous chunked JSON", "POST", "/api/v1/signup", chunkedJson, -1, "1\r\n{\r\n"),
                new Kind("signed-in chunked save", "PUT", answer(a, "year"), with(chunkedJson, "Cookie", "agora-session=" + a.session), -1,
                        "1\r\n{\r\n"),
                new Kind("signed-in form", "POST", "/lessons/basics/complete", signedInForm, 100, "csrf-token="),
                new Kind("signed-in JSON save", "PUT", answer(a, "year"), headers(a), 100, "{\"text\":"),
                new Kind("sign-in form", "POST", "/j_security_check", form, 100, "j_username=a"));
    }

    @Test
    void aBodyThatArrivesInPiecesIsSavedWhole() throws Exception {
        AttemptClient a = signedInAttempt();
        String body = "{\"text\":\"Rodong Sinmun\"}";
        try (Socket socket = RawHttp.open("PUT", answer(a, "paper"), headers(a), body.length())) {
            OutputStream out = socket.getOutputStream();
            out.write(body.substring(0, 9).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
            out.write(body.substring(9).getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals(204, RawHttp.reply(socket).status());
        }
        assertEquals("Rodong Sinmun", a.get().getString("answers.paper.text"));
    }

    @Test
    void aChunkedBodyIsSavedWhole() throws Exception {
        AttemptClient a = signedInAttempt();
        Map<String, String> chunked = with(headers(a), "Transfer-Encoding", "chunked");
        try (Socket socket = RawHttp.open("PUT", answer(a, "paper"), chunked, -1)) {
            OutputStream out = socket.getOutputStream();
            out.write("9\r\n{\"text\":\"\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
            out.write("a\r\nKyunghyang\r\n2\r\n\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals(204, RawHttp.reply(socket).status());
        }
        assertEquals("Kyunghyang", a.get().getString("answers.paper.text"));
    }

    @Test
    void clientsWithholdingBodiesOfEveryKindDoNotStarveTheServer() throws Exception {
        AttemptClient a = signedInAttempt();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (Kind kind : kinds(a)) {
                for (int i = 0; i < WITHHELD; i++) {
                    stalled.add(kind.open());
                }
            }
            Thread.sleep(300); // let every stalled request get as far as it can
            long probes = System.nanoTime();

            assertEquals(200, RawHttp.send("GET", "/", Map.of(), -1, "", 0, AT_ONCE_MS).status(), "a page");
            assertEquals(200, RawHttp.send("GET", "/api/v1/lessons", Map.of(), -1, "", 0, AT_ONCE_MS).status(), "an API read");
            String body = "{\"text\":\"Workers' Newspaper\"}";
            assertEquals(204, RawHttp.send("PUT", answer(a, "paper"), headers(a), body.length(), body, body.length(), AT_ONCE_MS).status(),
                    "a save");
            String code = Api.newClass("Slow bodies");
            String signup = "{\"classCode\":\"" + code + "\",\"username\":\"slow" + System.nanoTime() % 1_000_000
                    + "\",\"password\":\"good-password\",\"displayName\":\"Slow\"}";
            assertEquals(201, RawHttp.send("POST", "/api/v1/signup", Map.of("Content-Type", "application/json"), signup.length(), signup,
                    signup.length(), AT_ONCE_MS).status(), "a sign-up");
            System.out.printf("SlowBodies: %d withheld bodies; four ordinary requests answered in %d ms%n", stalled.size(),
                    (System.nanoTime() - probes) / 1_000_000);
            assertEquals("Workers' Newspaper", a.get().getString("answers.paper.text"));
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        a.save("year", text("1997")); // the abandoned saves left the item as it was and writable
        assertEquals("1997", a.get().getString("answers.year.text"));
    }

    @Test
    void aBodyThatNeverArrivesIsCutAtTheDeadline() throws Exception {
        AttemptClient a = signedInAttempt();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (Kind kind : kinds(a)) {
                stalled.add(kind.open());
            }
            long started = System.nanoTime();
            for (int i = 0; i < stalled.size(); i++) {
                // RawHttp waits up to 15 s; the deadline is 10 s after the headers.
                RawHttp.Reply reply = RawHttp.reply(stalled.get(i));
                String kind = kinds(a).get(i).name();
                assertEquals(408, reply.status(), kind + ": " + reply.body());
                assertEquals("close", reply.header("Connection"), kind);
                assertEquals(-1, stalled.get(i).getInputStream().read(), kind + ": the connection is closed");
            }
            assertTrue(System.nanoTime() - started < 15_000_000_000L, "cut by the deadline, not by the client giving up");
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    /** An attempt by a new student who signed in with the form (a session cookie, no bcrypt per request). */
    private static AttemptClient signedInAttempt() {
        String user = AttemptClient.newStudent();
        String session = AttemptClient.signIn(user);
        return AttemptClient.of(user, session, AttemptClient.startRaw(user, session, "all-types"));
    }

    private static String answer(AttemptClient a, String question) {
        return "/api/v1/attempts/" + a.id + "/answers/" + question;
    }

    private static Map<String, String> headers(AttemptClient a) {
        return Map.of("Cookie", "agora-session=" + a.session, "Content-Type", "application/json");
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> h = new HashMap<>(headers);
        h.put(name, value);
        return h;
    }
}
