package org.agora.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.net.URI;
import org.agora.language.Language;
import org.agora.language.Msg;

/**
 * The one-line confirmation after a form ("Class created."): the handler redirects with it in a
 * signed cookie, and the next page's layout shows it once ({@code templates/flash.html}, a
 * {@code role="status"} line) and clears it. A cookie, not memory, so that the page may come from
 * another app instance; signed ({@link ServerKeys}), so that no other site or script can plant a
 * message of its own choosing in the page.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "agora-flash";
    private static final String PURPOSE = "flash message";
    /** Long enough to follow the redirect on a slow line; a message never read does not linger. */
    private static final long MAX_AGE_SECONDS = 300;

    private final RoutingContext routing;
    private final ServerKeys keys;
    private final Language language;
    private String shown;
    private boolean read;

    Flash(RoutingContext routing, ServerKeys keys, Language language) {
        this.routing = routing;
        this.keys = keys;
        this.language = language;
    }

    /** The texts in this request's language: messages are written in it, for the next page. */
    public Msg msg() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(language.tag()));
    }

    /** Redirect-after-post to {@code location}, which then says {@code message}. */
    public Response seeOther(String location, String message) {
        say(message);
        return Response.seeOther(URI.create(location)).build();
    }

    /** Puts {@code message} on the next page this browser loads. */
    public void say(String message) {
        routing.response().addCookie(cookie(keys.sign(PURPOSE, message), MAX_AGE_SECONDS));
    }

    /** The message for this page, or null; read once, and the cookie is cleared with this answer. */
    public String message() {
        if (!read) {
            read = true;
            Cookie sent = routing.request().getCookie(COOKIE);
            if (sent != null) {
                shown = keys.verify(PURPOSE, sent.getValue());
                routing.response().addCookie(cookie("", 0));
            }
        }
        return shown;
    }

    private Cookie cookie(String value, long maxAge) {
        return Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true).setSecure(routing.request().isSSL())
                .setSameSite(CookieSameSite.LAX).setMaxAge(maxAge);
    }
}
