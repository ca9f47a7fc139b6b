package org.agora.question;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.Layout.Slotted;
import org.agora.attempt.Reviews;
import org.agora.content.Accepted;
import org.agora.content.Credit;
import org.agora.content.Question;
import org.agora.quiz.Response;

/**
 * What short answer and numeric share: the learner types a text ({@code a.QID}), the key is the
 * {@code =} lines, and an answer earns the credit of the best line it matches (a line without
 * credit earns 100 %).
 */
abstract sealed class TypedAnswer implements QuestionKind permits ShortAnswer, NumericAnswer {

    @Override
    public AnswerBody fromForm(QuestionView q, Function<String, List<String>> field, String move) {
        return AnswerRules.typed(q, field);
    }

    @Override
    public AnswerBody check(Question q, Slotted slots, AnswerBody body) {
        if (body.text() == null) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_shape(q.type().key, "{\"text\": \"...\"}"));
        }
        if (body.text().length() > AnswerRules.MAX_TEXT) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_text_long(AnswerRules.MAX_TEXT));
        }
        return body;
    }

    @Override
    public Response response(Question q, Slotted slots, AnswerBody body) {
        return new Response.Text(body.text());
    }

    /** The credit of the best of the lines an answer matches, null when it matches none. */
    static Credit best(List<Accepted> matching) {
        return matching.stream().map(Accepted::earns).max(Comparator.comparingLong(Credit::basisPoints)).orElse(null);
    }

    /**
     * Learners read the written-out answers that earn full credit (a near miss is no model answer);
     * a regex is shown only when it is all there is.
     */
    @Override
    public String correctAnswer(Question q) {
        List<Accepted> full = q.accepted().stream().filter(a -> a.earns().isFull()).toList();
        List<Accepted> shown = full.stream().filter(a -> !(a instanceof Accepted.Regex)).toList();
        return (shown.isEmpty() ? full : shown).stream().map(Accepted::display).map(Reviews::escape)
                .collect(Collectors.joining(" or "));
    }

    @Override
    public String yourAnswer(Question q, Slotted slots, AnswerBody body) {
        return Reviews.escape(body.text());
    }

    @Override
    public String keyInWords(Question q) {
        return q.accepted().stream().map(a -> "= " + a.display() + (a.earns().isFull() ? "" : " (" + a.earns() + ")"))
                .collect(Collectors.joining("; "));
    }
}
