package org.agora.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.content.AcceptedLine;
import org.agora.content.Accepted;
import org.agora.content.AnswerBlock;
import org.agora.content.AnswerRegex;
import org.agora.content.Authoring;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.ShortAnswers;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.interchange.gift.export.ShortAnswerWildcard;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.agora.interchange.qti.QtiItemExport;

/**
 * Short answer: {@code = text} lines (compared after normalising space, quotes and case; with
 * {@code case=sensitive}, case counts) and {@code = /regex/} lines. A typed answer earns the credit
 * of the best line it matches.
 */
public final class ShortAnswer extends TypedAnswer {

    static final ShortAnswer KIND = new ShortAnswer();

    private static final Pattern REGEX_LINE = Pattern.compile("^/(.*)/([A-Za-z]*)$");

    private ShortAnswer() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT;
    }

    @Override
    public String described() {
        return "short-answer";
    }

    @Override
    public boolean takesCase() {
        return true;
    }

    /** Reads the {@code =} lines; the same answer written twice counts once, with the better credit. */
    public static AnswerBlock fromLines(List<AcceptedLine> lines, Authoring a) {
        List<Accepted> accepted = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(); // a normalised text, at its index in accepted
        for (AcceptedLine line : lines) {
            Matcher m = REGEX_LINE.matcher(line.text());
            if (m.matches() && line.text().length() >= 2) {
                Accepted regex = regex(line, m, a);
                if (regex != null) {
                    accepted.add(regex);
                }
                continue;
            }
            String normalized = ShortAnswers.normalize(line.text());
            Accepted text = new Accepted.Text(line.text(), normalized, line.credit());
            Integer at = seen.putIfAbsent(normalized, accepted.size());
            if (at == null) {
                accepted.add(text);
            } else if (text.earns().basisPoints() > accepted.get(at).earns().basisPoints()) {
                accepted.set(at, text); // the best line counts, as in scoring
            }
        }
        return AnswerBlock.ofAccepted(QuestionType.SHORT, accepted);
    }

    private static Accepted regex(AcceptedLine line, Matcher m, Authoring a) {
        String flags = m.group(2);
        if (!flags.isEmpty() && !flags.equals("i")) {
            a.error(line.line(), "unknown regex flag `" + flags + "` in `= " + line.text() + "`: only `i` "
                    + "(ignore case) is supported");
            return null;
        }
        if (m.group(1).isEmpty()) {
            a.error(line.line(), "empty regex `//`");
            return null;
        }
        try {
            String source = ShortAnswers.straightenQuotes(Normalizer.normalize(m.group(1), Normalizer.Form.NFKC));
            return new Accepted.Regex(line.text(), AnswerRegex.compile(line.text(), source, flags.equals("i")),
                    line.credit());
        } catch (IllegalArgumentException e) {
            a.error(line.line(), e.getMessage());
            return null;
        }
    }

    @Override
    public Fraction fraction(Question q, Response r) {
        if (!(r instanceof Response.Text t)) {
            return Fraction.ZERO;
        }
        return Fraction.of(best(q.accepted().stream().filter(a -> ShortAnswers.matches(a, t.text(), q.caseSensitive()))
                .toList()));
    }

    /** {@code =text}, {@code =%N%text}; a regex only where it is a {@code *} wildcard, as Moodle knows no other. */
    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            String text;
            if (a instanceof Accepted.Regex) {
                text = ShortAnswerWildcard.of(a.display());
                if (text == null) {
                    out.warn(out.itemLine(i), "the regex answer " + a.display() + " is not carried: Moodle's short "
                            + "answers know only the * wildcard");
                    continue;
                }
            } else {
                text = a.display().replace("*", "\\*"); // a literal star, not Moodle's wildcard
            }
            lines.add("=" + out.credit(a, i) + GiftQuestionExport.escape(text));
        }
        if (lines.isEmpty()) {
            out.warn(q.line(), "no answer line is left that Moodle can check: the question is left out");
            return false;
        }
        out.block(lines);
        return true;
    }

    /**
     * {@code short_answer_question}: every literal line Canvas can check, as one condition. Canvas
     * compares the answer with each line without regard to case, trimmed; a regex line and a line
     * of less than full credit have no place (every Canvas answer is full marks).
     */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        if (q.caseSensitive()) {
            out.warn(q.line(), "case=sensitive is not carried: Canvas compares short answers without regard to case");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            if (a instanceof Accepted.Regex) {
                out.warn(out.itemLine(i), "the regex answer " + a.display() + " is not carried: Canvas's short answers "
                        + "are exact texts (left out)");
            } else if (!a.earns().isFull()) {
                out.warn(out.itemLine(i), "credit " + a.credit() + " is not carried: every Canvas short answer earns "
                        + "full marks (left out)");
            } else {
                texts.add(a.display());
            }
        }
        if (texts.isEmpty()) {
            out.warn(q.line(), "no answer line is left that Canvas can check: the question is left out");
            return false;
        }
        out.blankItem("short_answer_question", null, texts.size(), x -> QtiItemExport.fullScore(x,
                c -> texts.forEach(t -> c.text("varequal", t, "respident", QtiItemExport.RESPONSE))));
        return true;
    }
}
