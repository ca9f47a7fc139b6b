package org.agora.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.agora.AgoraConfig;
import org.agora.support.Api;
import org.agora.support.AtOnce;
import org.agora.support.Browser;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is throttled per account name and per client address, in the database: while
 * it lasts the right password is refused too, on the API and on the sign-in form, but sessions go
 * on. Every test guesses at a fresh student of its own and forgets its client address afterwards.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SignInThrottleTest {

    private static final String WRONG = "not-the-password";
    private static final String WAIT = "Too many failed sign-ins for this account or from this network. Try again in 1 minute.";

    @Inject
    AgoraConfig config;

    @Inject
    AccountService accounts;

    @Inject
    Instance<IdentityProvider<?>> providers;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    @AfterEach
    void forgetTheTestClient() {
        QuarkusTransaction.requiringNew().run(() -> SignInStreak.delete("subject like 'address:%'"));
    }

    @Test
    void theApiRefusesEvenTheRightPasswordAfterTooManyWrongOnes() {
        String student = Api.newStudent(Api.newClass("Throttle API"));
        guessOnTheApi(student, limit());

        Response r = Api.student(student).get("/api/v1/me/progress");
        JsonPath problem = Problems.assertProblem(r, 429);
        assertEquals(WAIT, problem.getString("detail"));
        long retryAfter = Long.parseLong(r.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After in seconds: " + retryAfter);
        Problems.assertProblem(Api.student(student).get("/api/v1/me/progress"), 429);
        assertEquals(limit(), streak(SignInThrottle.account(student)).failures, "refused attempts are not counted");
    }

    /** The 429 speaks the request's language like every other problem; the wait is the same. */
    @Test
    void theThrottledProblemIsInTheRequestsLanguage() {
        String student = Api.newStudent(Api.newClass("Throttle Korean"));
        guessOnTheApi(student, limit());

        JsonPath ko = Problems.assertProblem(Api.student(student).header("Accept-Language", "ko-KR,ko;q=0.9")
                .get("/api/v1/me/progress"), 429);
        assertEquals("요청이 너무 많음", ko.getString("title"));
        assertEquals("이 계정 또는 이 네트워크에서 로그인에 여러 번 실패했습니다. 1분 후에 다시 시도해 주세요.", ko.getString("detail"));
        JsonPath chosen = Problems.assertProblem(Api.student(student).header("Accept-Language", "en").cookie("agora-lang", "ko")
                .get("/api/v1/me/progress"), 429);
        assertEquals(ko.getString("detail"), chosen.getString("detail"), "the switcher's cookie comes first");
        JsonPath en = Problems.assertProblem(Api.student(student).get("/api/v1/me/progress"), 429);
        assertEquals("Too Many Requests", en.getString("title"));
        assertEquals(WAIT, en.getString("detail"));
    }

    @Test
    void theSignInFormSaysHowLongToWait() {
        String student = Api.newStudent(Api.newClass("Throttle form"));
        for (int i = 0; i < limit(); i++) {
            Response r = Browser.anonymous().signIn(student, WRONG);
            assertTrue(r.header("Location").endsWith("/signin?error"), r.header("Location"));
        }
        Browser browser = Browser.anonymous();
        Response r = browser.signIn(student, Api.PASSWORD);
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/signin?throttled=1"), r.header("Location"));
        assertNull(browser.cookie(Browser.SESSION_COOKIE), "no session");

        String page = given().get("/signin?throttled=1").asString();
        assertTrue(page.contains("<p class=\"alert error\" role=\"alert\">" + WAIT + "</p>"), page);
        assertTrue(given().get("/signin?throttled=junk").asString().contains("Try again in 15 minutes."),
                "a hand-typed address says the longest wait");
    }

    @Test
    void anotherAccountFromTheSameClientIsUnaffected() {
        String code = Api.newClass("Throttle neighbour");
        String student = Api.newStudent(code);
        String neighbour = Api.newStudent(code);
        guessOnTheApi(student, limit());
        Problems.assertProblem(Api.student(student).get("/api/v1/me/progress"), 429);

        assertEquals(200, Api.student(neighbour).get("/api/v1/me/progress").statusCode());
        Browser.signedIn(neighbour, Api.PASSWORD);
        SignInStreak address = QuarkusTransaction.requiringNew()
                .call(() -> SignInStreak.<SignInStreak>find("subject like 'address:%'").firstResult());
        assertEquals(limit(), address.failures, "the client's failures are counted too, below its own limit");
        assertNull(address.refusedUntil);
    }

    @Test
    void aSessionGoesOnWhileItsAccountIsThrottled() {
        String student = Api.newStudent(Api.newClass("Throttle session"));
        Browser taking = Browser.signedIn(student, Api.PASSWORD);
        guessOnTheApi(student, limit());
        Problems.assertProblem(Api.student(student).get("/api/v1/me/progress"), 429);

        assertEquals(200, taking.get("/api/v1/me/progress").statusCode(), "the session cookie still works");
        assertEquals(200, taking.get("/progress").statusCode());
    }

    /** Whoever throttles an account by guessing does not lock its owner out on their usual browser. */
    @Test
    void aBrowserThatSignedInBeforeIsThrottledOnItsOwn() {
        String code = Api.newClass("Throttle device");
        String student = Api.newStudent(code);
        Browser usual = Browser.signedIn(student, Api.PASSWORD);
        assertNotNull(usual.cookie(TrustedDevices.COOKIE), "the browser is remembered");
        guessOnTheApi(student, limit());
        assertTrue(Browser.anonymous().signIn(student, Api.PASSWORD).header("Location").endsWith("?throttled=1"));
        Browser forged = Browser.anonymous();
        forged.setCookie(TrustedDevices.COOKIE, usual.cookie(TrustedDevices.COOKIE) + "x");
        assertTrue(forged.signIn(student, Api.PASSWORD).header("Location").endsWith("?throttled=1"));

        Response again = usual.signIn(student, Api.PASSWORD);
        assertTrue(again.header("Location").endsWith("/me"), "the usual browser signs in: " + again.header("Location"));

        // Its cookie vouches for that account only, and it is throttled after as many guesses.
        String other = Api.newStudent(code);
        guessOnTheApi(other, limit());
        assertTrue(usual.signIn(other, Api.PASSWORD).header("Location").endsWith("?throttled=1"));
        for (int i = 0; i < limit(); i++) {
            assertTrue(usual.signIn(student, WRONG).header("Location").endsWith("/signin?error"));
        }
        assertTrue(usual.signIn(student, Api.PASSWORD).header("Location").endsWith("?throttled=1"));
    }

    @Test
    void theThrottleLivesInTheDatabase() {
        String code = Api.newClass("Throttle database");
        String student = Api.newStudent(code);
        guessOnTheApi(student, limit());
        SignInStreak row = streak(SignInThrottle.account(student));
        assertEquals(limit(), row.failures);
        assertTrue(row.refusedUntil.isAfter(Instant.now()), "refused until " + row.refusedUntil);
        Problems.assertProblem(Api.student(student).get("/api/v1/me/progress"), 429);

        // What another instance sees, and what it writes: the row is all there is.
        QuarkusTransaction.requiringNew().run(() -> SignInStreak.deleteById(SignInThrottle.account(student)));
        assertEquals(200, Api.student(student).get("/api/v1/me/progress").statusCode());
        String other = Api.newStudent(code);
        Instant now = Instant.now();
        store(SignInThrottle.account(other), 12, now, now.plusSeconds(240), now.plusSeconds(1200));
        JsonPath problem = Problems.assertProblem(Api.student(other).get("/api/v1/me/progress"), 429);
        assertTrue(problem.getString("detail").endsWith("Try again in 4 minutes."), problem.getString("detail"));
    }

    @Test
    void aFailureDeletesTheStreaksThatAreOver() {
        String gone = SignInThrottle.account("gone" + System.nanoTime());
        store(gone, 3, Instant.now().minusSeconds(3600), null, Instant.now().minusSeconds(2700));
        guessOnTheApi("nobody" + System.nanoTime(), 1);
        assertNull(streak(gone));
    }

    @Test
    void theRightPasswordStartsTheCountAgain() {
        String student = Api.newStudent(Api.newClass("Throttle reset"));
        guessOnTheApi(student, limit() - 1);
        assertEquals(200, Api.student(student).get("/api/v1/me/progress").statusCode());
        assertNull(streak(SignInThrottle.account(student)), "forgotten");
        guessOnTheApi(student, limit() - 1);
        assertEquals(200, Api.student(student).get("/api/v1/me/progress").statusCode());
    }

    /** Being throttled must not tell a guesser that the name has no account. */
    @Test
    void aNameWithoutAnAccountIsThrottledAlike() {
        String nobody = "nobody" + System.nanoTime();
        guessOnTheApi(nobody, limit());
        JsonPath problem = Problems.assertProblem(Api.as(nobody, Api.PASSWORD).get("/api/v1/me/progress"), 429);
        assertEquals(WAIT, problem.getString("detail"));
    }

    @Test
    void aPasswordResetEndsTheAccountsThrottle() {
        String student = Api.newStudent(Api.newClass("Throttle reset by instructor"));
        guessOnTheApi(student, limit());
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(student).orElseThrow().id);
        String password = accounts.resetPassword(id);
        assertEquals(200, Api.as(student, password).get("/api/v1/me/progress").statusCode());
    }

    /** Guesses sent at once are counted before their passwords are checked: none gets past the limit. */
    @Test
    void guessesSentAtOnceCannotOutrunTheCount() throws Exception {
        String student = Api.newStudent(Api.newClass("Throttle burst"));
        guessOnTheApi(student, 1);
        String auth = "Basic " + Base64.getEncoder().encodeToString((student + ":" + WRONG).getBytes(StandardCharsets.UTF_8));
        HttpRequest guess = HttpRequest.newBuilder(URI.create(base + "api/v1/me/progress")).header("Authorization", auth).GET()
                .build();
        List<HttpResponse<String>> replies = AtOnce.send(Collections.nCopies(20, guess), r -> { });
        long checked = replies.stream().filter(r -> r.statusCode() == 401).count();
        long refused = replies.stream().filter(r -> r.statusCode() == 429).count();
        assertEquals(limit() - 1, checked, "passwords checked");
        assertEquals(20 - checked, refused);
        assertEquals(limit(), streak(SignInThrottle.account(student)).failures);
    }

    /**
     * Behind the proxy on this machine the client's address is the one it forwards; anyone else's
     * X-Forwarded-For is a forgery and the connection's own address counts.
     */
    @Test
    void forwardedAddressesAreBelievedOnlyFromAProxyOnThisMachine() throws Exception {
        String student = Api.newStudent(Api.newClass("Throttle forwarded"));
        Api.as(student, WRONG).header("X-Forwarded-For", "198.51.100.7").get("/api/v1/me/progress");
        InetAddress outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst()
                .orElseThrow(() -> new AssertionError("this test needs a network address besides loopback"));
        for (int i = 0; i < 3; i++) {
            try (Socket s = new Socket()) {
                s.bind(new InetSocketAddress(outside, 0)); // a client on another machine, as the server sees it
                s.connect(new InetSocketAddress("localhost", RestAssured.port));
                s.setSoTimeout(15_000);
                String auth = Base64.getEncoder().encodeToString((student + ":" + WRONG).getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().write(("GET /api/v1/me/progress HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                        + "\r\nX-Forwarded-For: 198.51.100." + i + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertTrue(status.endsWith("401"), status);
            }
        }
        List<String> addresses = QuarkusTransaction.requiringNew()
                .call(() -> SignInStreak.<SignInStreak>list("subject like 'address:%'")).stream().map(s -> s.subject + "=" + s.failures)
                .sorted().toList();
        assertEquals(List.of("address:198.51.100.7=1", "address:" + outside.getHostAddress() + "=3").stream().sorted().toList(), addresses);
    }

    @Test
    void ourProviderAloneChecksPasswords() {
        ProviderOrder.assertStrictlyFirst(providers, UsernamePasswordAuthenticationRequest.class, PasswordSignIn.class);
    }

    private int limit() {
        return config.signIn().accountLimit();
    }

    private static void guessOnTheApi(String username, int times) {
        for (int i = 0; i < times; i++) {
            Problems.assertProblem(Api.as(username, WRONG).get("/api/v1/me/progress"), 401);
        }
    }

    /** A row as another instance would have written it. */
    private static void store(String subject, int failures, Instant startedAt, Instant refusedUntil, Instant expiresAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            SignInStreak row = new SignInStreak();
            row.subject = subject;
            row.failures = failures;
            row.startedAt = startedAt;
            row.refusedUntil = refusedUntil;
            row.expiresAt = expiresAt;
            row.persist();
        });
    }

    static SignInStreak streak(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> SignInStreak.<SignInStreak>findById(subject));
    }
}
