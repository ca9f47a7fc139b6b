package org.agora.question;

import java.util.List;
import java.util.function.Function;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.AttemptViews.ReviewRow;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.agora.interchange.qti.QtiItemExport;

/**
 * Everything that is particular to one question type, in that type's own class (as Moodle keeps a
 * type in {@code question/type/<name>/}): how its answer block is read (the static builders the
 * quiz parser calls), how an answer is read from the page's form and checked, how it is scored,
 * how the answer and the key read in review and in a regrade's list of changes, and how it is
 * written to GIFT and QTI. The shared machinery (the parser's front matter, headings, attributes,
 * feedback and errors; attempts, review, exports) asks the question's kind through these methods.
 *
 * <p>Adding a type: a {@link QuestionType} constant, a class here (listed below and in {@link #of}),
 * and its answer controls in {@code templates/AttemptResource/take.html}.
 */
public sealed interface QuestionKind permits ChoiceQuestion, TypedAnswer, Ordering, Matching, EssayQuestion {

    static QuestionKind of(QuestionType type) {
        return switch (type) {
            case SINGLE -> SingleChoice.KIND;
            case TRUEFALSE -> TrueFalse.KIND;
            case MULTIPLE -> MultipleAnswer.KIND;
            case SHORT -> ShortAnswer.KIND;
            case NUMERIC -> NumericAnswer.KIND;
            case ORDER -> Ordering.KIND;
            case MATCH -> Matching.KIND;
            case ESSAY -> EssayQuestion.KIND;
        };
    }

    static QuestionKind of(Question q) {
        return of(q.type());
    }

    QuestionType type();

    /** The type as the linter's messages name it ("a matching question"). */
    String described();

    /** Whether {@code scoring=partial|exact} applies. */
    default boolean takesScoring() {
        return false;
    }

    /** Whether {@code case=sensitive} and {@code > [!CHECK]} apply. */
    default boolean takesCase() {
        return false;
    }

    // ------------------------------------------------------------ answering

    /**
     * The answer a posted page form carries for the question (null for none): {@code field} gives
     * the values of a form field by name, {@code move} is the ordering button pressed, if any.
     */
    AnswerBody fromForm(QuestionView q, Function<String, List<String>> field, String move);

    /** The answer, normalised, or {@link org.agora.web.InvalidInput} (400) when it does not fit the question. */
    AnswerBody check(Question q, Slotted slots, AnswerBody body);

    /** What the scorer reads: authoring indexes instead of the attempt's ids. */
    Response response(Question q, Slotted slots, AnswerBody body);

    // ------------------------------------------------------------ scoring

    /** The share of the points {@code r} earns; nothing for an answer of another shape. */
    Fraction fraction(Question q, Response r);

    // ------------------------------------------------------------ review

    /** The key as HTML; null when there is none to show. */
    String correctAnswer(Question q);

    /** The learner's answer (never null) as HTML. */
    String yourAnswer(Question q, Slotted slots, AnswerBody body);

    /** The review item by item, for types that have items; null for the others. */
    default List<ReviewRow> rows(Question q, Slotted slots, AnswerBody body) {
        return null;
    }

    /** The key in words, comparable between versions of the quiz: the same key reads the same. */
    String keyInWords(Question q);

    // ------------------------------------------------------------ interchange

    /** Writes the question's answers as GIFT; false when nothing of the question can go. */
    boolean gift(Question q, GiftQuestionExport out);

    /** Writes the question as a QTI 1.2 item for Canvas; false, having written nothing, when nothing of it can go. */
    boolean qti(Question q, QtiItemExport out);
}
