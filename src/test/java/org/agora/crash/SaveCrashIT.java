package org.agora.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged save survives a crash of the process: the packaged app, learners saving answers
 * as fast as they can, {@code kill -9}, a restart on the same data folder, and every answer the
 * server acknowledged with 204 is there (or the one that was in flight when it died).
 *
 * <p>Runs after {@code package} (failsafe). To watch it fail with H2's default write delay:
 * {@code ./mvnw verify -Dit.test=SaveCrashIT -Dagora.crash.jdbc-url='jdbc:h2:file:./data/agora'}.
 */
class SaveCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final String ADMIN_PASSWORD = "crash-admin-pass-1";
    private static final String PASSWORD = "crash-learner-pass-1";
    private static final int LEARNERS = 8;
    private static final int CRASHES = 2;

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process app;
    private int port;

    /** One learner's attempt and the answers it saved: the last one acknowledged, and the one sent after it. */
    private static final class Saver {
        final String session;
        final String attempt;
        volatile String acknowledged;
        volatile String inFlight;

        Saver(String session, String attempt) {
            this.session = session;
            this.attempt = attempt;
        }
    }

    @Test
    void answersAcknowledgedBeforeAKillAreThereAfterTheRestart() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged app is at " + JAR + " (failsafe runs after package)");
        copyContent();
        port = freePort();
        start();
        List<Saver> savers = seed();
        for (int crash = 1; crash <= CRASHES; crash++) {
            saveUntilKilled(savers, crash);
            start();
            for (Saver s : savers) {
                String stored = storedAnswer(s);
                assertTrue(stored != null && (stored.equals(s.acknowledged) || stored.equals(s.inFlight)),
                        "crash " + crash + ", attempt " + s.attempt + ": the server had acknowledged '" + s.acknowledged
                                + "' (then sent '" + s.inFlight + "'), after the restart it has '" + stored + "'");
            }
        }
    }

    /** Every learner saves new answers in a loop; after a while the app is killed mid-stream. */
    private void saveUntilKilled(List<Saver> savers, int round) throws Exception {
        AtomicBoolean dead = new AtomicBoolean();
        AtomicReference<String> refused = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (Saver s : savers) {
            Thread t = new Thread(() -> {
                for (int n = 1; !dead.get(); n++) {
                    String value = "round " + round + " save " + n;
                    s.inFlight = value;
                    try {
                        HttpResponse<String> r = http.send(request("/api/v1/attempts/" + s.attempt + "/answers/paper", s.session)
                                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", value))))
                                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 204) {
                            refused.compareAndSet(null, "save answered " + r.statusCode() + ": " + r.body());
                            return;
                        }
                        s.acknowledged = value;
                    } catch (IOException e) {
                        return; // the server is gone: what was in flight may or may not have landed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "saver-" + s.attempt);
            threads.add(t);
            t.start();
        }
        Thread.sleep(3_000);
        app.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
        dead.set(true);
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(null, refused.get(), "every save before the kill was acknowledged");
        for (Saver s : savers) {
            assertTrue(s.acknowledged != null && s.acknowledged.startsWith("round " + round), "learner saved in round " + round);
        }
    }

    private List<Saver> seed() throws Exception {
        String code = json(send(HttpRequest.newBuilder(uri("/api/v1/classes")).header("Authorization", basic("admin", ADMIN_PASSWORD))
                .header("Content-Type", "application/json").POST(body("{\"name\":\"Crash class\"}")).build(), 201)).get("code").asText();
        List<Saver> savers = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            String user = "crash" + i;
            send(HttpRequest.newBuilder(uri("/api/v1/signup")).header("Content-Type", "application/json")
                    .POST(body("{\"classCode\":\"" + code + "\",\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                            + "\",\"displayName\":\"Crash " + i + "\"}")).build(), 201);
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(body("j_username=" + user + "&j_password=" + PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            String session = signIn.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("agora-session="))
                    .map(c -> c.substring("agora-session=".length(), c.indexOf(';'))).findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie for " + user + ": " + signIn.statusCode()));
            String attempt = json(send(request("/api/v1/quizzes/all-types/attempts", session).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), 201)).get("attempt").asText();
            savers.add(new Saver(session, attempt));
        }
        return savers;
    }

    private String storedAnswer(Saver s) throws Exception {
        JsonNode attempt = json(send(request("/api/v1/attempts/" + s.attempt, s.session).GET().build(), 200));
        JsonNode text = attempt.path("answers").path("paper").path("text");
        return text.isMissingNode() ? null : text.asText();
    }

    private void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
        pb.environment().put("AGORA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        String url = System.getProperty("agora.crash.jdbc-url");
        if (url != null && !url.isBlank()) {
            pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url);
        }
        app = pb.start();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (!app.isAlive()) {
                fail("the app exited: " + Files.readString(work.resolve("app.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/api/v1/lessons")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        fail("the app did not answer within 90 s: " + Files.readString(work.resolve("app.log")));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
    }

    private void copyContent() throws IOException {
        Path from = Path.of("src", "test", "resources", "content");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = work.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private HttpRequest.Builder request(String path, String session) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).header("Cookie", "agora-session=" + session);
    }

    private HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), () -> request.method() + " " + request.uri() + ": " + r.body());
        return r;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
