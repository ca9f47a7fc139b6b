package org.agora.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers a browser that signed in to an account with its password (a "device cookie"): it is
 * throttled on its own, not with the account or its network, so that whoever throttles an account
 * or a school's address by guessing does not lock the account's owner out on their usual browser.
 * The cookie holds a random id, when it was issued, and an HMAC of both with the username under a
 * key derived from the session key: every instance can check it, nobody can make one for an
 * account they never signed in to, and it does not show whose it is. It goes to the sign-in
 * form's address only.
 */
@ApplicationScoped
class TrustedDevices {

    static final String COOKIE = "agora-device";
    private static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final String signInPath;

    TrustedDevices(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionKey,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String post) {
        this.key = hmac(sessionKey.getBytes(StandardCharsets.UTF_8), "agora trusted device");
        this.signInPath = post;
    }

    /** The browser's id when it brings a valid cookie of this username's, else null. */
    String trusted(RoutingContext http, String username, Instant now) {
        Cookie cookie = http == null ? null : http.request().getCookie(COOKIE);
        String[] parts = cookie == null ? new String[0] : cookie.getValue().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            boolean fresh = issued.plus(LIFETIME).isAfter(now) && !issued.isAfter(now.plusSeconds(60));
            byte[] expected = hmac(key, Account.canonical(username) + "\n" + parts[0] + "\n" + parts[1]);
            return fresh && MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2])) ? parts[0] : null;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null; // not a number, not Base64, out of range: not ours
        }
    }

    /** After a right password on the sign-in form (not HTTP Basic: scripts keep no cookies), a new cookie. */
    void issue(RoutingContext http, String username, Instant now) {
        if (http == null || !http.request().path().equals(signInPath)) {
            return;
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = BASE64.encodeToString(random);
        String issued = Long.toString(now.getEpochSecond());
        String value = id + "." + issued + "." + BASE64.encodeToString(hmac(key, Account.canonical(username) + "\n" + id + "\n" + issued));
        http.response().addCookie(Cookie.cookie(COOKIE, value).setPath(signInPath).setHttpOnly(true)
                .setSecure(http.request().isSSL()).setSameSite(CookieSameSite.STRICT).setMaxAge(LIFETIME.toSeconds()));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
