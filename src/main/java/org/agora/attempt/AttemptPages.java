package org.agora.attempt;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.attempt.AttemptViews.AttemptView;
import org.agora.content.Essay;
import org.agora.attempt.AttemptViews.Item;
import org.agora.attempt.AttemptViews.QuestionResult;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.AttemptViews.Result;

/**
 * The quiz page's form: what it shows for each question (with the saved answer filled in), and
 * how a posted form becomes answers. Field names: {@code a.QID} for choices, text and order,
 * {@code m.QID.LEFTID} for matching; {@code move=QID|ITEMID|up} moves an ordering item.
 */
final class AttemptPages {

    private AttemptPages() {
    }

    /** One question on the page. {@code items} are the ordering items in the learner's current order. */
    record QuestionForm(int number, QuestionView q, Set<String> chosen, String text, List<Item> items,
            Map<String, String> pairs, boolean answered) {

        /** The words of a text answer, counted as the server counts them (an essay's range is in words). */
        public int words() {
            return Essay.words(text);
        }

        public boolean isChosen(String optionId) {
            return chosen.contains(optionId);
        }

        public boolean isPaired(String leftId, String rightId) {
            return rightId.equals(pairs.get(leftId));
        }

        public boolean first(Item item) {
            return !items.isEmpty() && items.get(0).equals(item);
        }

        public boolean last(Item item) {
            return !items.isEmpty() && items.get(items.size() - 1).equals(item);
        }
    }

    /** {@code error}: why the posted form was not saved (it is shown again as posted), or null. */
    record TakePage(AttemptView attempt, List<QuestionForm> questions, boolean saved, int answered, String error) {
    }

    record ReviewItem(int number, QuestionView q, QuestionResult result) {
    }

    record ReviewPage(AttemptView attempt, Result result, List<ReviewItem> items, boolean late) {
    }

    static TakePage take(AttemptView view, boolean saved) {
        return take(view, saved, null);
    }

    /** The page again with the answers a refused form carried, so that nothing the learner wrote is lost. */
    static TakePage refused(AttemptView view, Map<String, AnswerBody> posted, String error) {
        Map<String, AnswerBody> answers = new LinkedHashMap<>(view.answers());
        posted.forEach((q, a) -> {
            if (a == null) {
                answers.remove(q);
            } else {
                answers.put(q, a);
            }
        });
        return take(new AttemptView(view.attempt(), view.quiz(), view.quizTitle(), view.number(), view.deadline(),
                view.submitted(), view.questions(), answers, view.result()), false, error);
    }

    private static TakePage take(AttemptView view, boolean saved, String error) {
        List<QuestionForm> forms = new ArrayList<>();
        int answered = 0;
        for (int i = 0; i < view.questions().size(); i++) {
            QuestionView q = view.questions().get(i);
            AnswerBody a = view.answers().get(q.id());
            List<Item> items = q.options() == null ? List.of() : q.options();
            if ("order".equals(q.type()) && a != null && a.order() != null) {
                Map<String, Item> byId = new HashMap<>();
                items.forEach(it -> byId.put(it.id(), it));
                items = a.order().stream().map(byId::get).toList();
            }
            boolean isAnswered = a != null && ((a.choices() != null && !a.choices().isEmpty())
                    || (a.text() != null && !a.text().isBlank()) || a.order() != null
                    || (a.pairs() != null && !a.pairs().isEmpty()));
            if (isAnswered) {
                answered++;
            }
            forms.add(new QuestionForm(i + 1, q,
                    a != null && a.choices() != null ? Set.copyOf(a.choices()) : Set.of(),
                    a != null && a.text() != null ? a.text() : "",
                    items,
                    a != null && a.pairs() != null ? a.pairs() : Map.of(),
                    isAnswered));
        }
        return new TakePage(view, forms, saved, answered, error);
    }

    static ReviewPage review(AttemptView view, boolean late) {
        Map<String, QuestionView> byId = new HashMap<>();
        view.questions().forEach(q -> byId.put(q.id(), q));
        List<ReviewItem> items = new ArrayList<>();
        int n = 1;
        for (QuestionResult r : view.result().questions()) {
            items.add(new ReviewItem(n++, byId.get(r.id()), r));
        }
        return new ReviewPage(view, view.result(), items, late);
    }

    /** The answers a posted page form carries, one per question of the attempt (null = no answer). */
    static Map<String, AnswerBody> answersFrom(AttemptView view, MultivaluedMap<String, String> form) {
        Map<String, AnswerBody> answers = new LinkedHashMap<>();
        String move = form.getFirst("move");
        for (QuestionView q : view.questions()) {
            List<String> values = form.getOrDefault("a." + q.id(), List.of());
            AnswerBody body = switch (q.type()) {
                case "single", "truefalse", "multiple" -> values.isEmpty() ? null : AnswerBody.ofChoices(values);
                case "short", "numeric", "essay" -> values.isEmpty() || values.get(0).isBlank() ? null
                        : AnswerBody.ofText(values.get(0));
                case "order" -> values.isEmpty() ? null : AnswerBody.ofOrder(moved(values, q.id(), move));
                case "match" -> {
                    Map<String, String> pairs = new LinkedHashMap<>();
                    for (Item left : q.left()) {
                        String right = form.getFirst("m." + q.id() + "." + left.id());
                        if (right != null && !right.isBlank()) {
                            pairs.put(left.id(), right);
                        }
                    }
                    yield pairs.isEmpty() ? null : AnswerBody.ofPairs(pairs);
                }
                default -> null;
            };
            answers.put(q.id(), body);
        }
        return answers;
    }

    /** Applies {@code QID|ITEMID|up} (or down) to the order the form carried. */
    static List<String> moved(List<String> order, String questionId, String move) {
        if (move == null) {
            return order;
        }
        String[] parts = move.split("\\|");
        if (parts.length != 3 || !parts[0].equals(questionId)) {
            return order;
        }
        List<String> list = new ArrayList<>(order);
        int i = list.indexOf(parts[1]);
        int j = "up".equals(parts[2]) ? i - 1 : i + 1;
        if (i >= 0 && j >= 0 && j < list.size()) {
            list.set(i, list.get(j));
            list.set(j, parts[1]);
        }
        return list;
    }
}
