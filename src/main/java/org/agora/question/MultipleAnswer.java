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
 * Multiple answer: a list of {@code [ ]} options, at least one marked {@code [x]}. Scored
 * {@code max(0, right - wrong) / correct} ({@code scoring=exact}: all or nothing); with credits
 * (every option has one), the sum of the chosen options' credits, from 0 to 100 %.
 */
public final class MultipleAnswer extends ChoiceQuestion {

    static final MultipleAnswer KIND = new MultipleAnswer();

    private MultipleAnswer() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE;
    }

    @Override
    public String described() {
        return "multiple-answer";
    }

    @Override
    public boolean takesScoring() {
        return true;
    }

    public static AnswerBlock fromList(List<AnswerItem> items, int listLine, Authoring a) {
        List<Credit> credits = new ArrayList<>();
        List<Option> options = options(items, listLine, false, a, credits);
        creditRules(items, credits, listLine, a);
        return AnswerBlock.ofOptions(QuestionType.MULTIPLE, options);
    }

    /**
     * All options carry a credit or none does; with credits, the {@code [x]} options are exactly
     * those with positive credit and those credits add up to 100 %.
     */
    private static void creditRules(List<AnswerItem> items, List<Credit> credits, int listLine, Authoring a) {
        long written = items.stream().filter(o -> o.rawCredit() != null).count();
        if (written == 0) {
            return; // the version 1 rule
        }
        if (written < items.size()) {
            for (AnswerItem o : items) {
                if (o.rawCredit() == null) {
                    a.error(o.line(), "an option without a credit in a multiple-answer question whose other options "
                            + "have one: when one option carries `{credit=N%}`, every option must");
                }
            }
            return;
        }
        if (credits.stream().anyMatch(c -> c == null)) {
            return; // a malformed credit, already reported: its sums would mislead
        }
        long positive = 0;
        for (int i = 0; i < items.size(); i++) {
            AnswerItem o = items.get(i);
            Credit c = credits.get(i);
            if (o.marked() && !c.isPositive()) {
                a.error(o.line(), "a `[x]` option with credit " + c + ": the marked options are those with a positive "
                        + "credit; unmark it or give it a positive credit");
            } else if (!o.marked() && c.isPositive()) {
                a.error(o.line(), "an unmarked option with positive credit " + c + ": the marked options are those "
                        + "with a positive credit; mark it `[x]` or give it 0% or less");
            }
            positive += c.isPositive() ? c.basisPoints() : 0;
        }
        if (positive != Credit.WHOLE) {
            a.error(listLine, "the positive credits of this multiple-answer question add up to "
                    + new Credit(java.math.BigDecimal.valueOf(positive, 2)) + ", not 100%: choosing every right option "
                    + "must earn the whole question");
        }
    }

    @Override
    boolean severalChoices() {
        return true;
    }

    @Override
    Fraction chosen(Question q, Set<Integer> chosen) {
        List<Option> options = q.options();
        long correct = options.stream().filter(Option::correct).count();
        if (correct == 0) {
            return Fraction.ZERO;
        }
        if (q.hasCredits()) {
            long sum = chosen.stream().mapToLong(i -> options.get(i).earns().basisPoints()).sum();
            return new Fraction(Math.min(Math.max(sum, 0), Credit.WHOLE), Credit.WHOLE);
        }
        long right = chosen.stream().filter(i -> options.get(i).correct()).count();
        long wrong = chosen.size() - right;
        if (q.exact()) {
            return Fraction.whole(right == correct && wrong == 0);
        }
        return new Fraction(Math.max(0, right - wrong), correct);
    }

    /** With credits a multiple answer is scored by their sum, not the version 1 rule: every share is named. */
    @Override
    public String keyInWords(Question q) {
        return keyInWords(q, q.hasCredits());
    }

    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        return giftChoices(q, out, false);
    }

    /**
     * {@code multiple_answers_question}: SCORE 100 for exactly the {@code [x]} options, as text2qti
     * writes it. Canvas scores it its own way, which is Agora's version 1 rule: each right option
     * chosen earns 1/k of the points and each wrong one takes 1/k away, floored at 0.
     */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        if (q.exact()) {
            out.warn(q.line(), "scoring=exact is not carried: Canvas gives partial marks on a multiple-answer "
                    + "question ((right - wrong) / right options, at least 0)");
        }
        if (q.hasCredits()) {
            out.warn(q.line(), "the credits ({credit=N%}) are not carried: Canvas scores a multiple-answer question "
                    + "(right - wrong) / right options, at least 0, with the [x] options as the right ones");
        }
        out.choiceItem("multiple_answers_question", "Multiple", (c, answers) -> {
            c.open("and");
            for (int i = 0; i < answers.size(); i++) {
                if (q.options().get(i).correct()) {
                    c.text("varequal", answers.get(i), "respident", QtiItemExport.RESPONSE);
                } else {
                    c.open("not").text("varequal", answers.get(i), "respident", QtiItemExport.RESPONSE).close();
                }
            }
            c.close();
        });
        return true;
    }
}
