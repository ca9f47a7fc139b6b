package org.agora.attempt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.agora.attempt.AttemptViews.ReviewRow;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Accepted;
import org.agora.content.Credit;
import org.agora.content.MarkdownRenderer;
import org.agora.content.MatchPair;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.quiz.Response;
import org.agora.quiz.Scorer;

/** Correct answers, the learner's answers and feedback, as HTML for the review. */
public final class Reviews {

    /**
     * What the API's {@code yourAnswer} says of a question left unanswered (its texts stay English);
     * the pages say it in their language instead (see {@code answered()} on the result records).
     */
    public static final String NO_ANSWER = "(no answer)";

    private Reviews() {
    }

    public static String correctAnswer(Question q) {
        return switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> q.options().stream().filter(Option::correct).map(Option::html)
                    .collect(Collectors.joining("; "));
            case SHORT, NUMERIC -> {
                // Learners read the written-out answers that earn full credit (a near miss is no model
                // answer); a regex is shown only when it is all there is.
                List<Accepted> full = q.accepted().stream().filter(a -> a.earns().isFull()).toList();
                List<Accepted> shown = full.stream().filter(a -> !(a instanceof Accepted.Regex)).toList();
                yield (shown.isEmpty() ? full : shown).stream().map(Accepted::display).map(Reviews::escape)
                        .collect(Collectors.joining(" or "));
            }
            case ORDER -> q.options().stream().sorted(Comparator.comparingInt(Option::position))
                    .map(o -> o.position() + ". " + o.html()).collect(Collectors.joining("; "));
            case MATCH -> q.pairs().stream().map(p -> p.leftHtml() + " → " + q.rights().get(p.rightIndex()))
                    .collect(Collectors.joining("; "));
            case ESSAY -> null; // no key: a grader marks it, and the marking notes are its explanation
        };
    }

    public static String yourAnswer(Question q, Slotted slots, AnswerBody body) {
        if (body == null) {
            return NO_ANSWER;
        }
        return switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> body.choices().isEmpty() ? NO_ANSWER
                    : body.choices().stream().map(id -> q.options().get(slots.optionIndex(id)).html())
                            .collect(Collectors.joining("; "));
            case SHORT, NUMERIC -> escape(body.text());
            case ESSAY -> MarkdownRenderer.instance().renderUntrusted(body.text());
            case ORDER -> {
                List<String> items = body.order().stream().map(id -> q.options().get(slots.optionIndex(id)).html()).toList();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < items.size(); i++) {
                    sb.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(items.get(i));
                }
                yield sb.toString();
            }
            case MATCH -> body.pairs().isEmpty() ? NO_ANSWER
                    : body.pairs().entrySet().stream().map(e -> {
                        MatchPair p = q.pairs().get(slots.leftIndex(e.getKey()));
                        return p.leftHtml() + " → " + q.rights().get(slots.rightIndex(e.getValue()));
                    }).collect(Collectors.joining("; "));
        };
    }

    /**
     * A matching question pair by pair (in the order the attempt showed the left items), an ordering
     * place by place; null for other types. Each row is marked as the scorer marks it: a pair is right
     * when its partner is, a place when the item the learner put there belongs there.
     */
    public static List<ReviewRow> rows(Question q, Slotted slots, AnswerBody body) {
        return switch (q.type()) {
            case MATCH -> slots.left().stream().map(left -> {
                MatchPair p = q.pairs().get(left.index());
                String chosen = body == null || body.pairs() == null ? null : body.pairs().get(left.id());
                Integer right = chosen == null ? null : slots.rightIndex(chosen);
                return new ReviewRow(p.leftHtml(), right == null ? null : q.rights().get(right),
                        q.rights().get(p.rightIndex()), right != null && right == p.rightIndex());
            }).toList();
            case ORDER -> {
                List<Option> correct = q.options().stream().sorted(Comparator.comparingInt(Option::position)).toList();
                List<String> order = body == null || body.order() == null ? List.of() : body.order();
                List<ReviewRow> rows = new ArrayList<>();
                for (int place = 1; place <= correct.size(); place++) {
                    Integer index = place <= order.size() ? slots.optionIndex(order.get(place - 1)) : null;
                    Option yours = index == null ? null : q.options().get(index);
                    rows.add(new ReviewRow(String.valueOf(place), yours == null ? null : yours.html(),
                            correct.get(place - 1).html(), yours != null && yours.position() == place));
                }
                yield rows;
            }
            default -> null;
        };
    }

    /**
     * The percent of the points the answer's {@code {credit=N%}} option or line earned, when that is a
     * part (null otherwise). Null too when {@code earned} is not what this version scores: a regrade
     * scored the answer against a newer version, whose credits this one does not know.
     */
    public static BigDecimal credit(Question q, Slotted slots, AnswerBody body, BigDecimal earned) {
        if (body == null || q.type() == QuestionType.ESSAY) {
            return null;
        }
        Response r = Answers.toResponse(q, slots, body);
        Credit c = Scorer.partialCredit(q, r);
        return c == null || earned == null || Scorer.earned(q, r).compareTo(earned) != 0 ? null : c.percent();
    }

    /** The feedback of the options the learner chose, where the author wrote some. */
    public static String feedback(Question q, Slotted slots, AnswerBody body) {
        if (body == null || body.choices() == null) {
            return null;
        }
        String joined = body.choices().stream().map(id -> q.options().get(slots.optionIndex(id)).feedbackHtml())
                .filter(f -> f != null && !f.isBlank()).collect(Collectors.joining());
        return joined.isEmpty() ? null : joined;
    }

    public static String see(Question q) {
        if (q.see() == null) {
            return null;
        }
        String[] parts = q.see().split("#", 2);
        return "/lessons/" + parts[0] + (parts.length > 1 ? "#" + parts[1] : "");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
