package org.agora.interchange.qti;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.interchange.gift.export.QuestionSource;
import org.agora.question.QuestionKind;

/**
 * One Agora question as one QTI 1.2 item of Canvas Classic Quizzes. The item is the question
 * kind's to write ({@link QuestionKind#qti}), with the forms of item this class offers (a choice,
 * a blank, a matching); what every type shares (the attributes Canvas has no place for, the item's
 * head, feedback and explanation) is here and in {@link QtiItemParts}. Whatever Canvas cannot hold
 * is reported through {@code warn(line, message)}.
 */
public final class QtiItemExport {

    /** The response every item but a matching has; a condition names it as {@code respident}. */
    public static final String RESPONSE = QtiItemParts.RESPONSE;

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

    /** Writes the item; false, having written nothing, when nothing of the question can go. */
    boolean write() {
        notCarried();
        return QuestionKind.of(q).qti(q, this);
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

    // ------------------------------------------------------------ what the kinds write with

    public void warn(int line, String message) {
        warn.accept(line, message);
    }

    /** The source line of the question's i-th item (option, pair or {@code =} line). */
    public int itemLine(int i) {
        return src.items().get(i).line();
    }

    /**
     * A choice item of the question's options ({@code Single} or {@code Multiple} cardinality), with
     * each option's feedback; SCORE 100 when the condition {@code fullScoreWhen} writes (given the
     * options' answer ids) holds.
     */
    public void choiceItem(String canvasType, String cardinality, BiConsumer<QtiXml, List<String>> fullScoreWhen) {
        List<String> answers = QtiItemParts.answerIds(ids, q, q.options().size());
        QtiItemParts.openItem(x, ids, q, canvasType, answers);
        QtiItemParts.openPresentation(x, q);
        QtiItemParts.choices(x, RESPONSE, cardinality, null, answers, q.options().stream().map(Option::html).toList(),
                QtiItemParts.HTML);
        x.close();
        QtiItemParts.openScoring(x, q);
        QtiItemParts.optionFeedbackConditions(x, q, answers);
        QtiItemParts.score(x, true, "Set", QtiItemParts.FULL_SCORE, c -> fullScoreWhen.accept(c, answers));
        x.close();
        QtiItemParts.explanation(x, q);
        QtiItemParts.optionFeedback(x, q, answers);
        x.close();
    }

    /**
     * An item with one blank ({@code fibtype} null for text, {@code Decimal} for a number) and
     * {@code answers} answer ids; {@code scoring} writes its conditions (see {@link #fullScore}).
     */
    public void blankItem(String canvasType, String fibtype, int answers, Consumer<QtiXml> scoring) {
        QtiItemParts.openItem(x, ids, q, canvasType, QtiItemParts.answerIds(ids, q, answers));
        QtiItemParts.openPresentation(x, q);
        QtiItemParts.blank(x, fibtype);
        x.close();
        QtiItemParts.openScoring(x, q);
        scoring.accept(x);
        x.close();
        QtiItemParts.explanation(x, q);
        x.close();
    }

    /** SCORE 100, and no other condition is tried, when {@code condition} holds. */
    public static void fullScore(QtiXml x, Consumer<QtiXml> condition) {
        QtiItemParts.score(x, true, "Set", QtiItemParts.FULL_SCORE, condition);
    }

    /** A matching item: left {@code i} belongs with right {@code partner.get(i)}; each pair right adds 100/n. */
    public void pairs(List<String> lefts, List<Integer> partner, List<String> rights) {
        QtiItemParts.pairs(x, ids, q, lefts, partner, rights);
    }
}
