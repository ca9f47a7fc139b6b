package org.agora.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into a clear answer: problem JSON under {@code /api/}, a page elsewhere.
 * A stack trace never reaches the client.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Problem problem);
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
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(new Problem(500, "Internal Server Error",
                "Something went wrong on our side. Nothing you sent was half-saved; please try again."), uri).build();
    }

    static Response.ResponseBuilder respond(Problem problem, UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(problem));
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
