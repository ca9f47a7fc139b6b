package org.agora.classroom;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import org.agora.account.Account;
import org.agora.web.ServerKeys;

/**
 * Carries a freshly set password (a student's reset, a new instructor's account) from the POST to
 * the page that shows it, once.
 * <p>
 * Why a cookie: the password must survive one redirect, possibly to another app instance, so it
 * cannot stay in this process's memory; and a database row would write a usable password to disk
 * and to its backups. The cookie is sealed (AES-GCM, {@link ServerKeys}), sent only to that one
 * page's address, bound to the instructor who set it and to the account, good for two minutes, and
 * cleared by the page that shows it: a reload (or the back button) finds nothing and says so,
 * and nothing on the server is reset again.
 */
@RequestScoped
class RevealedPasswords {

    static final String COOKIE = "agora-new-password";
    private static final String PURPOSE = "revealed password";
    private static final long LIFETIME_SECONDS = 120;

    private final RoutingContext http;
    private final ServerKeys keys;

    RevealedPasswords(RoutingContext http, ServerKeys keys) {
        this.http = http;
        this.keys = keys;
    }

    /** Keeps {@code owner}'s {@code password} for the next visit of {@code page} by {@code instructor}. */
    void hold(String page, Account owner, String password, Account instructor) {
        long until = Instant.now().getEpochSecond() + LIFETIME_SECONDS;
        String sealed = keys.seal(PURPOSE, binding(owner, instructor) + "\n" + until + "\n" + password);
        http.response().addCookie(cookie(page, sealed, LIFETIME_SECONDS));
    }

    /** The password held for this page, owner and instructor, or null; it is not shown again. */
    String take(String page, Account owner, Account instructor) {
        Cookie sent = http.request().getCookie(COOKIE);
        if (sent == null) {
            return null;
        }
        http.response().addCookie(cookie(page, "", 0));
        String[] held = String.valueOf(keys.open(PURPOSE, sent.getValue())).split("\n", 4);
        if (held.length != 4 || !(held[0] + "\n" + held[1]).equals(binding(owner, instructor))) {
            return null;
        }
        try {
            return Long.parseLong(held[2]) >= Instant.now().getEpochSecond() ? held[3] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String binding(Account owner, Account instructor) {
        return owner.id + "\n" + instructor.id;
    }

    private Cookie cookie(String page, String value, long maxAge) {
        return Cookie.cookie(COOKIE, value).setPath(page).setHttpOnly(true).setSecure(http.request().isSSL())
                .setSameSite(CookieSameSite.STRICT).setMaxAge(maxAge);
    }
}
