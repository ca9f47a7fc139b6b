package org.agora.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.net.URI;
import java.time.Duration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import jakarta.ws.rs.core.Cookie;
import org.agora.account.SignInThrottle;
import org.agora.language.Language;
import org.agora.language.Text;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Turns every error into a clear answer: problem JSON under {@code /api/}, a page elsewhere.
 * A stack trace never reaches the client.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        /**
         * {@code bare}: without the account's links, for errors answered outside the REST layer
         * (a body refused early, an undecodable path), where no request bean is available.
         */
        static native TemplateInstance error(Problem problem, boolean bare);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 300 && status < 400) {
            return original; // redirects (sign-in) pass through
        }
        Text detail = e instanceof Worded w ? w.text()
                : ours(e.getMessage()) ? Text.verbatim(e.getMessage()) : RoutingErrors.clientError(status).detail();
        Response.ResponseBuilder built = respond(new Fault(status, detail), request);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> built.header(name, v));
            }
        });
        return built.build();
    }

    /** A message of ours, not the framework's ("HTTP 405 Method Not Allowed", "Unable to find matching target resource method"). */
    private static boolean ours(String message) {
        return message != null && !message.startsWith("HTTP ") && !message.startsWith("Unable to find matching");
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, ContainerRequestContext request) {
        return respond(new Fault(400, e.text(), e.texts()), request).build();
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, ContainerRequestContext request) {
        return invalid(InvalidInput.of(e.getConstraintViolations()), request);
    }

    /** Malformed JSON or a value of the wrong type: the client's mistake, said plainly. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response badJson(Exception e, ContainerRequestContext request) {
        return respond(new Fault(400, (t, l) -> t.problem_bad_json()), request).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return signInNeeded(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (e.getAttribute(SignInThrottle.RETRY_AFTER) instanceof Duration wait) {
            return throttled(wait, request);
        }
        if (uri.getPath().equals("/j_security_check")) {
            // With lazy authentication a failed form sign-in ends here, not at the form's error page.
            return Response.seeOther(URI.create(NextPage.signIn("error", uri.getQueryParameters().getFirst("next")))).build();
        }
        return signInNeeded(request);
    }

    /** A throttled password sign-in: the form says how long to wait; elsewhere 429 and Retry-After. */
    private Response throttled(Duration wait, ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        long minutes = SignInThrottle.minutes(wait);
        if (uri.getPath().equals("/j_security_check")) {
            return Response.seeOther(URI.create(NextPage.signIn("throttled=" + minutes, uri.getQueryParameters().getFirst("next"))))
                    .build();
        }
        return respond(new Fault(429, SignInThrottle.message(minutes)), request)
                .header("Retry-After", SignInThrottle.seconds(wait)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return respond(new Fault(403, (t, l) -> t.problem_403()), request).build();
    }

    /**
     * The API answers 401 (never a redirect); a page sends the browser to the sign-in form, which
     * comes back to it afterwards. A dead session cookie is dropped on the way (see {@link SessionCookie}).
     */
    private Response signInNeeded(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        boolean dead = SessionCookie.sent(request.getCookies());
        Response.ResponseBuilder answer;
        if (isApi(uri)) {
            Fault fault = new Fault(401, dead ? (t, l) -> t.problem_session_ended() : (t, l) -> t.problem_sign_in_first());
            answer = Response.status(401).type(PROBLEM_JSON).entity(fault.in(locale(request)));
            if (!fromPageScript(request)) {
                answer.header("WWW-Authenticate", "Basic realm=\"Agora\"");
            }
        } else {
            answer = Response.seeOther(URI.create(NextPage.signIn(dead ? "ended" : null, comeBackTo(request))));
        }
        return (dead ? answer.cookie(SessionCookie.expired()) : answer).build();
    }

    /**
     * The page's own script (attempt.js says so; browsers mark every fetch with Sec-Fetch-Dest:
     * empty): the Basic challenge would make the browser pop its login dialog over the page.
     */
    static boolean fromPageScript(ContainerRequestContext request) {
        return "fetch".equalsIgnoreCase(request.getHeaderString("X-Requested-With"))
                || "empty".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Dest"));
    }

    /** The page to return to after signing in: this one, or for a form's post the page that had the form. */
    private static String comeBackTo(ContainerRequestContext request) {
        String method = request.getMethod();
        if (request.getUriInfo().getPath().equals("/signin")) {
            return request.getUriInfo().getQueryParameters().getFirst("next"); // a dead cookie on the sign-in page itself
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            URI asked = request.getUriInfo().getRequestUri();
            return asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
        }
        String referer = request.getHeaderString("Referer");
        try {
            URI from = referer == null ? null : new URI(referer);
            return from == null || from.getRawPath() == null ? null
                    : from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (DatabaseErrors.isUnavailable(e)) {
            LOG.error("The database is not answering (" + path + ")", e);
            return respond(new Fault(503, (t, l) -> t.problem_503()), request).header("Retry-After", "30").build();
        }
        LOG.error("Unexpected error on " + path, e);
        return respond(new Fault(500, (t, l) -> t.problem_500()), request).build();
    }

    /** A form whose CSRF token is missing, stale or not this session's. */
    static final Fault FORM_REFUSED = new Fault(403, (t, l) -> t.problem_form_refused());

    /**
     * Errors answered without a body by the framework get the project's shape too: problem JSON
     * under {@code /api/}, the error page elsewhere. A bare 400 on a page's form post is
     * quarkus-rest-csrf refusing its token (missing, or not its cookie's), so it says that.
     */
    @ServerResponseFilter
    public void bareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Locale locale = locale(request);
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            Text detail = status == 400 ? (t, l) -> t.problem_api_body() : (t, l) -> Fault.title(status, t);
            response.setEntity(new Fault(status, detail).in(locale), null, MediaType.valueOf(PROBLEM_JSON));
            return;
        }
        Fault fault = status == 400 && !request.getMethod().equals("GET") ? FORM_REFUSED : RoutingErrors.clientError(status);
        response.setStatus(fault.status());
        response.setEntity(Templates.error(fault.in(locale), false).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    static Response.ResponseBuilder respond(Fault fault, ContainerRequestContext request) {
        Problem problem = fault.in(locale(request));
        if (isApi(request.getUriInfo())) {
            return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(problem, false));
    }

    /** The request's interface language ({@link Language}): its cookie, else its Accept-Language. */
    static Locale locale(ContainerRequestContext request) {
        Cookie chosen = request.getCookies().get(Language.COOKIE);
        return Language.of(chosen == null ? null : chosen.getValue(), request.getHeaderString("Accept-Language"));
    }

    /** The problem as JSON text, for answers written outside the REST layer. */
    static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error page without the account's links, for answers written outside the REST layer. */
    static String plainPage(Problem problem) {
        return Templates.error(problem, true).render();
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
