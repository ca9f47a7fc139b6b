package org.agora.attempt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Essay;
import org.agora.content.Question;
import org.agora.content.ShortAnswers;
import org.agora.language.Text;
import org.agora.quiz.Response;
import org.agora.web.InvalidInput;

/** Checks that an answer fits its question, and turns it into what the scorer reads. */
final class Answers {

    static final int MAX_TEXT = 500;

    private Answers() {
    }

    /** The answer, normalised, or 400 when it does not fit the question. */
    static AnswerBody check(Question q, Slotted slots, AnswerBody body) {
        if (body == null || body.fieldsSet() != 1) {
            throw bad(q, (t, l) -> t.answer_one_kind());
        }
        switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> {
                if (body.choices() == null) {
                    throw bad(q, (t, l) -> t.answer_shape(q.type().key, "{\"choices\": [option ids]}"));
                }
                Set<String> unique = new LinkedHashSet<>(body.choices());
                if (unique.size() != body.choices().size() || unique.stream().anyMatch(id -> slots.optionIndex(id) == null)) {
                    throw bad(q, (t, l) -> t.answer_distinct());
                }
                if (q.type() != org.agora.content.QuestionType.MULTIPLE && unique.size() > 1) {
                    throw bad(q, (t, l) -> t.answer_at_most_one());
                }
                return AnswerBody.ofChoices(List.copyOf(unique));
            }
            case SHORT, NUMERIC -> {
                if (body.text() == null) {
                    throw bad(q, (t, l) -> t.answer_shape(q.type().key, "{\"text\": \"...\"}"));
                }
                if (body.text().length() > MAX_TEXT) {
                    throw bad(q, (t, l) -> t.answer_text_long(MAX_TEXT));
                }
                return body;
            }
            case ORDER -> {
                if (body.order() == null) {
                    throw bad(q, (t, l) -> t.answer_order_shape("{\"order\": [every item id, in order]}"));
                }
                Set<String> unique = new HashSet<>(body.order());
                if (unique.size() != slots.options().size() || body.order().size() != unique.size()
                        || unique.stream().anyMatch(id -> slots.optionIndex(id) == null)) {
                    throw bad(q, (t, l) -> t.answer_order_all());
                }
                return body;
            }
            case ESSAY -> {
                if (body.text() == null) {
                    throw bad(q, (t, l) -> t.answer_essay_shape("{\"text\": \"...\"}"));
                }
                if (body.text().length() > Essay.MAX_CHARS) {
                    throw bad(q, (t, l) -> t.answer_essay_long(Essay.MAX_CHARS));
                }
                if (Essay.words(body.text()) > q.essay().maxSavedWords()) {
                    throw bad(q, (t, l) -> t.answer_essay_words(q.essay().maxWords(), q.essay().maxSavedWords()));
                }
                return body;
            }
            case MATCH -> {
                if (body.pairs() == null) {
                    throw bad(q, (t, l) -> t.answer_shape("match", "{\"pairs\": {\"leftId\": \"rightId\"}}"));
                }
                for (var e : body.pairs().entrySet()) {
                    if (slots.leftIndex(e.getKey()) == null || e.getValue() == null || slots.rightIndex(e.getValue()) == null) {
                        throw bad(q, (t, l) -> t.answer_pairs());
                    }
                }
                return body;
            }
            default -> throw bad(q, (t, l) -> t.answer_unknown_type());
        }
    }

    /** What the scorer reads: authoring indexes instead of this attempt's ids. Null for no answer. */
    static Response toResponse(Question q, Slotted slots, AnswerBody body) {
        if (body == null) {
            return null;
        }
        return switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> new Response.Choices(
                    body.choices().stream().map(slots::optionIndex).collect(Collectors.toSet()));
            case SHORT, NUMERIC, ESSAY -> new Response.Text(body.text());
            case ORDER -> new Response.Order(body.order().stream().map(slots::optionIndex).toList());
            case MATCH -> {
                Map<Integer, Integer> pairs = new HashMap<>();
                body.pairs().forEach((l, r) -> pairs.put(slots.leftIndex(l), slots.rightIndex(r)));
                yield new Response.Pairs(pairs);
            }
        };
    }

    /**
     * A canonical key of the answer: sorted option indexes ({@code 0,2}), the normalised text, the
     * order of indexes ({@code 2>0>1}) or pairs ({@code 0=1;1=0}). Statistics group by it.
     */
    static String key(Response r) {
        if (r == null) {
            return null;
        }
        String key;
        if (r instanceof Response.Choices c) {
            key = c.optionIndexes().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        } else if (r instanceof Response.Text t) {
            key = ShortAnswers.fold(ShortAnswers.comparable(t.text()));
        } else if (r instanceof Response.Order o) {
            key = o.optionIndexesInLearnerOrder().stream().map(String::valueOf).collect(Collectors.joining(">"));
        } else {
            key = ((Response.Pairs) r).rightIndexByPairIndex().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        }
        return key.length() > 1000 ? key.substring(0, 1000) : key;
    }

    private static InvalidInput bad(Question q, Text why) {
        return new InvalidInput("answer", (t, l) -> t.answer_for(why.in(t, l), q.id()));
    }
}
