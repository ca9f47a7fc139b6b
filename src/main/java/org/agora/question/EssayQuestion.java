package org.agora.question;

import java.util.List;
import java.util.function.Function;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Essay;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;

/**
 * Essay ({@code type=essay}, quiz format 1.1): no answer block; the learner writes Markdown within
 * a word range, and a grader gives the points, by the {@code > [!RUBRIC]} criteria if there are
 * some. The answer is never scored by the server ({@link #fraction} refuses), and it has no key.
 */
public final class EssayQuestion implements QuestionKind {

    static final EssayQuestion KIND = new EssayQuestion();

    private EssayQuestion() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.ESSAY;
    }

    @Override
    public String described() {
        return "essay";
    }

    @Override
    public AnswerBody fromForm(QuestionView q, Function<String, List<String>> field, String move) {
        return AnswerRules.typed(q, field);
    }

    /** At most {@link Essay#MAX_CHARS} characters and twice the word limit: the rest is the grader's to judge. */
    @Override
    public AnswerBody check(Question q, Slotted slots, AnswerBody body) {
        if (body.text() == null) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_essay_shape("{\"text\": \"...\"}"));
        }
        if (body.text().length() > Essay.MAX_CHARS) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_essay_long(Essay.MAX_CHARS));
        }
        if (Essay.words(body.text()) > q.essay().maxSavedWords()) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_essay_words(q.essay().maxWords(), q.essay().maxSavedWords()));
        }
        return body;
    }

    @Override
    public Response response(Question q, Slotted slots, AnswerBody body) {
        return new Response.Text(body.text());
    }

    @Override
    public Fraction fraction(Question q, Response r) {
        throw new IllegalArgumentException("an essay question is graded by an instructor, not scored");
    }

    /** No key: a grader marks it, and the marking notes are its explanation. */
    @Override
    public String correctAnswer(Question q) {
        return null;
    }

    /** The learner's Markdown, rendered as all untrusted text is (sanitised). */
    @Override
    public String yourAnswer(Question q, Slotted slots, AnswerBody body) {
        return MarkdownRenderer.instance().renderUntrusted(body.text());
    }

    /** Graded by an instructor: no key to compare, so never a change. */
    @Override
    public String keyInWords(Question q) {
        return "";
    }

    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        if (!q.essay().rubric().isEmpty() || q.essay().minWords() != null) {
            out.warn(q.line(), "the essay's rubric and word limits (words=, > [!RUBRIC]) are not carried: GIFT's "
                    + "essay has neither; give them to the graders in Moodle");
        }
        out.append('{');
        out.explanation("", "");
        out.append('}');
        return true;
    }
}
