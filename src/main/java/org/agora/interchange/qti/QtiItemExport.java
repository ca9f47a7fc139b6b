package org.agora.interchange.qti;

import static org.agora.interchange.qti.QtiItemParts.RESPONSE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.agora.content.Accepted;
import org.agora.content.MatchPair;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.interchange.gift.export.QuestionSource;

/**
 * One Agora question as one QTI 1.2 item of Canvas Classic Quizzes. One method per question type,
 * each writing its whole item through {@link QtiItemParts}; whatever Canvas cannot hold is
 * reported through {@code warn(line, message)}. A method returns false, having written nothing,
 * when nothing of the question can go.
 */
final class QtiItemExport {

    private final Question q;
    private final QuestionSource src;
    private final QtiIds ids;
    private final QtiXml x;
    private final BiConsumer<Integer, String> warn;

    QtiItemExport(Question q, QuestionSource src, QtiIds ids, QtiXml x, BiConsumer<Integer, String> warn) {
        this.q = q;
        this.src = src;
        this.ids = ids;
        this.x = x;
        this.warn = warn;
    }

    boolean write() {
        notCarried();
        return switch (q.type()) {
            case SINGLE -> single();
            case TRUEFALSE -> trueFalse();
            case MULTIPLE -> multiple();
            case SHORT -> shortAnswer();
            case NUMERIC -> numeric();
            case ORDER -> ordering();
            case MATCH -> matching();
            case ESSAY -> essay();
        };
    }

    /** What no Canvas question has a place for, whatever its type. */
    private void notCarried() {
        if (q.see() != null) {
            warn.accept(q.line(), "see=" + q.see() + " is not carried: a Canvas question cannot point to a lesson");
        }
        if (q.level() != null) {
            warn.accept(q.line(), "level= is not carried: Canvas has no cognitive level for a question");
        }
        if (src.hint() != null) {
            warn.accept(src.hintLine(), "the hint (> [!TIP]) is not carried: Canvas Classic Quizzes have no hints");
        }
        if (src.check()) {
            warn.accept(src.checkLine(), "the > [!CHECK] block is not carried: it is Agora's own test of the answer lines");
        }
    }

    /** {@code multiple_choice_question}: the {@code (x)} option earns SCORE 100. */
    boolean single() {
        QtiItemParts.oneRight(x, ids, q, src, warn, "multiple_choice_question");
        return true;
    }

    /** {@code true_false_question}: Canvas's true/false is a choice of two, written like a single choice. */
    boolean trueFalse() {
        QtiItemParts.oneRight(x, ids, q, src, warn, "true_false_question");
        return true;
    }

    /**
     * {@code multiple_answers_question}: SCORE 100 for exactly the {@code [x]} options, as text2qti
     * writes it. Canvas scores it its own way, which is Agora's version 1 rule: each right option
     * chosen earns 1/k of the points and each wrong one takes 1/k away, floored at 0.
     */
    boolean multiple() {
        if (q.exact()) {
            warn.accept(q.line(), "scoring=exact is not carried: Canvas gives partial marks on a multiple-answer "
                    + "question ((right - wrong) / right options, at least 0)");
        }
        if (q.hasCredits()) {
            warn.accept(q.line(), "the credits ({credit=N%}) are not carried: Canvas scores a multiple-answer question "
                    + "(right - wrong) / right options, at least 0, with the [x] options as the right ones");
        }
        List<String> answers = QtiItemParts.answerIds(ids, q, q.options().size());
        QtiItemParts.openItem(x, ids, q, "multiple_answers_question", answers);
        QtiItemParts.openPresentation(x, q);
        QtiItemParts.choices(x, RESPONSE, "Multiple", null, answers, q.options().stream().map(Option::html).toList(),
                QtiItemParts.HTML);
        x.close();
        QtiItemParts.openScoring(x, q);
        QtiItemParts.optionFeedbackConditions(x, q, answers);
        QtiItemParts.score(x, true, "Set", QtiItemParts.FULL_SCORE, c -> {
            c.open("and");
            for (int i = 0; i < answers.size(); i++) {
                if (q.options().get(i).correct()) {
                    c.text("varequal", answers.get(i), "respident", RESPONSE);
                } else {
                    c.open("not").text("varequal", answers.get(i), "respident", RESPONSE).close();
                }
            }
            c.close();
        });
        x.close();
        QtiItemParts.explanation(x, q);
        QtiItemParts.optionFeedback(x, q, answers);
        x.close();
        return true;
    }

    /**
     * {@code short_answer_question}: every literal line Canvas can check, as one condition. Canvas
     * compares the answer with each line without regard to case, trimmed; a regex line and a line
     * of less than full credit have no place (every Canvas answer is full marks).
     */
    boolean shortAnswer() {
        if (q.caseSensitive()) {
            warn.accept(q.line(), "case=sensitive is not carried: Canvas compares short answers without regard to case");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            int line = src.items().get(i).line();
            if (a instanceof Accepted.Regex) {
                warn.accept(line, "the regex answer " + a.display() + " is not carried: Canvas's short answers are "
                        + "exact texts (left out)");
            } else if (!a.earns().isFull()) {
                warn.accept(line, "credit " + a.credit() + " is not carried: every Canvas short answer earns full "
                        + "marks (left out)");
            } else {
                texts.add(a.display());
            }
        }
        if (texts.isEmpty()) {
            warn.accept(q.line(), "no answer line is left that Canvas can check: the question is left out");
            return false;
        }
        List<String> answers = QtiItemParts.answerIds(ids, q, texts.size());
        QtiItemParts.openItem(x, ids, q, "short_answer_question", answers);
        QtiItemParts.openPresentation(x, q);
        QtiItemParts.blank(x, null);
        x.close();
        QtiItemParts.openScoring(x, q);
        QtiItemParts.score(x, true, "Set", QtiItemParts.FULL_SCORE, c -> texts.forEach(t -> c.text("varequal", t, "respident", RESPONSE)));
        x.close();
        QtiItemParts.explanation(x, q);
        x.close();
        return true;
    }

    /**
     * {@code numerical_question}, one condition per line: an exact number and a tolerance as
     * Canvas's exact answer with a margin (the number, or the bounds both included), a range as
     * Canvas's range answer. A line of less than full credit has no place (left out).
     */
    boolean numeric() {
        List<Accepted> full = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            if (a.earns().isFull()) {
                full.add(a);
            } else {
                warn.accept(src.items().get(i).line(), "credit " + a.credit() + " is not carried: every Canvas "
                        + "numerical answer earns full marks (left out)");
            }
        }
        List<String> answers = QtiItemParts.answerIds(ids, q, full.size());
        QtiItemParts.openItem(x, ids, q, "numerical_question", answers);
        QtiItemParts.openPresentation(x, q);
        QtiItemParts.blank(x, "Decimal");
        x.close();
        QtiItemParts.openScoring(x, q);
        for (Accepted a : full) {
            QtiItemParts.score(x, true, "Set", QtiItemParts.FULL_SCORE, c -> {
                if (a instanceof Accepted.Range r) {
                    bounds(c, r.low(), r.high());
                } else {
                    BigDecimal value = a instanceof Accepted.Tolerance t ? t.value() : ((Accepted.Exact) a).value();
                    BigDecimal margin = a instanceof Accepted.Tolerance t ? t.tolerance() : BigDecimal.ZERO;
                    c.open("or").text("varequal", plain(value), "respident", RESPONSE).open("and");
                    bounds(c, value.subtract(margin), value.add(margin));
                    c.close().close();
                }
            });
        }
        x.close();
        QtiItemParts.explanation(x, q);
        x.close();
        return true;
    }

    private static void bounds(QtiXml c, BigDecimal low, BigDecimal high) {
        c.text("vargte", plain(low), "respident", RESPONSE).text("varlte", plain(high), "respident", RESPONSE);
    }

    /**
     * Canvas Classic Quizzes have no ordering question: a {@code matching_question} of each item to
     * its position (1, 2, ...), which Canvas scores as Agora's partial rule (the share of items in
     * place).
     */
    boolean ordering() {
        warn.accept(q.line(), "Canvas has no ordering question: written as a matching of each item to its position"
                + (q.exact() ? "; scoring=exact is not carried (Canvas scores the share of items in place)" : ""));
        List<String> lefts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (Option o : q.options()) {
            lefts.add(o.html());
            positions.add(o.position() - 1);
        }
        List<String> rights = new ArrayList<>();
        for (int p = 1; p <= q.options().size(); p++) {
            rights.add(String.valueOf(p));
        }
        QtiItemParts.pairs(x, ids, q, lefts, positions, rights);
        return true;
    }

    /**
     * {@code matching_question}: one drop-down per left-hand item offering every right-hand choice,
     * distractors included (a choice no condition names is one of Canvas's "additional incorrect
     * matches"); each right pair adds 100/n to SCORE, which is Agora's partial rule.
     */
    boolean matching() {
        if (q.exact()) {
            warn.accept(q.line(), "scoring=exact is not carried: Canvas gives partial marks on a matching question "
                    + "(the share of pairs matched)");
        }
        QtiItemParts.pairs(x, ids, q, q.pairs().stream().map(MatchPair::leftHtml).toList(),
                q.pairs().stream().map(MatchPair::rightIndex).toList(), q.rights());
        return true;
    }

    /** {@code essay_question}: a text box graded by hand; the explanation is its general feedback. */
    boolean essay() {
        if (!q.essay().rubric().isEmpty() || q.essay().minWords() != null) {
            warn.accept(q.line(), "the essay's rubric and word limits (words=, > [!RUBRIC]) are not carried: a Canvas "
                    + "essay question has neither (a rubric belongs to the Canvas assignment)");
        }
        QtiItemParts.openItem(x, ids, q, "essay_question", List.of());
        QtiItemParts.openPresentation(x, q);
        QtiItemParts.blank(x, null);
        x.close();
        QtiItemParts.openScoring(x, q);
        x.open("respcondition", "continue", "No").open("conditionvar").empty("other").close().close();
        x.close();
        QtiItemParts.explanation(x, q);
        x.close();
        return true;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
