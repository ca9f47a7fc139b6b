package org.agora.interchange.gift.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.agora.content.Accepted;
import org.agora.content.Credit;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;

/**
 * One Agora question as one GIFT question, in the form Moodle's {@code qformat_gift::writequestion}
 * writes: {@code ::id::[markdown]title and stem{answers ####explanation}}. Whatever GIFT cannot
 * hold is reported through {@code warn(line, message)}; null when nothing of the question can go.
 */
final class GiftQuestionExport {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Question q;
    private final QuestionSource src;
    private final BiConsumer<Integer, String> warn;
    private final StringBuilder answers = new StringBuilder();

    GiftQuestionExport(Question q, QuestionSource src, BiConsumer<Integer, String> warn) {
        this.q = q;
        this.src = src;
        this.warn = warn;
    }

    String write() {
        notCarried();
        boolean ok = switch (q.type()) {
            case SINGLE -> choices(true);
            case TRUEFALSE -> trueFalse();
            case MULTIPLE -> choices(false);
            case SHORT -> shortAnswers();
            case NUMERIC -> numbers();
            case MATCH -> matching();
            case ORDER -> ordering();
            case ESSAY -> essay();
        };
        if (!ok) {
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

    /** Single choice ({@code =} and {@code ~}, credits as {@code ~%N%}) or multiple answer (every option {@code ~%N%}). */
    private boolean choices(boolean single) {
        int k = (int) q.options().stream().filter(Option::correct).count();
        boolean credits = q.hasCredits();
        answers.append("{\n");
        for (int i = 0; i < q.options().size(); i++) {
            Option o = q.options().get(i);
            String marker;
            if (single && o.correct()) {
                marker = "=";
            } else if (single && (o.credit() == null || o.credit().percent().signum() == 0)) {
                marker = "~";
            } else {
                BigDecimal percent = credits || single ? o.earns().percent()
                        : o.correct() ? MoodleWeights.share(k) : MoodleWeights.share(k).negate();
                marker = "~%" + MoodleWeights.shown(weight(percent, item(i).line())) + "%";
            }
            answers.append('\t').append(marker).append(option(i)).append('\n');
        }
        explanation("\t", "\n");
        answers.append('}');
        return true;
    }

    /** The nearest weight Moodle accepts, with a warning when it changes what the option earns. */
    private BigDecimal weight(BigDecimal percent, int line) {
        BigDecimal w = MoodleWeights.nearest(percent);
        if (MoodleWeights.changes(percent, w, q.points())) {
            warn.accept(line, "weight " + MoodleWeights.shown(percent.setScale(2, java.math.RoundingMode.HALF_UP))
                    + " % is not one Moodle accepts: written as " + MoodleWeights.shown(w) + " %, which changes the score");
        }
        return w;
    }

    private QuestionSource.Item item(int i) {
        return src.items().get(i);
    }

    /** An option's text and its feedback ({@code #...}). */
    private String option(int i) {
        QuestionSource.Item it = item(i);
        return GiftEscaping.escape(it.text()) + (it.feedback() == null ? "" : "#" + GiftEscaping.escape(it.feedback()));
    }

    /** {@code {T#wrong#right}}: the wrong answer's feedback first, whichever option is right. */
    private boolean trueFalse() {
        if (q.hasCredits()) {
            return choices(true); // a credit on the wrong answer: only a single choice can hold it
        }
        int right = q.options().get(0).correct() ? 0 : 1;
        boolean truth = q.options().get(right).text().strip().equalsIgnoreCase("true");
        String rightFb = item(right).feedback();
        String wrongFb = item(1 - right).feedback();
        answers.append('{').append(truth ? 'T' : 'F');
        if (wrongFb != null || rightFb != null) {
            answers.append('#').append(wrongFb == null ? "" : GiftEscaping.escape(wrongFb));
        }
        if (rightFb != null) {
            answers.append('#').append(GiftEscaping.escape(rightFb));
        }
        explanation("", "");
        answers.append('}');
        return true;
    }

    private boolean shortAnswers() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            String text;
            if (a instanceof Accepted.Regex) {
                text = ShortAnswerWildcard.of(a.display());
                if (text == null) {
                    warn.accept(item(i).line(), "the regex answer " + a.display() + " is not carried: Moodle's short "
                            + "answers know only the * wildcard");
                    continue;
                }
            } else {
                text = a.display().replace("*", "\\*"); // a literal star, not Moodle's wildcard
            }
            lines.add("=" + credit(a, i) + GiftEscaping.escape(text));
        }
        if (lines.isEmpty()) {
            warn.accept(q.line(), "no answer line is left that Moodle can check: the question is left out");
            return false;
        }
        answers.append("{\n");
        lines.forEach(l -> answers.append('\t').append(l).append('\n'));
        explanation("\t", "\n");
        answers.append('}');
        return true;
    }

    /** {@code %N%} for a line's credit, nothing for 100 %. */
    private String credit(Accepted a, int i) {
        Credit c = a.credit();
        return c == null || c.isFull() ? "" : "%" + MoodleWeights.shown(weight(c.percent(), item(i).line())) + "%";
    }

    /**
     * {@code {#1997}}, {@code {#3.14:0.01}}, {@code {#1995..1998}}; several lines as {@code {# =a =%50%b}}.
     * Not escaped: the colon is syntax here, and a number has no other special character.
     */
    private boolean numbers() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            String n;
            if (a instanceof Accepted.Exact e) {
                n = plain(e.value());
            } else if (a instanceof Accepted.Tolerance t) {
                n = plain(t.value()) + ":" + plain(t.tolerance());
            } else if (a instanceof Accepted.Range r) {
                n = plain(r.low()) + ".." + plain(r.high());
            } else {
                throw new IllegalStateException("not a number: " + a);
            }
            lines.add(credit(a, i) + n);
        }
        if (lines.size() == 1 && !lines.get(0).startsWith("%")) {
            answers.append("{#").append(lines.get(0));
            explanation("", "");
        } else {
            answers.append("{#\n");
            lines.forEach(l -> answers.append("\t=").append(l).append('\n'));
            explanation("\t", "\n");
        }
        answers.append('}');
        return true;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** {@code =left -> right}, and {@code = -> right} for a right-hand choice with no partner. */
    private boolean matching() {
        answers.append("{\n");
        boolean[] used = new boolean[q.rights().size()];
        for (int i = 0; i < q.pairs().size(); i++) {
            int r = q.pairs().get(i).rightIndex();
            used[r] = true;
            answers.append("\t=").append(GiftEscaping.escape(left(i))).append(" -> ").append(right(r)).append('\n');
        }
        for (int r = 0; r < used.length; r++) {
            if (!used[r]) {
                answers.append("\t= -> ").append(right(r)).append('\n');
            }
        }
        explanation("\t", "\n");
        answers.append('}');
        return true;
    }

    /** The left-hand Markdown of the i-th pair (distractor lines, {@code -> c}, are not pairs). */
    private String left(int pair) {
        int seen = -1;
        for (QuestionSource.Item it : src.items()) {
            String t = it.text();
            if (!t.startsWith("->") && !t.startsWith("→") && ++seen == pair) {
                return t.split("(?<!\\\\)\\s(?:->|→)(?=\\s|$)", 2)[0].strip();
            }
        }
        return q.pairs().get(pair).leftText();
    }

    /** Moodle's right-hand answers are plain text (no format): the choice as it reads. */
    private String right(int r) {
        return GiftEscaping.escape(MarkdownRenderer.textOfRendered(q.rights().get(r)).strip());
    }

    /** No ordering in GIFT: a matching of each item to its position, 1 to n. */
    private boolean ordering() {
        warn.accept(q.line(), "GIFT has no ordering question: written as a matching of each item to its position (1, 2, ...)");
        answers.append("{\n");
        for (int i = 0; i < q.options().size(); i++) {
            answers.append("\t=").append(GiftEscaping.escape(item(i).text())).append(" -> ")
                    .append(q.options().get(i).position()).append('\n');
        }
        explanation("\t", "\n");
        answers.append('}');
        return true;
    }

    private boolean essay() {
        if (!q.essay().rubric().isEmpty() || q.essay().minWords() != null) {
            warn.accept(q.line(), "the essay's rubric and word limits (words=, > [!RUBRIC]) are not carried: GIFT's "
                    + "essay has neither; give them to the graders in Moodle");
        }
        answers.append('{');
        explanation("", "");
        answers.append('}');
        return true;
    }

    /** The explanation as Moodle's general feedback, {@code ####...}, the last thing before the closing brace. */
    private void explanation(String indent, String end) {
        if (src.explanation() != null) {
            answers.append(indent).append("####").append(GiftEscaping.escape(src.explanation())).append(end);
        }
    }
}
