package org.agora.interchange.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agora.content.Numbers;

/**
 * Short-answer and numerical answers as {@code = } lines. Moodle gives the credit of the first
 * answer that matches; Agora the best: where an earlier, lower answer catches a later one, a
 * warning says so. Lines that earn nothing are left out (a learner who gives them earns 0 either
 * way); per-answer feedback, which Agora's answer lines do not have, goes to the explanation.
 */
final class AnswerLines {

    /** An unescaped {@code *}: Moodle's wildcard in a short answer ({@code \*} is a literal star). */
    private static final Pattern WILDCARD = Pattern.compile("(?<!\\\\)\\*+");
    private static final Pattern AGORA_REGEX = Pattern.compile("^/(.*)/([A-Za-z]*)$");
    private static final String REGEX_SPECIALS = "\\.+*?()|[]{}^$/";

    private final GiftQuestion q;
    private final QuizWriter quiz;
    private final List<String> explanation;

    AnswerLines(GiftQuestion q, QuizWriter quiz, List<String> explanation) {
        this.q = q;
        this.quiz = quiz;
        this.explanation = explanation;
    }

    boolean shortAnswers(List<String> block) {
        List<String> lines = new ArrayList<>();
        List<BigDecimal> credits = new ArrayList<>();
        for (int i = 0; i < q.answers().size(); i++) {
            GiftAnswer a = q.answers().get(i);
            String text = a.text().text();
            if (text.isBlank()) {
                quiz.warn(a.line(), "an answer without text: left out");
                continue;
            }
            shadowed(i, a, (earlier) -> !isWildcard(text) && accepts(earlier.text().text(), text));
            BigDecimal credit = Credits.fit(a.weight(), a.line(), quiz::warn);
            note(a);
            if (credit.signum() <= 0) {
                continue;
            }
            credits.add(credit);
            lines.add(answerLine(text, lines.isEmpty()));
        }
        return finish(block, lines, credits, "short-answer");
    }

    boolean numbers(List<String> block) {
        List<String> lines = new ArrayList<>();
        List<BigDecimal> credits = new ArrayList<>();
        for (int i = 0; i < q.answers().size(); i++) {
            GiftAnswer a = q.answers().get(i);
            GiftAnswer.Number n = a.number();
            shadowed(i, a, earlier -> overlap(earlier.number(), n));
            BigDecimal credit = Credits.fit(a.weight(), a.line(), quiz::warn);
            note(a);
            if (credit.signum() <= 0) {
                continue;
            }
            if (n.any()) {
                quiz.warn(a.line(), "Moodle's `*` accepts any number (for " + Credits.shown(credit) + " %); Agora's "
                        + "numeric lines have no catch-all: left out");
                continue;
            }
            credits.add(credit);
            lines.add("= " + (n.low() != null ? plain(n.low()) + ".." + plain(n.high())
                    : n.tolerance().signum() > 0 ? plain(n.value()) + " +- " + plain(n.tolerance()) : plain(n.value())));
        }
        if (q.wrongFeedback() != null && !q.wrongFeedback().isEmpty()) {
            quiz.warn(q.line(), "the feedback for any other answer (`~#...`) has no place of its own in Agora: "
                    + "moved into the explanation, which every learner sees after submitting");
            explanation.add("**Any other answer:** " + MarkdownText.inline(q.wrongFeedback(), m -> quiz.warn(q.line(), m)));
        }
        return finish(block, lines, credits, "numerical");
    }

    private boolean finish(List<String> block, List<String> lines, List<BigDecimal> credits, String kind) {
        if (lines.isEmpty()) {
            quiz.warn(q.line(), "the " + kind + " question has no answer that earns credit: left out");
            return false;
        }
        BigDecimal best = credits.stream().max(BigDecimal::compareTo).orElseThrow();
        if (best.compareTo(Credits.HUNDRED) < 0) {
            quiz.warn(q.line(), "no answer earns 100 % (the best earns " + Credits.shown(best) + " %), and Agora needs one "
                    + "that does: the best is raised to 100 %");
        }
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal c = credits.get(i).compareTo(best) == 0 ? Credits.HUNDRED : credits.get(i);
            block.add(lines.get(i) + Credits.attribute(c, Credits.HUNDRED));
        }
        return true;
    }

    /** Per-answer feedback, which Agora's {@code = } lines cannot hold: into the explanation. */
    private void note(GiftAnswer a) {
        if (a.feedback() == null || a.feedback().isEmpty()) {
            return;
        }
        quiz.warn(a.line(), "feedback on the answer `" + GiftParser.abbreviate(a.text().text()) + "` has no place "
                + "of its own in Agora: moved into the explanation, which every learner sees after submitting");
        String text = a.text().text().matches("\\*+") ? "Any other answer" : MarkdownText.escape(a.text().text(), true);
        explanation.add("**" + text + ":** "
                + MarkdownText.inline(a.feedback(), m -> quiz.warn(a.line(), m)));
    }

    private void shadowed(int i, GiftAnswer a, java.util.function.Predicate<GiftAnswer> catches) {
        for (int j = 0; j < i; j++) {
            GiftAnswer earlier = q.answers().get(j);
            if (earlier.weight().compareTo(a.weight()) < 0 && catches.test(earlier)) {
                quiz.warn(a.line(), "Moodle gives the credit of the first answer that matches: the answer on line "
                        + earlier.line() + " (" + Credits.shown(earlier.weight()) + " %) catches this one first there, "
                        + "while Agora gives the best credit (" + Credits.shown(a.weight().min(Credits.HUNDRED)) + " %)");
                return;
            }
        }
    }

    /**
     * An {@code = } line. A {@code *} wildcard becomes a whole-answer regex (case-insensitive, as
     * Moodle's GIFT import leaves short answers); so does a literal that Agora would read as a
     * regex, or, on the first line, as a number (which would make the question numeric).
     */
    private static String answerLine(String text, boolean first) {
        if (isWildcard(text)) {
            List<String> bits = new ArrayList<>();
            for (String bit : WILDCARD.split(text, -1)) {
                bits.add(quote(bit.replace("\\*", "*")));
            }
            return "= /" + String.join(".*", bits) + "/i";
        }
        String literal = text.replace("\\*", "*");
        if (AGORA_REGEX.matcher(literal).matches() || (first && numberLike(literal)) || literal.contains("{")) {
            return "= /" + quote(literal) + "/i";
        }
        return "= " + literal.replace('\n', ' ');
    }

    private static boolean numberLike(String s) {
        try {
            return Numbers.parseAccepted(s) != null;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static boolean isWildcard(String text) {
        return WILDCARD.matcher(text).find();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (REGEX_SPECIALS.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' ? ' ' : c);
        }
        return sb.toString();
    }

    /** Whether Moodle's short answer {@code pattern} (a literal, or with {@code *} wildcards) accepts {@code answer}. */
    private static boolean accepts(String pattern, String answer) {
        List<String> bits = new ArrayList<>();
        for (String bit : WILDCARD.split(pattern, -1)) {
            bits.add(Pattern.quote(bit.replace("\\*", "*")));
        }
        return Pattern.compile(String.join(".*", bits), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(answer.strip()).matches();
    }

    private static boolean overlap(GiftAnswer.Number a, GiftAnswer.Number b) {
        if (a.any() || b.any()) {
            return true;
        }
        return low(a).compareTo(high(b)) <= 0 && low(b).compareTo(high(a)) <= 0;
    }

    private static BigDecimal low(GiftAnswer.Number n) {
        return n.low() != null ? n.low() : n.value().subtract(n.tolerance());
    }

    private static BigDecimal high(GiftAnswer.Number n) {
        return n.high() != null ? n.high() : n.value().add(n.tolerance());
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
