package org.agora.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A sign-in post that the framework's form mechanism cannot use (no username or no password in
 * it, or a body it cannot decode) is answered by the framework with an empty 200, a blank page.
 * It goes back to the sign-in form's error instead, like a wrong password. A successful sign-in
 * always redirects (to the landing page), so a 200 here never means success.
 */
@ApplicationScoped
public class SignInPosts {

    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String post,
            @ConfigProperty(name = "quarkus.http.auth.form.error-page") String errorPage) {
        router.post(post).order(RouteConstants.ROUTE_ORDER_HEADERS).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 200) {
                    String next = NextPage.safe(ctx.request().getParam("next"));
                    ctx.response().setStatusCode(303)
                            .putHeader(HttpHeaders.LOCATION, next == null ? errorPage : errorPage + "&next=" + NextPage.encode(next));
                }
            });
            ctx.next();
        });
    }
}
