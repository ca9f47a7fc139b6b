package org.agora.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Variant;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.common.headers.HeaderUtil;
import org.jboss.resteasy.reactive.common.util.MediaTypeHelper;
import org.jboss.resteasy.reactive.server.core.request.ServerDrivenNegotiation;

/**
 * The headers the frameworks parse, checked once before anything else runs (before the body is
 * read, before sign-in), with the frameworks' own parsers, so that a malformed one is a 400 here
 * and not an exception deep inside: a bad {@code Accept} or {@code Accept-Language} was found by
 * the template filter only after the resource had run (a POST's change made, then a 500), and a
 * {@code Content-Type} of {@code ;} failed in the middle of routing.
 *
 * <p>What each side takes is checked here too. Page actions (every POST outside {@code /api/},
 * the sign-in form included) take HTML forms only ({@code application/x-www-form-urlencoded}):
 * the CSRF check reads form bodies, so a cross-site {@code enctype="text/plain"} form, a post
 * without a Content-Type or one labelled with a wildcard (which JAX-RS would match to a form
 * method) would otherwise reach a page action unchecked; only the GIFT import of the content page
 * takes a file upload ({@code multipart/form-data}, its token checked as any form's). The API
 * takes a body only as {@code application/json}, named exactly. Both get 415, as does a charset
 * this JVM does not have.
 */
@ApplicationScoped
public class RequestHeaders {

    private static final List<Variant> PAGE = List.of(new Variant(MediaType.TEXT_HTML_TYPE, Locale.ENGLISH, null));
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(ctx -> {
            // A cross-site change is refused by SameOrigin, which says so: that is the answer it deserves.
            Problem refused = SameOrigin.foreign(ctx.request()) ? null : refusal(ctx.request());
            if (refused == null) {
                ctx.next();
            } else {
                RoutingErrors.answer(ctx, refused, true);
            }
        });
    }

    /** Why the request is refused before it is read, or null when its headers are sound. */
    static Problem refusal(HttpServerRequest request) {
        MultiMap headers = request.headers();
        if (!addressable(request)) {
            return new Problem(400, "Bad Request", "The request's host (Host, or X-Forwarded-Host from a proxy) is malformed.");
        }
        if (!WITH_BODY.contains(request.method()) && declaresBody(headers)) {
            // The framework would try to read and decode it (a form, an upload) for a GET; nothing here wants one.
            return new Problem(400, "Bad Request", "A request of method " + request.method() + " carries no body.");
        }
        MediaType type;
        try {
            type = contentType(headers.getAll(HttpHeaders.CONTENT_TYPE));
            negotiate(headers);
        } catch (RuntimeException malformed) { // the parsers throw IllegalArgumentException or WebApplicationException
            return new Problem(400, "Bad Request", "A header of the request is malformed (Content-Type, Accept or "
                    + "Accept-Language): " + LogText.escape(String.valueOf(malformed.getMessage())));
        }
        if (type != null && type.getParameters().containsKey("charset") && !supported(type.getParameters().get("charset"))) {
            return new Problem(415, "Unsupported Media Type", "The request's charset is not supported; send UTF-8.");
        }
        if (type != null && type.getType().equalsIgnoreCase("multipart")) {
            // The framework parses a multipart body for any method, even an empty one for a GET: only
            // the forms that upload a file take one, as a POST.
            boolean upload = request.method() == HttpMethod.POST && WholeBodies.UPLOAD_PATHS.contains(request.path())
                    && named(type, MediaType.MULTIPART_FORM_DATA_TYPE);
            return upload ? null : new Problem(415, "Unsupported Media Type", "Nothing here takes a file upload (multipart).");
        }
        if (!WITH_BODY.contains(request.method())) {
            return null;
        }
        if (request.path().startsWith("/api/")) {
            return type == null || named(type, MediaType.APPLICATION_JSON_TYPE) ? null
                    : new Problem(415, "Unsupported Media Type", "API calls send JSON (Content-Type: application/json) or no body.");
        }
        return type != null && named(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) ? null
                : new Problem(415, "Unsupported Media Type", "This page accepts HTML form posts only.");
    }

    /** The address the app builds links and redirects from: a host with spaces or a bad port is refused here. */
    private static boolean addressable(HttpServerRequest request) {
        try {
            String absolute = request.absoluteURI();
            return absolute != null && new URI(absolute).getHost() != null;
        } catch (URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static boolean declaresBody(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return headers.contains(HttpHeaders.TRANSFER_ENCODING) || (length != null && !length.trim().equals("0"));
    }

    private static MediaType contentType(List<String> values) {
        if (values.size() > 1) {
            throw new IllegalArgumentException("more than one Content-Type");
        }
        return values.isEmpty() ? null : MediaTypeHelper.valueOf(values.get(0));
    }

    /** What the REST layer and the templates' variant selection do with the Accept headers; they throw on malformed ones. */
    private static void negotiate(MultiMap headers) {
        HeaderUtil.getAcceptableMediaTypes(values(headers, HttpHeaders.ACCEPT.toString()));
        HeaderUtil.getAcceptableLanguages(values(headers, HttpHeaders.ACCEPT_LANGUAGE.toString()));
        ServerDrivenNegotiation negotiation = new ServerDrivenNegotiation();
        negotiation.setAcceptHeaders(all(headers, HttpHeaders.ACCEPT));
        negotiation.setAcceptCharsetHeaders(all(headers, HttpHeaders.ACCEPT_CHARSET));
        negotiation.setAcceptEncodingHeaders(all(headers, HttpHeaders.ACCEPT_ENCODING));
        negotiation.setAcceptLanguageHeaders(all(headers, HttpHeaders.ACCEPT_LANGUAGE));
        negotiation.getBestMatch(PAGE);
    }

    private static List<String> all(MultiMap headers, CharSequence name) {
        List<String> values = headers.getAll(name);
        return values.isEmpty() ? null : values;
    }

    private static MultivaluedHashMap<String, String> values(MultiMap headers, String name) {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        List<String> all = headers.getAll(name);
        if (!all.isEmpty()) {
            map.put(name, all);
        }
        return map;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException badName) {
            return false;
        }
    }

    /** The same type and subtype, literally: {@link MediaType#isCompatible} lets wildcards match anything. */
    static boolean named(MediaType type, MediaType expected) {
        return type.getType().equalsIgnoreCase(expected.getType()) && type.getSubtype().equalsIgnoreCase(expected.getSubtype());
    }
}
