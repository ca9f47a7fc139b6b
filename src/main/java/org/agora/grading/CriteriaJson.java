package org.agora.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;

/** The points per rubric criterion as stored: a JSON array of numbers ({@code [4,2.5,3]}). */
final class CriteriaJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<BigDecimal>> POINTS = new TypeReference<>() {
    };

    private CriteriaJson() {
    }

    static String write(List<BigDecimal> points) {
        try {
            return points == null ? null : JSON.writeValueAsString(points);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<BigDecimal> read(String json) {
        try {
            return json == null ? null : JSON.readValue(json, POINTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt stored criteria: " + json, e);
        }
    }
}
