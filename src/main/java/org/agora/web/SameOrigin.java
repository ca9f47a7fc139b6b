package org.agora.web;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses every state-changing request that a browser says comes from a page of another site,
 * before sign-in is checked or a body is read: cookies and cached Basic credentials ride along on
 * such requests, so a page elsewhere could otherwise start an attempt, reset a password or sign
 * its visitor into an account of its choosing (login CSRF; the framework's sign-in endpoint takes
 * no token). The browser's word is {@code Sec-Fetch-Site}, or {@code Origin} from browsers
 * without it; a client that sends neither is not a browser that a page could drive. Forms are also
 * checked against a token bound to the session ({@link SessionCsrf}): this is the second lock.
 *
 * <p>The request's own origin is its scheme and host as the proxy in front forwards them
 * ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}; see application.properties).
 */
@ApplicationScoped
class SameOrigin {

    private static final Set<HttpMethod> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String signIn) {
        router.route().order(-SecurityHandlerPriorities.AUTHENTICATION - 1).handler(ctx -> {
            if (!foreign(ctx.request())) {
                ctx.next();
                return;
            }
            refuse(ctx, ctx.normalizedPath().equals(signIn));
        });
    }

    /** A state-changing request from a page of another origin, as the browser tells. */
    static boolean foreign(HttpServerRequest r) {
        HostAndPort self = r.authority();
        return CHANGING.contains(r.method()) && foreign(r.getHeader("Sec-Fetch-Site"), r.getHeader(HttpHeaders.ORIGIN),
                r.scheme(), self == null ? null : self.host(), self == null ? -1 : self.port());
    }

    private static void refuse(RoutingContext ctx, boolean signIn) {
        if (signIn) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close") // its body is not wanted
                    .setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/signin?refused").end();
            return;
        }
        RoutingErrors.answer(ctx, new Fault(403, (t, l) -> t.problem_cross_site()), true);
    }

    /** True when the browser says the request comes from a page of another origin. */
    static boolean foreign(String fetchSite, String origin, String scheme, String host, int port) {
        if (fetchSite != null) {
            // "none": typed or bookmarked by the user; "same-site" is a neighbour, not this app.
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        if (origin == null) {
            return false;
        }
        try {
            URI o = URI.create(origin.trim());
            return o.getScheme() == null || o.getHost() == null || scheme == null || host == null
                    || !o.getScheme().equalsIgnoreCase(scheme)
                    || !o.getHost().equalsIgnoreCase(host)
                    || portOf(o.getPort(), o.getScheme()) != portOf(port, scheme);
        } catch (IllegalArgumentException e) {
            return true; // "null" (a sandboxed or privacy-sensitive context) or garbage
        }
    }

    private static int portOf(int port, String scheme) {
        return port >= 0 ? port : scheme.toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }
}
