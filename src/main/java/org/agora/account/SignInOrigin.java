package org.agora.account;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a sign-in posted from another site: a page elsewhere could otherwise sign its visitor
 * into an account of its choosing (login CSRF), and the visitor's answers would land there. The
 * framework's sign-in endpoint takes no CSRF token, so this checks what the browser says of the
 * request's origin before the framework reads the form: {@code Sec-Fetch-Site}, or {@code Origin}
 * from browsers without it. A client that sends neither is not a browser a page could drive.
 */
@ApplicationScoped
class SignInOrigin {

    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String post) {
        router.post(post).order(-SecurityHandlerPriorities.AUTHENTICATION - 1).handler(ctx -> {
            HttpServerRequest r = ctx.request();
            HostAndPort self = r.authority();
            if (foreign(r.getHeader("Sec-Fetch-Site"), r.getHeader(HttpHeaders.ORIGIN), r.scheme(),
                    self == null ? null : self.host(), self == null ? -1 : self.port())) {
                ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/signin?refused").end();
                return;
            }
            ctx.next();
        });
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
