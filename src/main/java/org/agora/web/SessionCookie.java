package org.agora.web;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The framework's session cookie, as far as answers need it: whether a request brought one and
 * how to drop it. A request that brings one and is still not signed in brings a dead one (expired,
 * signed out elsewhere, password reset): it is dropped with the answer, so the sign-in page that
 * follows sees a signed-out browser instead of sending it round again.
 */
public final class SessionCookie {

    private SessionCookie() {
    }

    public static String name() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.auth.form.cookie-name", String.class)
                .orElse("quarkus-credential");
    }

    public static boolean sent(Map<String, Cookie> cookies) {
        return cookies.containsKey(name());
    }

    /** Overwrites the session cookie with an empty one that expires at once (same path as the framework's). */
    public static NewCookie expired() {
        return new NewCookie.Builder(name()).path("/").value("").maxAge(0).httpOnly(true).build();
    }
}
