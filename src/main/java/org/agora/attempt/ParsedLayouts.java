package org.agora.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Attempt layouts, parsed once per attempt and instance. A layout never changes after the attempt
 * starts, so a cached copy cannot be stale on any instance; saving an answer, the busiest request,
 * then needs no layout column and no JSON parsing. Bounded: the least recently used go first.
 */
@ApplicationScoped
public class ParsedLayouts {

    static final int CAPACITY = 20_000;

    private final ObjectMapper json;
    private final Map<String, Layout> byAttempt = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Layout> eldest) {
            return size() > CAPACITY;
        }
    };

    ParsedLayouts(ObjectMapper json) {
        this.json = json;
    }

    /** The attempt's layout; {@code stored} gives its JSON when this instance has not parsed it yet. */
    public Layout of(String attemptId, Supplier<String> stored) {
        synchronized (byAttempt) {
            Layout cached = byAttempt.get(attemptId);
            if (cached != null) {
                return cached;
            }
        }
        Layout parsed = parse(stored.get());
        synchronized (byAttempt) {
            byAttempt.put(attemptId, parsed);
        }
        return parsed;
    }

    private Layout parse(String layout) {
        try {
            return json.readValue(layout, Layout.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt attempt layout", e);
        }
    }
}
