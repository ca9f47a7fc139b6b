package org.agora.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What each side takes, checked before anything runs. Page actions (every POST outside
 * {@code /api/}) take HTML forms only: the CSRF filter checks the token of form bodies and lets
 * every other body through, so a cross-site {@code enctype="text/plain"} form, a POST without a
 * Content-Type or one labelled with a wildcard ({@code *}{@code /*}, which JAX-RS would match to a
 * form method) would otherwise reach a page action unchecked. The API takes a body only as
 * {@code application/json}, named exactly. Both get 415.
 */
public class PageForms {

    @ServerRequestFilter(preMatching = true, nonBlocking = true) // nothing blocking: it runs on the I/O thread
    public void formsOnly(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        MediaType type = request.getMediaType();
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            if (type != null && !named(type, MediaType.APPLICATION_JSON_TYPE)) {
                throw new NotSupportedException("API calls send JSON (Content-Type: application/json) or no body.");
            }
            return;
        }
        if (type == null || !(named(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) || named(type, MediaType.MULTIPART_FORM_DATA_TYPE))) {
            throw new NotSupportedException("This page accepts HTML form posts only.");
        }
    }

    /** The same type and subtype, literally: {@link MediaType#isCompatible} lets wildcards match anything. */
    static boolean named(MediaType type, MediaType expected) {
        return type.getType().equalsIgnoreCase(expected.getType()) && type.getSubtype().equalsIgnoreCase(expected.getSubtype());
    }
}
