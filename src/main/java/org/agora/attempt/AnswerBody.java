package org.agora.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One saved answer as the API carries it: {@code choices} (single, multiple, truefalse),
 * {@code text} (short, numeric), {@code order} (order) or {@code pairs} (match), in this
 * attempt's opaque ids. Exactly the field that fits the question is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerBody(List<String> choices, String text, List<String> order, Map<String, String> pairs) {

    public static AnswerBody ofChoices(List<String> choices) {
        return new AnswerBody(choices, null, null, null);
    }

    public static AnswerBody ofText(String text) {
        return new AnswerBody(null, text, null, null);
    }

    public static AnswerBody ofOrder(List<String> order) {
        return new AnswerBody(null, null, order, null);
    }

    public static AnswerBody ofPairs(Map<String, String> pairs) {
        return new AnswerBody(null, null, null, pairs);
    }

    int fieldsSet() {
        return (choices != null ? 1 : 0) + (text != null ? 1 : 0) + (order != null ? 1 : 0) + (pairs != null ? 1 : 0);
    }
}
