package org.agora.question;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Essay;
import org.agora.content.QuestionBlocks;
import org.agora.content.QuestionHead;
import org.agora.content.Rubrics;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.agora.interchange.qti.QtiItemExport;

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

    /**
     * Reads an essay question: no answer block; the question text, then optionally a
     * {@code > [!RUBRIC]} block, a {@code > [!TIP]} hint and a {@code > } block of marking notes
     * (shown once graded). Without a rubric, the quoted blocks at the end are the hint and the notes.
     * {@code answerLine} is the first {@code =} line's, 0 when there is none; null when the question
     * has errors (since {@code errorsBefore}).
     */
    public static Question fromBlocks(QuestionBlocks a, QuestionHead h, Essay length, List<Node> blocks,
            List<BulletList> optionLists, int answerLine, String scoring, String caseAttr, int errorsBefore) {
        String no = "an essay question (type=essay) has no answer block, as a grader marks it: ";
        if (!optionLists.isEmpty()) {
            a.error(a.line(optionLists.get(0)), no + "remove the options");
        }
        if (answerLine > 0) {
            a.error(answerLine, no + "remove the `= ` lines");
        }
        if (scoring != null) {
            a.error(h.line(), "scoring=" + scoring + " applies only to multiple-answer, ordering and matching "
                    + "questions, not to an essay question");
        }
        if ("sensitive".equals(caseAttr)) {
            a.error(h.line(), "case=sensitive applies only to short-answer questions, not to an essay question");
        }
        int split = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof BlockQuote q && a.isRubric(q)) {
                split = i;
                break;
            }
        }
        if (split == blocks.size()) {
            while (split > 0 && blocks.get(split - 1) instanceof BlockQuote) {
                split--;
            }
        }
        List<Essay.Criterion> rubric = null;
        int rubricLine = 0;
        boolean rubricRead = false; // without errors in its lines: only then is its total worth checking
        List<String> hints = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Node b : blocks.subList(split, blocks.size())) {
            if (b instanceof BlockQuote q && a.isRubric(q)) {
                if (rubric != null) {
                    a.error(a.line(b), "a second `> [!RUBRIC]` block; an essay question has one rubric");
                } else {
                    rubricLine = a.line(b);
                    int before = a.errors();
                    rubric = a.rubric(q);
                    rubricRead = a.errors() == before;
                }
            } else if (b instanceof BlockQuote q && a.isCheck(q)) {
                a.error(a.line(b), "a `> [!CHECK]` block applies only to short-answer questions, not to an essay question");
            } else if (!a.trailing(b, hints, notes)) {
                a.error(a.line(b), "unexpected " + QuestionBlocks.describe(b) + " after the rubric: only a `> [!TIP]` "
                        + "hint and `> ` marking notes may follow it; move it above the rubric, into the question text");
            }
        }
        if (rubricRead && Rubrics.total(rubric).compareTo(h.points()) != 0) {
            a.error(rubricLine, "the rubric's criteria add up to " + Rubrics.total(rubric).toPlainString()
                    + " points, but the question is worth " + h.points().toPlainString() + " (points="
                    + h.points().toPlainString() + "); make them equal");
        }
        if (a.errors() > errorsBefore) {
            return null;
        }
        Essay essay = new Essay(length.minWords(), length.maxWords(), rubric == null ? List.of() : List.copyOf(rubric));
        return new Question(h.id(), QuestionType.ESSAY, h.titleHtml(), h.titleText(),
                a.md().renderBlocks(blocks.subList(0, split)), h.points(), false, h.see(), false, List.of(), List.of(),
                List.of(), List.of(), hints.isEmpty() ? null : String.join("\n", hints),
                notes.isEmpty() ? null : String.join("\n", notes), h.line(), h.level(), essay);
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

    /** {@code essay_question}: a text box graded by hand; the explanation is its general feedback. */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        if (!q.essay().rubric().isEmpty() || q.essay().minWords() != null) {
            out.warn(q.line(), "the essay's rubric and word limits (words=, > [!RUBRIC]) are not carried: a Canvas "
                    + "essay question has neither (a rubric belongs to the Canvas assignment)");
        }
        out.blankItem("essay_question", null, 0,
                x -> x.open("respcondition", "continue", "No").open("conditionvar").empty("other").close().close());
        return true;
    }
}
