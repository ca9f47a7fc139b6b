package org.agora.attempt;

import static org.agora.attempt.AttemptClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        String user = AttemptClient.newStudent();
        String session = AttemptClient.signIn(user);
        AttemptClient a = AttemptClient.of(user, session, AttemptClient.startRaw(user, session, "all-types"));
        String body = "{\"text\":\"Rodong Sinmun\"}";
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(a, "paper", session, body.length()));
            out.write(body.substring(0, 9).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
            out.write(body.substring(9).getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("HTTP/1.1 204", statusLine(socket.getInputStream()).substring(0, 12));
        }
        assertEquals("Rodong Sinmun", a.get().getString("answers.paper.text"));
    }

    @Test
    void clientsWithholdingTheirBodiesDoNotStarveTheServer() throws Exception {
        String user = AttemptClient.newStudent();
        String session = AttemptClient.signIn(user);
        AttemptClient a = AttemptClient.of(user, session, AttemptClient.startRaw(user, session, "all-types"));
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < WITHHELD; i++) {
                Socket s = open();
                s.getOutputStream().write(head(a, "year", session, 100));
                s.getOutputStream().write("{\"text\":".getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(500); // let every stalled request get as far as it can
            // Answered within the socket timeout (10 s), not after the 60 s a parked worker waits for a body.
            try (Socket socket = open()) {
                String body = "{\"text\":\"Workers' Newspaper\"}";
                socket.getOutputStream().write(head(a, "paper", session, body.length()));
                socket.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
                assertEquals("HTTP/1.1 204", statusLine(socket.getInputStream()).substring(0, 12));
            }
            assertEquals("Workers' Newspaper", a.get().getString("answers.paper.text"));
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        a.save("year", text("1997")); // the abandoned saves left the item as it was and writable
        assertEquals("1997", a.get().getString("answers.year.text"));
    }

    private static Socket open() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static byte[] head(AttemptClient a, String question, String session, int length) {
        return ("PUT /api/v1/attempts/" + a.id + "/answers/" + question + " HTTP/1.1\r\n"
                + "Host: localhost:" + RestAssured.port + "\r\n"
                + "Cookie: agora-session=" + session + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\r') {
            line.append((char) c);
        }
        return line.toString();
    }
}
