package org.agora.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Input that breaks a rule, with one message per field: 400 for the API, the form again for pages. */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super(errors.size() == 1 ? errors.values().iterator().next() : "Some fields need attention");
        this.errors = Map.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(Map.of(field, message));
    }

    public static InvalidInput of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(leaf(v.getPropertyPath().toString()), v.getMessage()));
        return new InvalidInput(errors);
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
