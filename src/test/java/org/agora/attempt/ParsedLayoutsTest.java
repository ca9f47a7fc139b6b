package org.agora.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A layout is read and parsed once per attempt; the cache forgets the least recently used. */
class ParsedLayoutsTest {

    private static final String JSON = """
            {"questions":[{"question":"q1","options":[{"index":1,"id":"o-b"},{"index":0,"id":"o-a"}],"left":[],"right":[]}]}""";

    private final ParsedLayouts layouts = new ParsedLayouts(new ObjectMapper());

    @Test
    void parsesOncePerAttempt() {
        AtomicInteger reads = new AtomicInteger();
        Layout first = layouts.of("a1", () -> {
            reads.incrementAndGet();
            return JSON;
        });
        Layout again = layouts.of("a1", () -> {
            reads.incrementAndGet();
            return JSON;
        });
        assertSame(first, again);
        assertEquals(1, reads.get());
        assertEquals("o-a", first.question("q1").options().get(1).id());
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i <= ParsedLayouts.CAPACITY; i++) {
            layouts.of("a" + i, () -> JSON);
        }
        layouts.of("a0", () -> {
            reads.incrementAndGet();
            return JSON;
        });
        layouts.of("a" + ParsedLayouts.CAPACITY, () -> {
            reads.incrementAndGet();
            return JSON;
        });
        assertEquals(1, reads.get(), "the oldest was dropped and read again; the newest was kept");
    }
}
