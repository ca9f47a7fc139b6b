package org.agora.interchange.gift.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.agora.content.Accepted;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;

/**
 * A question's model as a comparable line per fact (type, points, options, keys, credits, answers,
 * pairs, feedback, explanation), so that a round trip is compared on meaning, not on text. Credits
 * are what an option earns, to the hundredth: a version 1 multiple answer earns plus or minus 100/k
 * on each option, which is what its export writes as weights.
 */
final class QuizModel {

    private QuizModel() {
    }

    /**
     * Every question's facts; {@code skip} names what a warning said is not carried, as
     * {@code ID:points}, {@code ID:credits}, {@code ID:accepted} or {@code ID:all}.
     */
    static List<String> of(Quiz quiz, Set<String> skip) {
        List<String> facts = new ArrayList<>();
        for (Question q : quiz.questions()) {
            facts.addAll(of(q, skip));
        }
        return facts;
    }

    static List<String> of(Question q, Set<String> skip) {
        List<String> f = new ArrayList<>();
        if (skip.contains(q.id() + ":all")) {
            return f;
        }
        String at = q.id() + ": ";
        f.add(at + "type " + q.type() + " title " + q.titleHtml());
        f.add(at + "stem " + text(q.stemHtml()));
        if (!skip.contains(q.id() + ":points")) {
            f.add(at + "points " + q.points().stripTrailingZeros().toPlainString());
        }
        long k = q.options().stream().filter(Option::correct).count();
        Set<String> options = new TreeSet<>(); // true/false comes back True first, whatever the order was
        for (Option o : q.options()) {
            BigDecimal earns = q.type() == QuestionType.MULTIPLE && !q.hasCredits()
                    ? BigDecimal.valueOf(o.correct() ? 100 : -100).divide(BigDecimal.valueOf(k), 2, RoundingMode.HALF_UP)
                    : o.earns().percent();
            options.add(at + "option " + o.html() + (o.correct() ? " [x]" : " [ ]")
                    + (skip.contains(q.id() + ":credits") ? "" : " " + hundredths(earns))
                    + (q.type() == QuestionType.ORDER ? " at " + o.position() : "") + " feedback " + text(o.feedbackHtml()));
        }
        f.addAll(options);
        for (Accepted a : skip.contains(q.id() + ":accepted") ? List.<Accepted>of() : q.accepted()) {
            f.add(at + "accepts " + accepted(a) + " " + hundredths(a.earns().percent()));
        }
        q.pairs().forEach(p -> f.add(at + "pair " + p.leftHtml() + " -> " + text(q.rights().get(p.rightIndex()))));
        f.add(at + "choices " + q.rights().stream().map(QuizModel::text).sorted().toList());
        f.add(at + "explanation " + text(q.explanationHtml()));
        return f;
    }

    private static String accepted(Accepted a) {
        if (a instanceof Accepted.Text t) {
            return "text " + t.normalized();
        }
        if (a instanceof Accepted.Regex r) {
            return "regex " + r.pattern().pattern() + " " + r.pattern().flags();
        }
        if (a instanceof Accepted.Exact e) {
            return "number " + e.value().stripTrailingZeros().toPlainString();
        }
        if (a instanceof Accepted.Tolerance t) {
            return "number " + t.value().stripTrailingZeros().toPlainString() + " +- " + t.tolerance().stripTrailingZeros().toPlainString();
        }
        Accepted.Range r = (Accepted.Range) a;
        return "range " + r.low().stripTrailingZeros().toPlainString() + ".." + r.high().stripTrailingZeros().toPlainString();
    }

    /**
     * A credit to the hundredth, and rounded once more to the tenth of a percent: Moodle's 33.33333
     * comes back as 33.33 or 33.34 (the importer makes them add up to 100), which is the same score.
     */
    private static String hundredths(BigDecimal p) {
        return p.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** Rendered HTML as the text it shows, white space collapsed: paragraphs and quotes may be regrouped. */
    static String text(String html) {
        return html == null ? "" : MarkdownRenderer.textOfRendered(html).replaceAll("\\s+", " ").strip();
    }
}
