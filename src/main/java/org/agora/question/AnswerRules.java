package org.agora.question;

import java.util.List;
import java.util.function.Function;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.content.Question;
import org.agora.language.Text;
import org.agora.web.InvalidInput;

/** What the types' answer checks share: one way to refuse an answer that does not fit its question. */
final class AnswerRules {

    /** The longest short or numeric answer kept. */
    static final int MAX_TEXT = 500;

    private AnswerRules() {
    }

    static InvalidInput refuse(Question q, Text why) {
        return new InvalidInput("answer", (t, l) -> t.answer_for(why.in(t, l), q.id()));
    }


    /** A text typed in the form's {@code a.QID} field; a blank one is no answer. */
    static AnswerBody typed(QuestionView q, Function<String, List<String>> field) {
        List<String> values = field.apply("a." + q.id());
        return values.isEmpty() || values.get(0).isBlank() ? null : AnswerBody.ofText(values.get(0));
    }
}
