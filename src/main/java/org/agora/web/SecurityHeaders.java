package org.agora.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The browser-side rules on every response. Scripts and styles come only from this server's own
 * files (no inline script or style attribute anywhere; the pages' progress bars are
 * {@code <progress>} elements), images from here or from https addresses that lesson authors link,
 * nothing may frame a page (the projector included: a page that framed it could dress up a click
 * on the board), and forms post only here. Answers to signed-in requests are never stored by a
 * browser or a proxy cache: on a shared computer, Back after signing out must not show a
 * learner's attempt. The app's static files stay cacheable.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The app's own files: styles, scripts, icons and the web app manifest. */
    static final java.util.regex.Pattern STATIC = java.util.regex.Pattern
            .compile("/(css|js|icons)/.*|/favicon\\.ico|/apple-touch-icon\\.png|/manifest\\.webmanifest");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            boolean credentials = request.headers().contains(HttpHeaders.AUTHORIZATION) || request.headers().contains(HttpHeaders.COOKIE);
            boolean staticFile = request.path() != null && STATIC.matcher(request.path()).matches();
            ctx.addHeadersEndHandler(v -> {
                MultiMap h = ctx.response().headers();
                h.set("Content-Security-Policy", POLICY);
                h.set("X-Content-Type-Options", "nosniff");
                h.set("X-Frame-Options", "DENY");
                h.set("Referrer-Policy", "same-origin");
                h.set("Cross-Origin-Opener-Policy", "same-origin");
                if (credentials && !staticFile) {
                    h.set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
            ctx.next();
        });
    }
}
