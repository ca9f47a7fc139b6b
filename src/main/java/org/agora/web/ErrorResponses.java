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
import org.agora.account.SignInThrottle;
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
        static native TemplateInstance error(Problem problem);

        /**
         * Without the layout, for errors answered on the IO thread (a role check, a body refused
         * before the REST layer), where the layout's account is not available.
         */
        static native TemplateInstance bare(Problem problem);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 300 && status < 400) {
            return original; // redirects (sign-in) pass through
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : title;
        Response.ResponseBuilder built = respond(new Problem(status, title, detail), uri);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> built.header(name, v));
            }
        });
        return built.build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, UriInfo uri) {
        return respond(new Problem(400, "Bad Request", e.getMessage(), e.errors()), uri).build();
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        return invalid(InvalidInput.of(e.getConstraintViolations()), uri);
    }

    /** Malformed JSON or a value of the wrong type: the client's mistake, said plainly. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response badJson(Exception e, UriInfo uri) {
        return respond(new Problem(400, "Bad Request", "The request body is not valid JSON of the expected shape."), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return signInNeeded(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (e.getAttribute(SignInThrottle.RETRY_AFTER) instanceof Duration wait) {
            return throttled(wait, uri);
        }
        if (uri.getPath().equals("/j_security_check")) {
            // With lazy authentication a failed form sign-in ends here, not at the form's error page.
            return Response.seeOther(URI.create("/signin?error")).build();
        }
        return signInNeeded(uri);
    }

    /** A throttled password sign-in: the form says how long to wait; elsewhere 429 and Retry-After. */
    private Response throttled(Duration wait, UriInfo uri) {
        long minutes = SignInThrottle.minutes(wait);
        if (uri.getPath().equals("/j_security_check")) {
            return Response.seeOther(URI.create("/signin?throttled=" + minutes)).build();
        }
        return respond(new Problem(429, "Too Many Requests", SignInThrottle.message(minutes)), uri)
                .header("Retry-After", SignInThrottle.seconds(wait)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        Problem problem = new Problem(403, "Forbidden", "Your account may not do this.");
        if (isApi(uri)) {
            return respond(problem, uri).build();
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.bare(problem))
                .build();
    }

    /** The API answers 401 (never a redirect); a page sends the browser to the sign-in form. */
    private Response signInNeeded(UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(401).type(PROBLEM_JSON)
                    .header("WWW-Authenticate", "Basic realm=\"Agora\"")
                    .entity(new Problem(401, "Unauthorized", "Sign in first (session cookie or HTTP Basic).")).build();
        }
        return Response.seeOther(URI.create("/signin")).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (DatabaseErrors.isUnavailable(e)) {
            LOG.error("The database is not answering (" + uri.getPath() + ")", e);
            return respond(new Problem(503, "Service Unavailable",
                    "The database is not answering just now. Nothing you sent was saved; please try again in a minute."), uri)
                    .header("Retry-After", "30").build();
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(new Problem(500, "Internal Server Error",
                "Something went wrong on our side. Nothing you sent was half-saved; please try again."), uri).build();
    }

    /** A form whose CSRF token is missing, stale or not this session's. */
    static final Problem FORM_REFUSED = new Problem(403, "Forbidden", "This form could not be accepted: it was sent from an "
            + "older page (before you signed in or out, or too long ago) or from another website. Nothing was changed. "
            + "Go back, reload the page and send it again.");

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
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            String detail = status == 400 ? "The request was refused. API calls send JSON (Content-Type: application/json) or no body."
                    : title;
            response.setEntity(new Problem(status, title, detail), null, MediaType.valueOf(PROBLEM_JSON));
            return;
        }
        Problem problem = status == 400 && !request.getMethod().equals("GET") ? FORM_REFUSED : new Problem(status, title, title);
        response.setStatus(problem.status());
        response.setEntity(Templates.error(problem).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    static Response.ResponseBuilder respond(Problem problem, UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(problem));
    }

    /** The problem as JSON text, for answers written outside the REST layer. */
    static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error page without the layout, for answers written outside the REST layer. */
    static String plainPage(Problem problem) {
        return Templates.bare(problem).render();
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
