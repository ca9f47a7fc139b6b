package org.agora.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF field of every form: {@code <input type="hidden" name="{inject:forms.field}"
 * value="{inject:forms.token}">}. Signed in, the session's own token ({@link SessionCsrf});
 * otherwise quarkus-rest-csrf's, or none on a page answered before its filter ran (an error page
 * for a request refused early), instead of failing to render.
 */
@RequestScoped
@Named("forms")
public class FormTokens {

    private final RoutingContext routing;
    private final SecurityIdentity identity;
    private final SessionCsrf csrf;
    private final String field;

    FormTokens(RoutingContext routing, SecurityIdentity identity, SessionCsrf csrf,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String field) {
        this.routing = routing;
        this.identity = identity;
        this.csrf = csrf;
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String token() {
        // The lazy identity cannot be resolved on the I/O thread; pages answered there show no signed-in forms.
        if (!Context.isOnEventLoopThread() && !identity.isAnonymous()) {
            return csrf.tokenOf(identity);
        }
        return routing.get(SessionCsrf.TOKEN_KEY) instanceof String token ? token : "";
    }
}
