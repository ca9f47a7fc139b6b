package org.agora.attempt;

import java.util.Map;
import java.util.stream.Collectors;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Question;
import org.agora.content.ShortAnswers;
import org.agora.question.QuestionKind;
import org.agora.quiz.Response;
import org.agora.web.InvalidInput;

/** Checks that an answer fits its question, and turns it into what the scorer reads: the question's kind knows how. */
final class Answers {

    private Answers() {
    }

    /** The answer, normalised, or 400 when it does not fit the question. */
    static AnswerBody check(Question q, Slotted slots, AnswerBody body) {
        if (body == null || body.fieldsSet() != 1) {
            throw new InvalidInput("answer", (t, l) -> t.answer_for(t.answer_one_kind(), q.id()));
        }
        return QuestionKind.of(q).check(q, slots, body);
    }

    /** What the scorer reads: authoring indexes instead of this attempt's ids. Null for no answer. */
    static Response toResponse(Question q, Slotted slots, AnswerBody body) {
        return body == null ? null : QuestionKind.of(q).response(q, slots, body);
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
}
