package org.agora.interchange.gift.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiConsumer;
import org.agora.content.Accepted;
import org.agora.content.Credit;
import org.agora.content.Question;
import org.agora.question.QuestionKind;

/**
 * One Agora question as one GIFT question, in the form Moodle's {@code qformat_gift::writequestion}
 * writes: {@code ::id::[markdown]title and stem{answers ####explanation}}. The answers are the
 * question kind's to write ({@link QuestionKind#gift}); this class holds what every type shares:
 * the head, the attributes GIFT has no place for, escaping, weights, feedback and the explanation.
 * Whatever GIFT cannot hold is reported through {@code warn(line, message)}.
 */
public final class GiftQuestionExport {

    private final Question q;
    private final QuestionSource src;
    private final BiConsumer<Integer, String> warn;
    private final StringBuilder answers = new StringBuilder();

    GiftQuestionExport(Question q, QuestionSource src, BiConsumer<Integer, String> warn) {
        this.q = q;
        this.src = src;
        this.warn = warn;
    }

    /** The GIFT question, or null when nothing of it can go. */
    String write() {
        notCarried();
        if (!QuestionKind.of(q).gift(q, this)) {
            return null;
        }
        String text = src.stem().isEmpty() ? src.title() : src.title() + "\n\n" + src.stem();
        return "::" + GiftEscaping.escape(q.id()) + "::[markdown]" + GiftEscaping.escape(text) + answers;
    }

    /** The question's attributes and blocks that GIFT has no place for. */
    private void notCarried() {
        if (q.points().compareTo(BigDecimal.ONE) != 0) {
            warn.accept(q.line(), "points=" + q.points().toPlainString() + " is not carried: GIFT has no marks, and "
                    + "Moodle gives the question its default mark (1); set the mark in the Moodle quiz");
        }
        if (q.see() != null) {
            warn.accept(q.line(), "see=" + q.see() + " is not carried: GIFT cannot point to a lesson");
        }
        if (q.level() != null) {
            warn.accept(q.line(), "level= is not carried: GIFT has no cognitive level (a Moodle tag could hold it)");
        }
        if (q.caseSensitive()) {
            warn.accept(q.line(), "case=sensitive is not carried: Moodle's GIFT import compares short answers "
                    + "without regard to case");
        }
        if (q.exact()) {
            warn.accept(q.line(), "scoring=exact is not carried: Moodle gives partial marks for this question type");
        }
        if (src.hint() != null) {
            warn.accept(src.hintLine(), "the hint (> [!TIP]) is not carried: GIFT has no hints");
        }
        if (src.check()) {
            warn.accept(src.checkLine(), "the > [!CHECK] block is not carried: it is Agora's own test of the answer lines");
        }
    }

    // ------------------------------------------------------------ what the kinds write with

    /** Appends GIFT as it is (already escaped where it needs to be). */
    public GiftQuestionExport append(Object gift) {
        answers.append(gift);
        return this;
    }

    public void warn(int line, String message) {
        warn.accept(line, message);
    }

    /** The text with GIFT's special characters escaped. */
    public static String escape(String text) {
        return GiftEscaping.escape(text);
    }

    /** How many items (options, pairs, {@code =} lines) the source has, and each one's Markdown and line. */
    public int items() {
        return src.items().size();
    }

    public String itemText(int i) {
        return src.items().get(i).text();
    }

    public String itemFeedback(int i) {
        return src.items().get(i).feedback();
    }

    public int itemLine(int i) {
        return src.items().get(i).line();
    }

    /** An option's text and its feedback ({@code #...}), escaped. */
    public String option(int i) {
        String feedback = itemFeedback(i);
        return escape(itemText(i)) + (feedback == null ? "" : "#" + escape(feedback));
    }

    /** The nearest weight Moodle accepts, with a warning when it changes what the item earns. */
    public BigDecimal weight(BigDecimal percent, int line) {
        BigDecimal w = MoodleWeights.nearest(percent);
        if (MoodleWeights.changes(percent, w, q.points())) {
            warn.accept(line, "weight " + MoodleWeights.shown(percent.setScale(2, RoundingMode.HALF_UP))
                    + " % is not one Moodle accepts: written as " + MoodleWeights.shown(w) + " %, which changes the score");
        }
        return w;
    }

    /** {@code %N%}: a weight as GIFT writes it, the nearest Moodle accepts. */
    public String weighted(BigDecimal percent, int line) {
        return "%" + MoodleWeights.shown(weight(percent, line)) + "%";
    }

    /** Moodle's weights for the k right options of a multiple answer: 100/k % each (the wrong ones the negation). */
    public static BigDecimal share(int k) {
        return MoodleWeights.share(k);
    }

    /** {@code %N%} for the i-th line's credit, nothing for 100 %. */
    public String credit(Accepted a, int i) {
        Credit c = a.credit();
        return c == null || c.isFull() ? "" : weighted(c.percent(), itemLine(i));
    }

    /** The explanation as Moodle's general feedback, {@code ####...}, the last thing before the closing brace. */
    public void explanation(String indent, String end) {
        if (src.explanation() != null) {
            answers.append(indent).append("####").append(escape(src.explanation())).append(end);
        }
    }

    /** {@code {}} around the answers, one per line, then the explanation: the form of most types. */
    public void block(Iterable<String> lines) {
        block("{", lines);
    }

    /** The same, opened with {@code open} ({@code {#} for numbers). */
    public void block(String open, Iterable<String> lines) {
        answers.append(open).append('\n');
        lines.forEach(l -> answers.append('\t').append(l).append('\n'));
        explanation("\t", "\n");
        answers.append('}');
    }
}
