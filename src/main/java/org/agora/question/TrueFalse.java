package org.agora.question;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.interchange.qti.QtiItemExport;

/**
 * True/false: a single choice whose two options are True and False (read by {@link SingleChoice});
 * scored as a single choice. Kept apart for what is its own: GIFT's {@code {T}}/{@code {F}}, the
 * pages' fixed True-then-False order and the linter's balance of true and false keys.
 */
public final class TrueFalse extends ChoiceQuestion {

    static final TrueFalse KIND = new TrueFalse();

    private TrueFalse() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUEFALSE;
    }

    @Override
    public String described() {
        return "true/false";
    }

    /** Whether a single choice's options are exactly True and False (in any case and order). */
    static boolean isTrueFalse(List<Option> options) {
        if (options.size() != 2) {
            return false;
        }
        Set<String> texts = new HashSet<>();
        options.forEach(o -> texts.add(o.text().strip().toLowerCase(Locale.ROOT)));
        return texts.equals(Set.of("true", "false"));
    }

    @Override
    Fraction chosen(Question q, Set<Integer> chosen) {
        return oneOption(q, chosen);
    }

    @Override
    boolean severalChoices() {
        return false;
    }

    /** {@code {T#wrong#right}}: the wrong answer's feedback first, whichever option is right. */
    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        if (q.hasCredits()) {
            return giftChoices(q, out, true); // a credit on the wrong answer: only a single choice can hold it
        }
        int right = q.options().get(0).correct() ? 0 : 1;
        boolean truth = q.options().get(right).text().strip().equalsIgnoreCase("true");
        String rightFb = out.itemFeedback(right);
        String wrongFb = out.itemFeedback(1 - right);
        out.append('{').append(truth ? 'T' : 'F');
        if (wrongFb != null || rightFb != null) {
            out.append('#').append(wrongFb == null ? "" : GiftQuestionExport.escape(wrongFb));
        }
        if (rightFb != null) {
            out.append('#').append(GiftQuestionExport.escape(rightFb));
        }
        out.explanation("", "");
        out.append('}');
        return true;
    }

    /** {@code true_false_question}: Canvas's true/false is a choice of two, written like a single choice. */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        return qtiOneRight(q, out, "true_false_question");
    }
}
