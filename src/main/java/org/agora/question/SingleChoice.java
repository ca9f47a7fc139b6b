package org.agora.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agora.content.AnswerBlock;
import org.agora.content.AnswerItem;
import org.agora.content.Authoring;
import org.agora.content.Credit;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.interchange.qti.QtiItemExport;

/**
 * Single choice: a list of {@code ( )} options, one marked {@code (x)}. The chosen option earns its
 * credit (quiz format 1.1): 100 % for {@code (x)}, the written {@code {credit=N%}} or nothing for
 * the others. A list of exactly True and False is a {@link TrueFalse} question.
 */
public final class SingleChoice extends ChoiceQuestion {

    static final SingleChoice KIND = new SingleChoice();

    private SingleChoice() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE;
    }

    @Override
    public String described() {
        return "single-choice";
    }

    /** Reads a {@code ( )}/{@code (x)} list: a single choice, or a true/false question. */
    public static AnswerBlock fromList(List<AnswerItem> items, int listLine, Authoring a) {
        List<AnswerItem> marked = items.stream().filter(AnswerItem::marked).toList();
        for (int i = 1; i < marked.size(); i++) {
            a.error(marked.get(i).line(), "a second option marked `(x)` (the first is on line " + marked.get(0).line()
                    + "): a single-choice question has exactly one right answer; use `[ ]`/`[x]` for several");
        }
        List<Credit> credits = new ArrayList<>();
        List<Option> options = options(items, listLine, true, a, credits);
        creditRules(items, credits, a);
        return AnswerBlock.ofOptions(TrueFalse.isTrueFalse(options) ? QuestionType.TRUEFALSE : QuestionType.SINGLE,
                options);
    }

    /**
     * The {@code (x)} option is 100 %, so a credit on it can only repeat that; an unmarked option may
     * earn part, never a negative share (a learner picks one option, so a penalty would only make
     * guessing worse than leaving it blank).
     */
    private static void creditRules(List<AnswerItem> items, List<Credit> credits, Authoring a) {
        for (int i = 0; i < items.size(); i++) {
            Credit c = credits.get(i);
            AnswerItem o = items.get(i);
            if (c == null) {
                continue;
            }
            if (c.isNegative()) {
                a.error(o.line(), "negative credit " + c + " on a single-choice option: a single-choice option earns "
                        + "from 0% to 100%");
            } else if (o.marked() && !c.isFull()) {
                a.error(o.line(), "the `(x)` option earns 100%, not " + c + ": mark the best answer `(x)` and give "
                        + "the others their credit");
            } else if (!o.marked() && c.isFull()) {
                a.error(o.line(), "an unmarked option with credit 100%: a single-choice question has one right "
                        + "answer, marked `(x)`; give this one less, or mark it `(x)` instead");
            }
        }
    }

    @Override
    Fraction chosen(Question q, Set<Integer> chosen) {
        return oneOption(q, chosen);
    }

    @Override
    boolean severalChoices() {
        return false;
    }

    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        return giftChoices(q, out, true);
    }

    /** {@code multiple_choice_question}: the {@code (x)} option earns SCORE 100. */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        return qtiOneRight(q, out, "multiple_choice_question");
    }
}
