package org.agora.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.Layout.Slotted;
import org.agora.attempt.Reviews;
import org.agora.content.AnswerItem;
import org.agora.content.Authoring;
import org.agora.content.Credit;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.agora.interchange.qti.QtiItemExport;

/**
 * What single choice, true/false and multiple answer share: the learner picks options (radio
 * buttons or check boxes named {@code a.QID}), the answer is the chosen option ids, and the key is
 * the marked options.
 */
abstract sealed class ChoiceQuestion implements QuestionKind permits SingleChoice, TrueFalse, MultipleAnswer {

    /** Whether more than one option may be chosen. */
    abstract boolean severalChoices();

    abstract Fraction chosen(Question q, Set<Integer> chosen);

    /** One option chosen earns its credit (without credits: all for the marked one, nothing for the others). */
    static Fraction oneOption(Question q, Set<Integer> chosen) {
        return chosen.size() != 1 ? Fraction.ZERO : Fraction.of(q.options().get(chosen.iterator().next()).earns());
    }

    @Override
    public AnswerBody fromForm(QuestionView q, Function<String, List<String>> field, String move) {
        List<String> values = field.apply("a." + q.id());
        return values.isEmpty() ? null : AnswerBody.ofChoices(values);
    }

    @Override
    public AnswerBody check(Question q, Slotted slots, AnswerBody body) {
        if (body.choices() == null) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_shape(q.type().key, "{\"choices\": [option ids]}"));
        }
        Set<String> unique = new LinkedHashSet<>(body.choices());
        if (unique.size() != body.choices().size() || unique.stream().anyMatch(id -> slots.optionIndex(id) == null)) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_distinct());
        }
        if (!severalChoices() && unique.size() > 1) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_at_most_one());
        }
        return AnswerBody.ofChoices(List.copyOf(unique));
    }

    @Override
    public Response response(Question q, Slotted slots, AnswerBody body) {
        return new Response.Choices(body.choices().stream().map(slots::optionIndex).collect(Collectors.toSet()));
    }

    @Override
    public Fraction fraction(Question q, Response r) {
        if (!(r instanceof Response.Choices c) || !c.optionIndexes().stream().allMatch(i -> i >= 0 && i < q.options().size())) {
            return Fraction.ZERO;
        }
        return chosen(q, c.optionIndexes());
    }

    @Override
    public String correctAnswer(Question q) {
        return q.options().stream().filter(Option::correct).map(Option::html).collect(Collectors.joining("; "));
    }

    @Override
    public String yourAnswer(Question q, Slotted slots, AnswerBody body) {
        return body.choices().isEmpty() ? Reviews.NO_ANSWER
                : body.choices().stream().map(id -> q.options().get(slots.optionIndex(id)).html())
                        .collect(Collectors.joining("; "));
    }

    /**
     * What each option earns is the key: a credit written, changed or removed changes it, a credit
     * that repeats the default does not ({@code sumOfCredits} names every share, 100 % too).
     */
    String keyInWords(Question q, boolean sumOfCredits) {
        return q.options().stream().filter(o -> o.earns().percent().signum() != 0)
                .map(o -> o.text() + (sumOfCredits || !o.earns().isFull() ? " (" + o.earns() + ")" : "")).sorted()
                .collect(Collectors.joining("; "));
    }

    @Override
    public String keyInWords(Question q) {
        return keyInWords(q, false);
    }

    // ------------------------------------------------------------ reading the options

    /**
     * The options of a {@code ( )}/{@code (x)} or {@code [ ]}/{@code [x]} list, with their credits
     * (reported where malformed); errors for too few options or none marked.
     */
    static List<Option> options(List<AnswerItem> items, int listLine, boolean single, Authoring a, List<Credit> credits) {
        if (items.size() < 2) {
            a.error(listLine, (single ? "a single-choice" : "a multiple-answer") + " question needs at least two options");
        }
        if (items.stream().noneMatch(AnswerItem::marked)) {
            a.error(listLine, "no option is marked `" + (single ? "(x)" : "[x]") + "`: mark "
                    + (single ? "exactly one right answer" : "at least one right answer"));
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AnswerItem it = items.get(i);
            if (it.text().isBlank()) {
                a.error(it.line(), "an option needs a text after its marker");
            }
            Credit credit = a.credit(it.line(), it.rawCredit());
            credits.add(credit);
            options.add(new Option(i, a.md().renderInline(it.text()), a.md().plainTextInline(it.text()), it.marked(), 0,
                    it.feedbackHtml(), credit));
        }
        return options;
    }

    // ------------------------------------------------------------ GIFT

    /**
     * Single choice ({@code =} and {@code ~}, credits as {@code ~%N%}) or multiple answer (every
     * option {@code ~%N%}: with credits their own, else Moodle's 100/k % for the k right options and
     * its negation for the wrong ones, which scores as Agora's rule does).
     */
    static boolean giftChoices(Question q, GiftQuestionExport out, boolean single) {
        int k = (int) q.options().stream().filter(Option::correct).count();
        boolean credits = q.hasCredits();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            Option o = q.options().get(i);
            String marker;
            if (single && o.correct()) {
                marker = "=";
            } else if (single && (o.credit() == null || o.credit().percent().signum() == 0)) {
                marker = "~";
            } else {
                BigDecimal percent = credits || single ? o.earns().percent()
                        : o.correct() ? GiftQuestionExport.share(k) : GiftQuestionExport.share(k).negate();
                marker = "~" + out.weighted(percent, out.itemLine(i));
            }
            lines.add(marker + out.option(i));
        }
        out.block(lines);
        return true;
    }

    // ------------------------------------------------------------ QTI

    /**
     * A single choice or a true/false: the {@code (x)} option earns SCORE 100. A Canvas choice is
     * right or wrong, so an option's partial credit earns nothing there.
     */
    static boolean qtiOneRight(Question q, QtiItemExport out, String canvasType) {
        for (int i = 0; i < q.options().size(); i++) {
            Credit c = q.options().get(i).credit();
            if (!q.options().get(i).correct() && c != null && c.isPositive()) {
                out.warn(out.itemLine(i), "credit " + c + " is not carried: a Canvas choice is right or wrong, so this "
                        + "option earns 0 there");
            }
        }
        int right = q.options().indexOf(q.options().stream().filter(Option::correct).findFirst().orElseThrow());
        out.choiceItem(canvasType, "Single",
                (c, answers) -> c.text("varequal", answers.get(right), "respident", QtiItemExport.RESPONSE));
        return true;
    }
}
