package org.agora.interchange.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.agora.content.MarkdownRenderer;
import org.agora.interchange.gift.GiftQuestion.Kind;

/** One GIFT question as the lines of an Agora question (heading to explanation), or null when it is left out. */
final class QuestionWriter {

    private static final String BLANK = "_____";
    /** What a second {@code =} option of a single choice earns: the format allows one 100 % option. */
    private static final BigDecimal SECOND_BEST = new BigDecimal("99.99");

    private final GiftQuestion q;
    private final QuizWriter quiz;
    private final Consumer<String> warnHere;
    private final List<String> block = new ArrayList<>();
    private final List<String> explanation = new ArrayList<>();

    QuestionWriter(GiftQuestion q, QuizWriter quiz) {
        this.q = q;
        this.quiz = quiz;
        this.warnHere = m -> quiz.warn(q.line(), m);
    }

    List<String> lines() {
        if (q.kind() == Kind.DESCRIPTION) {
            quiz.warn(q.line(), "a description (text without an answer block) has no Agora equivalent: left out");
            return null;
        }
        if (!q.tags().isEmpty()) {
            quiz.warn(q.line(), "tags " + String.join(", ", q.tags().stream().map(t -> "[tag:" + t + "]").toList())
                    + " are not carried over: Agora questions have no tags");
        }
        boolean answered = switch (q.kind()) {
            case ESSAY -> true;
            case TRUEFALSE -> trueFalse();
            case MULTICHOICE -> q.single() ? singleChoice() : multipleAnswer();
            case SHORTANSWER -> new AnswerLines(q, quiz, explanation).shortAnswers(block);
            case NUMERICAL -> new AnswerLines(q, quiz, explanation).numbers(block);
            case MATCH -> matching();
            default -> throw new IllegalStateException();
        };
        if (!answered) {
            return null;
        }
        List<String> blocks = MarkdownText.blocks(q.text(), warnHere);
        String title = null;
        int first = 0;
        if (!blocks.isEmpty() && !blocks.get(0).startsWith("```")) {
            title = blocks.get(0).replace("\\\n", " ").replace('\n', ' ');
            first = 1;
        }
        if (title == null || title.isBlank()) {
            title = q.name() != null && !q.name().isBlank() ? MarkdownText.escape(q.name(), true) : "Question " + quiz.number();
        }
        title = blank(title, true);
        String id = quiz.id(q, MarkdownRenderer.instance().plainText(title));
        List<String> lines = new ArrayList<>();
        lines.add("## " + title + " {#" + id + (q.kind() == Kind.ESSAY ? " type=essay" : "") + "}");
        for (String b : blocks.subList(first, blocks.size())) {
            lines.add("");
            lines.add(blank(b, false));
        }
        if (!block.isEmpty()) {
            lines.add("");
            lines.addAll(block);
        }
        if (q.generalFeedback() != null && !q.generalFeedback().isEmpty()) {
            explanation.addAll(0, MarkdownText.blocks(q.generalFeedback(), warnHere));
        }
        if (!explanation.isEmpty()) {
            lines.add("");
            lines.addAll(quoted("> ", explanation));
        }
        return lines;
    }

    /** The missing word's blank; escaped in the rare text where Markdown would read it as emphasis. */
    private static String blank(String markdown, boolean inline) {
        String plain = markdown.replace(String.valueOf(GiftQuestion.BLANK), BLANK);
        if (!markdown.contains(String.valueOf(GiftQuestion.BLANK))
                || (inline && MarkdownRenderer.instance().plainText(plain).contains(BLANK))) {
            return plain;
        }
        return markdown.replace(String.valueOf(GiftQuestion.BLANK), "\\_\\_\\_\\_\\_");
    }

    /** Markdown blocks as a blockquote, each line after {@code prefix} ({@code "> "} or {@code "  > "}). */
    static List<String> quoted(String prefix, List<String> blocks) {
        List<String> lines = new ArrayList<>();
        for (String b : blocks) {
            if (!lines.isEmpty()) {
                lines.add(prefix.stripTrailing());
            }
            for (String l : b.split("\n")) {
                lines.add(prefix + l);
            }
        }
        return lines;
    }

    private void option(String marker, String text, String credit, GiftText feedback) {
        block.add("- " + marker + " " + text + credit);
        if (feedback != null && !feedback.isEmpty()) {
            block.addAll(quoted("  > ", MarkdownText.blocks(feedback, warnHere)));
        }
    }

    private boolean trueFalse() {
        option(q.trueAnswer() ? "(x)" : "( )", "True", "", q.trueAnswer() ? q.rightFeedback() : q.wrongFeedback());
        option(q.trueAnswer() ? "( )" : "(x)", "False", "", q.trueAnswer() ? q.wrongFeedback() : q.rightFeedback());
        return true;
    }

    /** Options with a text; an empty one is left out. At least two, else the question is left out. */
    private List<GiftAnswer> options() {
        List<GiftAnswer> options = new ArrayList<>();
        for (GiftAnswer a : q.answers()) {
            if (a.text().isEmpty()) {
                quiz.warn(a.line(), "an answer without text: left out");
            } else {
                options.add(a);
            }
        }
        if (options.size() < 2) {
            quiz.warn(q.line(), "a choice question needs at least two options with a text: left out");
            return null;
        }
        return options;
    }

    private boolean singleChoice() {
        List<GiftAnswer> options = options();
        if (options == null) {
            return false;
        }
        boolean marked = false;
        for (GiftAnswer a : options) {
            BigDecimal credit = Credits.fit(a.weight(), a.line(), quiz::warn);
            if (credit.signum() < 0) {
                quiz.warn(a.line(), "negative weight " + Credits.shown(credit) + " % on an option of a single-choice "
                        + "question: Agora gives 0 % (negative credit is only for multiple-answer options)");
                credit = BigDecimal.ZERO;
            }
            boolean right = !marked && credit.compareTo(Credits.HUNDRED) == 0;
            if (marked && credit.compareTo(Credits.HUNDRED) == 0) {
                credit = SECOND_BEST;
                quiz.warn(a.line(), "a second fully right option: an Agora single-choice question has one `(x)`, so "
                        + "this one earns " + Credits.shown(SECOND_BEST) + " % (the same points, once rounded, up to 50 points)");
            }
            marked |= right;
            option(right ? "(x)" : "( )", MarkdownText.inline(a.text(), warnHere),
                    right ? "" : Credits.attribute(credit, BigDecimal.ZERO), a.feedback());
        }
        return true;
    }

    /** Moodle's check boxes score the sum of the chosen weights, clamped to 0..100 %: every option carries its credit. */
    private boolean multipleAnswer() {
        List<GiftAnswer> options = options();
        if (options == null) {
            return false;
        }
        List<BigDecimal> credits = quiz.multipleCredits(q, options);
        if (credits.stream().noneMatch(c -> c.signum() > 0)) {
            quiz.warn(q.line(), "no option has a positive weight, so no answer is right: left out");
            return false;
        }
        for (int i = 0; i < options.size(); i++) {
            GiftAnswer a = options.get(i);
            option(credits.get(i).signum() > 0 ? "[x]" : "[ ]", MarkdownText.inline(a.text(), warnHere),
                    " {credit=" + Credits.shown(credits.get(i)) + "%}", a.feedback());
        }
        return true;
    }

    private boolean matching() {
        List<String> lefts = new ArrayList<>();
        for (GiftAnswer a : q.answers()) {
            String right = MarkdownText.escape(a.right(), true);
            if (right.isBlank()) {
                quiz.warn(a.line(), "a matching item without a right-hand text: left out");
                continue;
            }
            if (a.text().isEmpty()) {
                block.add("- -> " + right);
                continue;
            }
            String left = MarkdownText.inline(a.text(), warnHere);
            if (lefts.contains(left)) {
                quiz.warn(a.line(), "the left-hand item `" + GiftParser.abbreviate(a.text().text())
                        + "` is there twice, which Agora refuses: the question is left out");
                return false;
            }
            lefts.add(left);
            block.add("- " + left + " -> " + right);
        }
        if (lefts.size() < 2) {
            quiz.warn(q.line(), "a matching question needs at least two pairs: left out");
            return false;
        }
        return true;
    }
}
