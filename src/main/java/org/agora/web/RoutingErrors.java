package org.agora.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Errors raised outside the REST layer's exception mappers (a body over the limit, a malformed
 * form encoding, an unmet {@code Expect}, a path the router cannot decode, a failure in a response
 * filter) get the same answers as errors inside it: problem JSON under {@code /api/}, the plain
 * error page elsewhere, never the framework's own error body. Security failures pass on to the
 * framework's handler, which sends the sign-in challenge.
 */
@ApplicationScoped
public class RoutingErrors {

    private static final Logger LOG = Logger.getLogger(RoutingErrors.class);
    private static final String SIGN_IN = "/j_security_check";

    void install(@Observes Router router) {
        router.route().order(0).failureHandler(this::handle);
        // What the router answers by itself (an undecodable path matches no route): the same pages.
        for (int status : new int[] { 400, 404, 405, 406, 413, 415 }) {
            router.errorHandler(status, ctx -> answer(ctx, clientError(status), status == 400 || status == 413));
        }
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
        int status = failure instanceof WebApplicationException e ? e.getResponse().getStatus() : ctx.statusCode();
        if (status >= 400 && status < 500) {
            answer(ctx, clientError(status), status == 413 || status == 408);
        } else if (SIGN_IN.equals(path(ctx)) && !DatabaseErrors.isUnavailable(failure)) {
            // The sign-in form is decoded by the framework's form mechanism, which fails on a malformed body.
            answer(ctx, new Problem(400, "Bad Request", "The sign-in form could not be read. Go back and try again."), true);
        } else if (WholeBodies.UPLOAD_PATHS.contains(path(ctx)) && failure instanceof java.io.IOException) {
            // The upload's multipart body is decoded by the framework's body handler, which fails on a cut-off body.
            answer(ctx, new Problem(400, "Bad Request", "The upload could not be read: it was cut off or malformed. "
                    + "Go back and send the file again."), true);
        } else {
            LOG.error("Unexpected error on " + LogText.escape(path(ctx)), failure);
            answer(ctx, new Problem(500, "Internal Server Error",
                    "Something went wrong on our side. Nothing you sent was half-saved; please try again."), false);
        }
    }

    /**
     * Writes the problem as the REST layer would: JSON under {@code /api/}, the plain page elsewhere.
     * {@code close}: the rest of the request's body is not wanted, so the connection goes.
     */
    static Future<Void> answer(RoutingContext ctx, Problem problem, boolean close) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return Future.succeededFuture();
        }
        boolean api = path(ctx).startsWith("/api/");
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? ErrorResponses.PROBLEM_JSON : "text/html; charset=UTF-8");
        if (close) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        return ctx.response().end(api ? ErrorResponses.json(problem) : page(ctx, problem));
    }

    /**
     * The error page in the layout, which reads the request's language (a request bean): outside
     * the REST layer no request context is active, so one is made for the rendering, with this request.
     */
    private static String page(RoutingContext ctx, Problem problem) {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            return ErrorResponses.plainPage(problem);
        }
        requests.activate();
        try {
            Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(ctx);
            return ErrorResponses.plainPage(problem);
        } finally {
            requests.terminate();
        }
    }

    /** The normalised path, or the raw one when it cannot be normalised (a malformed escape). */
    private static String path(RoutingContext ctx) {
        String normalized = ctx.normalizedPath();
        return normalized != null ? normalized : String.valueOf(ctx.request().path());
    }

    static Problem clientError(int status) {
        return switch (status) {
            case 408 -> new Problem(408, "Request Timeout", "The request body did not arrive in time.");
            case 413 -> new Problem(413, "Request Entity Too Large", "The request body is larger than this server accepts.");
            case 417 -> new Problem(417, "Expectation Failed", "Only the Expect: 100-continue expectation is supported.");
            case 400 -> new Problem(400, "Bad Request", "The request could not be read: its address, a header or its body is "
                    + "malformed. Check the address, or go back and try again.");
            case 403 -> new Problem(403, "Forbidden", "Your account may not open this page or do this.");
            case 404 -> new Problem(404, "Not Found", "There is nothing at this address. The link may be old, or the address mistyped.");
            case 405 -> new Problem(405, "Method Not Allowed", "This address cannot be used that way (a form's address opened "
                    + "as a page, say). Go back and use the page's own links and buttons.");
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                String title = known != null ? known.getReasonPhrase() : "Bad Request";
                yield new Problem(status, title, "The request was refused (" + title + ").");
            }
        };
    }
}
