package org.agora.attempt;

import static org.agora.attempt.AttemptClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.support.RawHttp;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * A signed-in client that sends a save's headers and then its JSON body slowly, or never: the body
 * is read on the I/O thread ({@code JsonBodyPrefetch}), so no worker thread waits for it and the
 * server goes on answering everyone else.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SlowBodiesTest {

    /** More than the worker pool (200 threads by default) could park on a blocking body read. */
    private static final int WITHHELD = 230;

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
    void clientsWithholdingTheirBodiesDoNotStarveTheServer() throws Exception {
        AttemptClient a = signedInAttempt();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < WITHHELD; i++) {
                Socket s = RawHttp.open("PUT", answer(a, "year"), headers(a), 100);
                s.getOutputStream().write("{\"text\":".getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(500); // let every stalled request get as far as it can
            // Answered within RawHttp's socket timeout (15 s), not after the 60 s a parked worker waits for a body.
            String body = "{\"text\":\"Workers' Newspaper\"}";
            RawHttp.Reply reply = RawHttp.send("PUT", answer(a, "paper"), headers(a), body.length(), body, body.length());
            assertEquals(204, reply.status());
            assertEquals("Workers' Newspaper", a.get().getString("answers.paper.text"));
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        a.save("year", text("1997")); // the abandoned saves left the item as it was and writable
        assertEquals("1997", a.get().getString("answers.year.text"));
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
}
