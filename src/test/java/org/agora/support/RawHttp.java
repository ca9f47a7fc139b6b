package org.agora.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests that HTTP client libraries will not send: a huge declared body of which only the start is
 * written (the server must answer without reading it all), a POST without a Content-Type, or a
 * body sent in pieces, late or never.
 */
public final class RawHttp {

    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /**
     * Sends the request line and headers, then at most {@code sendAtMost} bytes of a body of
     * {@code declaredLength} bytes that starts with {@code bodyStart}, and reads the reply.
     */
    public static Reply send(String method, String path, Map<String, String> headers, long declaredLength,
            String bodyStart, int sendAtMost) throws IOException {
        return send(method, path, headers, declaredLength, bodyStart, sendAtMost, 15_000);
    }

    /** As {@link #send(String, String, Map, long, String, int)}, giving up on the reply after {@code timeoutMillis}. */
    public static Reply send(String method, String path, Map<String, String> headers, long declaredLength,
            String bodyStart, int sendAtMost, int timeoutMillis) throws IOException {
        try (Socket socket = open(method, path, headers, declaredLength)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                byte[] start = bodyStart.getBytes(StandardCharsets.UTF_8);
                out.write(start);
                long remaining = Math.min(declaredLength, sendAtMost) - start.length;
                byte[] filler = new byte[8192];
                java.util.Arrays.fill(filler, (byte) 'x');
                while (remaining > 0) {
                    int n = (int) Math.min(filler.length, remaining);
                    out.write(filler, 0, n);
                    remaining -= n;
                }
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before the body is written: that is the point.
            }
            return read(socket.getInputStream());
        }
    }

    /**
     * Opens a connection and sends the request line and headers only (with {@code Content-Length}
     * when {@code declaredLength >= 0}); the caller writes the body, or withholds it.
     */
    public static Socket open(String method, String path, Map<String, String> headers, long declaredLength)
            throws IOException {
        int port = RestAssured.port;
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(15_000);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (declaredLength >= 0) {
            head.append("Content-Length: ").append(declaredLength).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Reads the reply on a connection from {@link #open}. */
    public static Reply reply(Socket socket) throws IOException {
        return read(socket.getInputStream());
    }

    private static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.write(buf, 0, n);
                String sofar = bytes.toString(StandardCharsets.UTF_8);
                int end = sofar.indexOf("\r\n\r\n");
                if (end > 0) {
                    Map<String, String> h = headers(sofar.substring(0, end));
                    String type = h.get("content-type");
                    if (type != null && type.startsWith("text/event-stream")) {
                        break; // a stream does not end: its head is the answer
                    }
                    String length = h.get("content-length");
                    if (length != null && sofar.length() - end - 4 >= Integer.parseInt(length.trim())) {
                        break;
                    }
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // use what arrived
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete reply: " + text);
        }
        String statusLine = text.substring(0, text.indexOf("\r\n"));
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> head = headers(text.substring(0, end));
        String body = text.substring(end + 4);
        return new Reply(status, head, "chunked".equalsIgnoreCase(head.get("transfer-encoding")) ? dechunk(body) : body);
    }

    /** The body of a chunked reply, as far as it arrived (character counts stand in for bytes: good enough to read it). */
    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            if (eol < 0) {
                return body.toString();
            }
            int size;
            try {
                size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].trim(), 16);
            } catch (NumberFormatException e) {
                return body.toString();
            }
            if (size == 0) {
                return body.toString();
            }
            byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
            body.append(chunk);
            at = eol + 2 + chunk.length() + 2;
            if (at > chunked.length()) {
                return body.toString();
            }
        }
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> h = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                h.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return h;
    }
}
