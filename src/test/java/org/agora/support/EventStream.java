package org.agora.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/** A Server-Sent Events stream read on its own thread: each {@code data:} line as it arrives, and when the stream ends. */
public final class EventStream implements AutoCloseable {

    /** One received {@code data:} line and when it arrived. */
    public record Event(long nanos, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicReference<HttpResponse<Stream<String>>> response = new AtomicReference<>();
    private final Thread reader;

    private EventStream(URI uri, Map<String, String> headers) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        reader = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> r = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
                response.set(r);
                r.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        events.add(new Event(System.nanoTime(), line.substring(5).strip()));
                    }
                });
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                ended.countDown();
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static EventStream open(URI uri, Map<String, String> headers) {
        return new EventStream(uri, headers);
    }

    /** The next event, or null after the timeout. */
    public Event next(long timeout, TimeUnit unit) throws InterruptedException {
        return events.poll(timeout, unit);
    }

    public void clear() {
        events.clear();
    }

    /** True when the server ended the stream within the timeout. */
    public boolean endsWithin(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    public HttpResponse<Stream<String>> response() {
        return response.get();
    }

    public Throwable failure() {
        return failure.get();
    }

    @Override
    public void close() {
        HttpResponse<Stream<String>> r = response.get();
        if (r != null) {
            try {
                r.body().close();
            } catch (RuntimeException ignored) {
                // the stream is being torn down anyway
            }
        }
        reader.interrupt();
    }
}
