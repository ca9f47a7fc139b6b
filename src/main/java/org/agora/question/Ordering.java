package org.agora.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.AttemptViews.ReviewRow;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.AnswerBlock;
import org.agora.content.AnswerItem;
import org.agora.content.Authoring;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.agora.interchange.qti.QtiItemExport;

/**
 * Ordering: a list of items {@code (1)} to {@code (n)}, each number its right place. The learner
 * puts every item in order (drag and drop, or Top/Up/Down/Bottom buttons that work without
 * JavaScript); the answer earns the share of items in their place ({@code scoring=exact}: all or
 * nothing). Items take feedback but no credit.
 */
public final class Ordering implements QuestionKind {

    static final Ordering KIND = new Ordering();

    private Ordering() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDER;
    }

    @Override
    public String described() {
        return "ordering";
    }

    @Override
    public boolean takesScoring() {
        return true;
    }

    /** Reads a {@code (1)}, {@code (2)}... list: positions 1 to n, each once. */
    public static AnswerBlock fromList(List<AnswerItem> items, int listLine, Authoring a) {
        int n = items.size();
        if (n < 2) {
            a.error(listLine, "an ordering question needs at least two items");
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (AnswerItem it : items) {
            if (it.text().isBlank()) {
                a.error(it.line(), "an option needs a text after its marker");
            }
            if (it.rawCredit() != null) {
                a.error(it.line(), "a credit on an ordering item is not supported: it is scored by position "
                        + "(scoring=partial or scoring=exact); remove `{credit=" + it.rawCredit() + "}`");
            }
            if (it.position() < 1 || it.position() > n) {
                a.error(it.line(), "position (" + it.position() + ") is out of range: with " + n
                        + " items, positions go from 1 to " + n);
            } else {
                Integer firstLine = seen.putIfAbsent(it.position(), it.line());
                if (firstLine != null) {
                    a.error(it.line(), "position (" + it.position() + ") is repeated (first on line " + firstLine
                            + "); positions 1 to " + n + " must each appear once");
                }
            }
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int p = 1; p <= n; p++) {
            if (!seen.containsKey(p)) {
                missing.add(p);
            }
        }
        for (int p : missing) {
            a.error(listLine, "position (" + p + ") is missing; positions 1 to " + n + " must each appear once");
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AnswerItem it = items.get(i);
            options.add(new Option(i, a.md().renderInline(it.text()), a.md().plainTextInline(it.text()), false,
                    it.position(), it.feedbackHtml(), null));
        }
        return AnswerBlock.ofOptions(QuestionType.ORDER, options);
    }

    @Override
    public AnswerBody fromForm(QuestionView q, Function<String, List<String>> field, String move) {
        List<String> values = field.apply("a." + q.id());
        return values.isEmpty() ? null : AnswerBody.ofOrder(moved(values, q.id(), move));
    }

    /** Applies {@code QID|ITEMID|up} (or down, top, bottom) to the order the form carried. */
    public static List<String> moved(List<String> order, String questionId, String move) {
        if (move == null) {
            return order;
        }
        String[] parts = move.split("\\|");
        if (parts.length != 3 || !parts[0].equals(questionId)) {
            return order;
        }
        List<String> list = new ArrayList<>(order);
        int i = list.indexOf(parts[1]);
        int j = switch (parts[2]) {
            case "up" -> i - 1;
            case "down" -> i + 1;
            case "top" -> 0;
            case "bottom" -> list.size() - 1;
            default -> -1;
        };
        if (i >= 0 && j >= 0 && j < list.size()) {
            list.add(j, list.remove(i));
        }
        return list;
    }

    @Override
    public AnswerBody check(Question q, Slotted slots, AnswerBody body) {
        if (body.order() == null) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_order_shape("{\"order\": [every item id, in order]}"));
        }
        Set<String> unique = new HashSet<>(body.order());
        if (unique.size() != slots.options().size() || body.order().size() != unique.size()
                || unique.stream().anyMatch(id -> slots.optionIndex(id) == null)) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_order_all());
        }
        return body;
    }

    @Override
    public Response response(Question q, Slotted slots, AnswerBody body) {
        return new Response.Order(body.order().stream().map(slots::optionIndex).toList());
    }

    /** The learner's order must be a permutation of every item; position i holds the item whose position is i. */
    @Override
    public Fraction fraction(Question q, Response r) {
        List<Option> items = q.options();
        int n = items.size();
        if (!(r instanceof Response.Order o)) {
            return Fraction.ZERO;
        }
        List<Integer> learner = o.optionIndexesInLearnerOrder();
        if (n == 0 || learner.size() != n || new HashSet<>(learner).size() != n
                || !learner.stream().allMatch(i -> i != null && i >= 0 && i < n)) {
            return Fraction.ZERO;
        }
        long inPlace = 0;
        for (int i = 0; i < n; i++) {
            if (items.get(learner.get(i)).position() == i + 1) {
                inPlace++;
            }
        }
        return q.exact() ? Fraction.whole(inPlace == n) : new Fraction(inPlace, n);
    }

    private static List<Option> inOrder(Question q) {
        return q.options().stream().sorted(Comparator.comparingInt(Option::position)).toList();
    }

    @Override
    public String correctAnswer(Question q) {
        return inOrder(q).stream().map(o -> o.position() + ". " + o.html()).collect(Collectors.joining("; "));
    }

    @Override
    public String yourAnswer(Question q, Slotted slots, AnswerBody body) {
        List<String> items = body.order().stream().map(id -> q.options().get(slots.optionIndex(id)).html()).toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(items.get(i));
        }
        return sb.toString();
    }

    /** Place by place: right when the item the learner put there belongs there. */
    @Override
    public List<ReviewRow> rows(Question q, Slotted slots, AnswerBody body) {
        List<Option> correct = inOrder(q);
        List<String> order = body == null || body.order() == null ? List.of() : body.order();
        List<ReviewRow> rows = new ArrayList<>();
        for (int place = 1; place <= correct.size(); place++) {
            Integer index = place <= order.size() ? slots.optionIndex(order.get(place - 1)) : null;
            Option yours = index == null ? null : q.options().get(index);
            rows.add(new ReviewRow(String.valueOf(place), yours == null ? null : yours.html(),
                    correct.get(place - 1).html(), yours != null && yours.position() == place));
        }
        return rows;
    }

    @Override
    public String keyInWords(Question q) {
        return inOrder(q).stream().map(Option::text).collect(Collectors.joining(", "));
    }

    /** No ordering in GIFT: a matching of each item to its position, 1 to n. */
    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        out.warn(q.line(), "GIFT has no ordering question: written as a matching of each item to its position (1, 2, ...)");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            lines.add("=" + GiftQuestionExport.escape(out.itemText(i)) + " -> " + q.options().get(i).position());
        }
        out.block(lines);
        return true;
    }

    /**
     * Canvas Classic Quizzes have no ordering question: a {@code matching_question} of each item to
     * its position (1, 2, ...), which Canvas scores as Agora's partial rule (the share of items in
     * place).
     */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        out.warn(q.line(), "Canvas has no ordering question: written as a matching of each item to its position"
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
        out.pairs(lefts, positions, rights);
        return true;
    }
}
