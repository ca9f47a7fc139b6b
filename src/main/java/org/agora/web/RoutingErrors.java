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
import org.agora.language.Language;
import org.jboss.logging.Logger;

/**
 * Errors raised outside the REST layer's exception mappers (a body over the limit, a malformed
 * form encoding, an unmet {@code Expect}, a path the router cannot decode, a failure in a response
 * filter) get the same answers as errors inside it: problem JSON under {@code /api/}, the plain
 * error page elsewhere, never the framework's own error body. Security failures pass on to the
 * framework's handler, which sends the sign-in challenge.
 * <p>
 * One 400 stays bare: a request target that {@code java.net.URI} refuses ({@code /lessons/%zz},
 * {@code /quizzes/%E0%A4%A}) is answered by Quarkus's first handler on the connection
 * ({@code VertxHttpRecorder.ACTUAL_ROOT}: {@code setStatusCode(400).end()}) before any router,
 * filter or mapper of ours exists for it. Its only switch is the system property
 * {@code vertx.disableURIValidation}, which its maintainers keep for benchmarks, not production:
 * every handler after it (security policies, static files, REST path matching) would then see
 * targets it was never meant to parse. A well-formed target that the router cannot decode
 * ({@code /lessons/%00}) does reach us, and gets the page below. Behind nginx
 * ({@code deploy/nginx.conf}) the bare 400 is gone too: nginx refuses such a target itself, and
 * sends its refusal to {@value #BAD_ADDRESS}, which answers as any 400 of ours: problem JSON when
 * the original request line ({@code X-Original-Request}) names a target under {@code /api/}, the
 * page otherwise (in English: nginx gives up before the headers, so no language reaches us).
 */
@ApplicationScoped
public class RoutingErrors {

    private static final Logger LOG = Logger.getLogger(RoutingErrors.class);
    private static final String SIGN_IN = "/j_security_check";

    /** Where a proxy sends the request targets it could not decode (see {@code deploy/nginx.conf}). */
    public static final String BAD_ADDRESS = "/errors/bad-address";

    void install(@Observes Router router) {
        router.route().order(0).failureHandler(this::handle);
        router.get(BAD_ADDRESS).order(0).handler(ctx -> answer(ctx, clientError(400), false,
                String.valueOf(ctx.request().getHeader("X-Original-Request")).matches("\\S+ /api/.*")));
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
            answer(ctx, new Fault(400, (t, l) -> t.problem_sign_in_form()), true);
        } else if (WholeBodies.UPLOAD_PATHS.contains(path(ctx)) && failure instanceof java.io.IOException) {
            // The upload's multipart body is decoded by the framework's body handler, which fails on a cut-off body.
            answer(ctx, new Fault(400, (t, l) -> t.problem_upload_unreadable()), true);
        } else {
            LOG.error("Unexpected error on " + LogText.escape(path(ctx)), failure);
            answer(ctx, new Fault(500, (t, l) -> t.problem_500()), false);
        }
    }

    /**
     * Writes the problem as the REST layer would: JSON under {@code /api/}, the plain page elsewhere.
     * in the request's language. {@code close}: the rest of the request's body is not wanted, so the connection goes.
     */
    static Future<Void> answer(RoutingContext ctx, Fault fault, boolean close) {
        return answer(ctx, fault, close, path(ctx).startsWith("/api/"));
    }

    private static Future<Void> answer(RoutingContext ctx, Fault fault, boolean close, boolean api) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return Future.succeededFuture();
        }
        Problem problem = fault.in(Language.of(ctx.request()));
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

    static Fault clientError(int status) {
        return new Fault(status, switch (status) {
            case 408 -> (t, l) -> t.problem_408();
            case 413 -> (t, l) -> t.problem_413();
            case 417 -> (t, l) -> t.problem_417();
            case 400 -> (t, l) -> t.problem_400();
            case 403 -> (t, l) -> t.problem_403();
            case 404 -> (t, l) -> t.problem_404();
            case 405 -> (t, l) -> t.problem_405();
            default -> (t, l) -> t.problem_refused(Fault.title(status, t));
        });
    }
}
