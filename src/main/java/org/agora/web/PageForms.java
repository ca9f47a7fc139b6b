package org.agora.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Page actions (every POST outside {@code /api/}) take HTML forms only. The CSRF filter checks the
 * token of form bodies and lets every other body through, so that the JSON API needs no token; a
 * cross-site {@code enctype="text/plain"} form or a POST without a Content-Type would otherwise
 * reach a page action unchecked. They get 415 here, before anything runs.
 */
public class PageForms {

    @ServerRequestFilter(preMatching = true, nonBlocking = true) // nothing blocking; JsonBodyPrefetch needs every filter before it non-blocking
    public void formsOnly(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return;
        }
        throw new NotSupportedException("This page accepts HTML form posts only.");
    }
}
