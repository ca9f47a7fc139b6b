package org.agora.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.common.util.MediaTypeHelper;
import org.jboss.resteasy.reactive.common.util.URLUtils;
import org.agora.AgoraConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every request body is read whole on the I/O thread, within a deadline, before anything else
 * sees the request: before sign-in checks, before a resource method is given a worker thread.
 *
 * <p>Why: Quarkus REST dispatches a blocking method (every method here: they use JDBC) as soon as
 * the headers are in, and the worker then waits for the body. A client that sends the headers
 * and withholds the body (a form, a chunked upload, JSON alike) parks a worker for the read
 * timeout, and a couple of hundred such requests from one client stopped every page and API call
 * (SlowBodiesTest). Read here, a withheld body costs an idle connection and a few bytes of
 * buffer, never a thread; the framework uses the buffered body (and parsed form) as it is.
 *
 * <p>A body that has not arrived in full {@code agora.http.body-timeout} after the request began
 * gets 408 and its connection is closed. The sign-in form post is left to the framework's form
 * mechanism, which reads it on the I/O thread itself (it cannot take a body already read), but
 * the same deadline applies to it.
 */
@ApplicationScoped
public class WholeBodies {

    /** The forms that upload a file: a file sent anywhere else is read and dropped, never written. */
    static final Set<String> UPLOAD_PATHS = Set.of("/instructor/content/gift");
    private static final String UPLOADS = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "agora-uploads").toString();
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    void install(@Observes Router router, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            AgoraConfig config,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String signIn) {
        // No file uploads, but for the one form that takes a file (a GIFT file on the content page,
        // for instructors): its file goes to a temporary folder and is deleted when the request ends.
        long timeout = config.http().bodyTimeout().toMillis();
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit.asLongValue()).setMergeFormAttributes(false);
        BodyHandler upload = BodyHandler.create(UPLOADS).setBodyLimit(limit.asLongValue()).setMergeFormAttributes(false)
                .setDeleteUploadedFilesOnEnd(true);
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            if (!WITH_BODY.contains(request.method()) || request.isEnded()) {
                ctx.next();
                return;
            }
            long deadline = vertx.setTimer(timeout, t -> tooSlow(ctx));
            ctx.addEndHandler(done -> vertx.cancelTimer(deadline));
            if (ctx.normalizedPath().equals(signIn)) {
                ctx.next();
                return;
            }
            (UPLOAD_PATHS.contains(ctx.normalizedPath()) ? upload : reader).handle(ctx);
        });
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(ctx -> {
            // An empty body leaves no buffer, and the framework would then wait on the socket for one.
            if (ctx.body().buffer() == null && WITH_BODY.contains(ctx.request().method()) && ctx.request().isEnded()) {
                ((RoutingContextInternal) ctx).setBody(Buffer.buffer());
            }
            if (holdsNul(ctx)) {
                RoutingErrors.answer(ctx, new Problem(400, "Bad Request",
                        "The request holds a NUL character (U+0000), which no text here may contain."), false);
                return;
            }
            if (!readableForm(ctx)) {
                RoutingErrors.answer(ctx, new Problem(400, "Bad Request",
                        "The form could not be read: it holds a malformed %-escape. Go back and send it again."), false);
                return;
            }
            ctx.next();
        });
    }

    /** The body is not in yet: say so and drop the connection (the client is slow or hostile). */
    private static void tooSlow(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || ctx.response().ended()) {
            return;
        }
        RoutingErrors.answer(ctx, RoutingErrors.clientError(408), true).onComplete(sent -> request.connection().close());
    }

    /**
     * A form body whose percent-encoding the REST layer's own decoder cannot read ({@code %zz}),
     * found here rather than by that decoder in the middle of a request (a 500).
     */
    static boolean readableForm(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        Buffer body = ctx.body().buffer();
        if (type == null || body == null || !isForm(type)) {
            return true;
        }
        try {
            StringBuilder scratch = new StringBuilder();
            for (String field : body.toString(StandardCharsets.UTF_8).split("&")) {
                for (String part : field.split("=", 2)) {
                    URLUtils.decode(part, StandardCharsets.UTF_8, true, scratch);
                }
            }
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * A NUL anywhere in the request: raw, %-escaped in the address or a form, or escaped in JSON.
     * No text here has one, and PostgreSQL refuses it in any text column (the statement fails: a
     * 500), so it is refused first, the same on every database.
     */
    static boolean holdsNul(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.indexOf('\0') >= 0 || containsIgnoreCase(uri, "%00")) {
            return true;
        }
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            if (body.getByte(i) == 0) {
                return true;
            }
        }
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String text = body.toString(StandardCharsets.UTF_8);
        return type != null && isForm(type) ? containsIgnoreCase(text, "%00") : escapedNul(text);
    }

    /** A JSON escape of U+0000 (backslash, u0000): the u preceded by an odd run of backslashes (an even one is a backslash, then "u0000"). */
    private static boolean escapedNul(String json) {
        for (int at = json.indexOf("u0000"); at > 0; at = json.indexOf("u0000", at + 1)) {
            int slashes = 0;
            for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
                slashes++;
            }
            if (slashes % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part);
    }

    private static boolean isForm(String type) {
        try {
            return RequestHeaders.named(MediaTypeHelper.valueOf(type), MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        } catch (IllegalArgumentException malformed) {
            return false; // refused before or after this (RequestHeaders, SameOrigin), with the reason
        }
    }
}
