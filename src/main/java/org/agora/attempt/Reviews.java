package org.agora.attempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.agora.attempt.AttemptViews.ReviewRow;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Credit;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.question.QuestionKind;
import org.agora.quiz.Response;
import org.agora.quiz.Scorer;

/** Correct answers, the learner's answers and feedback, as HTML for the review. */
public final class Reviews {

    /**
     * What the API's {@code yourAnswer} says of a question left unanswered (its texts stay English);
     * the pages say it in their language instead (see {@code answered()} on the result records).
     */
    public static final String NO_ANSWER = "(no answer)";

    private Reviews() {
    }

    /** The key as HTML (null for an essay, which has none). */
    public static String correctAnswer(Question q) {
        return QuestionKind.of(q).correctAnswer(q);
    }

    public static String yourAnswer(Question q, Slotted slots, AnswerBody body) {
        return body == null ? NO_ANSWER : QuestionKind.of(q).yourAnswer(q, slots, body);
    }

    /**
     * A matching question pair by pair (in the order the attempt showed the left items), an ordering
     * place by place; null for other types. Each row is marked as the scorer marks it.
     */
    public static List<ReviewRow> rows(Question q, Slotted slots, AnswerBody body) {
        return QuestionKind.of(q).rows(q, slots, body);
    }

    /**
     * The percent of the points the answer's {@code {credit=N%}} option or line earned, when that is a
     * part (null otherwise). Null too when {@code earned} is not what this version scores: a regrade
     * scored the answer against a newer version, whose credits this one does not know.
     */
    public static BigDecimal credit(Question q, Slotted slots, AnswerBody body, BigDecimal earned) {
        if (body == null || q.type() == QuestionType.ESSAY) {
            return null;
        }
        Response r = Answers.toResponse(q, slots, body);
        Credit c = Scorer.partialCredit(q, r);
        return c == null || earned == null || Scorer.earned(q, r).compareTo(earned) != 0 ? null : c.percent();
    }

    /** The feedback of the options the learner chose, where the author wrote some. */
    public static String feedback(Question q, Slotted slots, AnswerBody body) {
        if (body == null || body.choices() == null) {
            return null;
        }
        String joined = body.choices().stream().map(id -> q.options().get(slots.optionIndex(id)).feedbackHtml())
                .filter(f -> f != null && !f.isBlank()).collect(Collectors.joining());
        return joined.isEmpty() ? null : joined;
    }

    public static String see(Question q) {
        if (q.see() == null) {
            return null;
        }
        String[] parts = q.see().split("#", 2);
        return "/lessons/" + parts[0] + (parts.length > 1 ? "#" + parts[1] : "");
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
