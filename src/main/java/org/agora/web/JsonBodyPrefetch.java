package org.agora.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Reads a small JSON request body whole on the I/O thread, before a blocking resource method is
 * dispatched to a worker.
 *
 * <p>Why: Quarkus REST buffers the body on the I/O thread only for non-blocking methods. A blocking
 * one (every API method here: they use JDBC) is dispatched as soon as the headers are in and reads
 * its body as a stream on the worker, which waits for the bytes. So a client that sends the headers
 * and withholds the body parks a worker for the read timeout: a couple of hundred such requests
 * from one signed-in student stopped every page and API call ({@code SlowBodiesTest}). And under
 * load the worker's request for the bytes queues behind the event loop's other connections: in a
 * profiled save run one save in eight waited 10 to 250 ms there.
 *
 * <p>Only HTTP/1.x JSON bodies with a declared length within the body limit: everything else (forms,
 * chunked bodies, HTTP/2, empty bodies) takes the framework's own path unchanged.
 */
public class JsonBodyPrefetch {

    private final long limit;

    JsonBodyPrefetch(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    /** First: Quarkus REST runs non-blocking filters only ahead of all the others. */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 1000)
    public void prefetch(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (!applies(request)) {
            return;
        }
        context.suspend();
        request.body().onComplete(read -> {
            if (read.succeeded()) {
                context.setEntityStream(new ByteArrayInputStream(read.result().getBytes()));
                context.resume();
            } else { // the client went away mid-body: nobody to answer, nothing to report
                context.abortWith(ErrorResponses.respond(new Problem(400, "Bad Request", "The request body did not arrive."),
                        context.getUriInfo()).build());
                context.resume();
            }
        });
        request.resume(); // the HTTP layer holds a request's body back until someone reads it
    }

    private boolean applies(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2 || request.isEnded()) {
            return false;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.regionMatches(true, 0, MediaType.APPLICATION_JSON, 0, MediaType.APPLICATION_JSON.length())) {
            return false;
        }
        long length = BodyLimit.declaredLength(request);
        return length > 0 && length <= limit;
    }
}
