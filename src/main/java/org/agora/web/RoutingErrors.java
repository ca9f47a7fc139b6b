package org.agora.web;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Errors raised before the REST layer (a body over the limit, a malformed form encoding, an
 * unmet {@code Expect}) get the same answers as errors inside it: problem JSON under
 * {@code /api/}, the plain error page elsewhere, never the framework's own error body.
 * Security failures pass on to the framework's handler, which sends the sign-in challenge.
 */
@ApplicationScoped
public class RoutingErrors {

    private static final Logger LOG = Logger.getLogger(RoutingErrors.class);

    void install(@Observes Router router) {
        router.route().order(0).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (failure instanceof AuthenticationException || failure instanceof AuthenticationRedirectException
                || failure instanceof UnauthorizedException || failure instanceof ForbiddenException) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        Problem problem;
        if (status >= 400 && status < 500) {
            problem = clientError(status);
        } else {
            LOG.error("Unexpected error on " + ctx.normalizedPath(), failure);
            problem = new Problem(500, "Internal Server Error",
                    "Something went wrong on our side. Nothing you sent was half-saved; please try again.");
        }
        boolean api = ctx.normalizedPath().startsWith("/api/");
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? ErrorResponses.PROBLEM_JSON : "text/html; charset=UTF-8");
        if (status == 413 || status == 408) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of that body is not wanted
        }
        ctx.response().end(api ? ErrorResponses.json(problem) : ErrorResponses.plainPage(problem));
    }

    static Problem clientError(int status) {
        return switch (status) {
            case 413 -> new Problem(413, "Request Entity Too Large", "The request body is larger than this server accepts.");
            case 417 -> new Problem(417, "Expectation Failed", "Only the Expect: 100-continue expectation is supported.");
            case 400 -> new Problem(400, "Bad Request", "The request could not be read (its body is malformed).");
            default -> new Problem(status, "Bad Request", "The request was refused.");
        };
    }
}
