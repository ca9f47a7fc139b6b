package org.agora.web;

import jakarta.validation.ConstraintViolation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.language.Text;

/**
 * Input that breaks a rule, with one message per field: 400 for the API, the form again for pages.
 * The messages are {@link Text}s, written in the language of whoever is answered.
 */
public class InvalidInput extends RuntimeException implements Worded {

    private final transient Map<String, Text> errors;

    public InvalidInput(Map<String, Text> errors) {
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public InvalidInput(String field, Text message) {
        this(Map.of(field, message));
    }

    /** A constraint's {@code message} is the key of its text in {@link org.agora.language.Api}. */
    public static InvalidInput of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, Text> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(leaf(v.getPropertyPath().toString()), Text.named(v.getMessage())));
        return new InvalidInput(errors);
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The field's message when there is one field, else a word that the fields need attention. */
    @Override
    public Text text() {
        return errors.size() == 1 ? errors.values().iterator().next() : (t, locale) -> t.problem_some_fields();
    }

    /** In English, for logs; answers use {@link #text()} and {@link #errors(Locale)}. */
    @Override
    public String getMessage() {
        return text().english();
    }

    /** Field to message, for merging the refusals of several checks. */
    public Map<String, Text> texts() {
        return errors;
    }

    /** Field to message in a language, in the order the checks found them. */
    public Map<String, String> errors(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((field, text) -> out.put(field, text.in(locale)));
        return out;
    }

    /** Every field's message in a language, one after another, for pages that show them in one line. */
    public String all(Locale locale) {
        return String.join(" ", errors(locale).values());
    }
}
