package org.agora.attempt;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.attempt.AttemptViews.AttemptView;
import org.agora.content.Essay;
import org.agora.content.Ids;
import org.agora.content.QuestionType;
import org.agora.question.QuestionKind;
import org.agora.attempt.AttemptViews.Item;
import org.agora.attempt.AttemptViews.QuestionResult;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.AttemptViews.Result;

/**
 * The quiz page's form: what it shows for each question (with the saved answer filled in), and
 * how a posted form becomes answers. Field names: {@code a.QID} for choices, text and order,
 * {@code m.QID.LEFTID} for matching; {@code move=QID|ITEMID|up} (down, top, bottom) moves an ordering
 * item; on a one-per-page quiz {@code q} is the question shown, and {@code action=previous|next} or
 * {@code go=N} (the navigator) save it and move on.
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

    /**
     * The quiz page. {@code current} is the question shown (1-based) when the quiz shows one per
     * page, else 0; {@code focus} is the id of the element that takes the focus when the page loads
     * after a form post or a jump (null: none); {@code error}: why the posted form was not saved
     * (it is shown again as posted), or null. {@code timeLeft} is null without a deadline.
     */
    record TakePage(AttemptView attempt, List<QuestionForm> questions, boolean saved, int answered, String error,
            int current, String focus, TimeLeft timeLeft) {

        public boolean onePerPage() {
            return current > 0;
        }

        /** The questions on this page: every one, or the current one. */
        public List<QuestionForm> shown() {
            return onePerPage() ? List.of(questions.get(current - 1)) : questions;
        }

        public int previous() {
            return current > 1 ? current - 1 : 0;
        }

        public int next() {
            return onePerPage() && current < questions.size() ? current + 1 : 0;
        }

        /** The answered count as the message bundle takes it, a text (the page's script puts its own in). */
        public String answeredCount() {
            return String.valueOf(answered);
        }

        public boolean focusOn(String id) {
            return id.equals(focus);
        }

        /** The ordering button that was pressed to move this item, back after the page reloaded. */
        public boolean movedHere(String itemId, String direction) {
            return focusOn("mv-" + itemId + "-" + direction);
        }
    }

    record ReviewItem(int number, QuestionView q, QuestionResult result) {
    }

    record ReviewPage(AttemptView attempt, Result result, List<ReviewItem> items, boolean late) {
    }

    static final String FOCUS_SAVED = "saved-status";
    static final String FOCUS_QUESTION = "question-title";
    static final String FOCUS_ERROR = "form-error";
    private static final Set<String> DIRECTIONS = Set.of("up", "down", "top", "bottom");

    /**
     * The page as a GET shows it: {@code q} the question asked for (one per page), {@code moved}
     * the item an ordering move left ({@code ITEMID-up}), whose button keeps the focus.
     */
    static TakePage take(AttemptView view, String q, boolean saved, String moved, Instant now) {
        List<QuestionForm> forms = forms(view);
        int current = view.onePerPage() ? page(q, forms) : 0;
        String focus = moved != null && moved.matches("[a-z0-9]+-(up|down|top|bottom)") ? "mv-" + moved
                : saved ? FOCUS_SAVED : current > 0 && q != null ? FOCUS_QUESTION : null;
        return page(view, forms, saved, null, current, focus, now);
    }

    /** The page again with the answers a refused form carried, so that nothing the learner wrote is lost. */
    static TakePage refused(AttemptView view, Map<String, AnswerBody> posted, String error, int current, Instant now) {
        Map<String, AnswerBody> answers = new LinkedHashMap<>(view.answers());
        posted.forEach((q, a) -> {
            if (a == null) {
                answers.remove(q);
            } else {
                answers.put(q, a);
            }
        });
        AttemptView shown = new AttemptView(view.attempt(), view.quiz(), view.quizTitle(), view.number(), view.deadline(),
                view.submitted(), view.questions(), answers, view.result(), view.layout(), view.preview());
        return page(shown, forms(shown), false, error, current, FOCUS_ERROR, now);
    }

    private static TakePage page(AttemptView view, List<QuestionForm> forms, boolean saved, String error, int current,
            String focus, Instant now) {
        int answered = (int) forms.stream().filter(QuestionForm::answered).count();
        TimeLeft left = view.deadline() == null ? null : TimeLeft.until(view.deadline(), now);
        return new TakePage(view, forms, saved, answered, error, current, focus, left);
    }

    /**
     * The question a one-per-page quiz shows: the one asked for, kept within the quiz; without one
     * (the learner comes back to the attempt) the first unanswered question, so that they go on where they were.
     */
    static int page(String q, List<QuestionForm> forms) {
        if (forms.isEmpty()) {
            return 0;
        }
        if (q == null || q.isBlank()) {
            return forms.stream().filter(f -> !f.answered()).mapToInt(QuestionForm::number).findFirst().orElse(1);
        }
        return page(q, forms.size());
    }

    /**
     * The question a posted form of a one-per-page quiz showed: its {@code q}, or -1 when that is not
     * one of the attempt's questions (then nothing of the form is saved); 0 for a quiz all on one page.
     */
    static int shownIn(AttemptView view, MultivaluedMap<String, String> form) {
        if (!view.onePerPage()) {
            return 0;
        }
        Integer n = number(form.getFirst("q"));
        return n == null || n < 1 || n > view.questions().size() ? -1 : n;
    }

    /** A question number from the address or a form, kept within 1..questions (1 when it is no number). */
    static int page(String q, int questions) {
        Integer n = number(q);
        return n == null ? 1 : Math.max(1, Math.min(questions, n));
    }

    /**
     * Where a posted form leads, after {@code /attempts/ID}: the same page saved (with the moved
     * item's button to focus), or the question that Previous, Next or the navigator asked for.
     */
    static String after(MultivaluedMap<String, String> form, int current, int questions) {
        if (current < 0) {
            return ""; // a form that named no question: back to the attempt, which shows where the learner is
        }
        String onPage = current > 0 ? "&q=" + current : "";
        String move = form.getFirst("move");
        if (move != null) {
            String[] parts = move.split("\\|", 3);
            // The form is the client's: it may name anything, so only valid ids go into the address.
            boolean valid = parts.length == 3 && Ids.isValid(parts[0]) && Ids.isValid(parts[1]) && DIRECTIONS.contains(parts[2]);
            return "?saved=1" + onPage + (valid ? "&moved=" + parts[1] + "-" + parts[2] + "#q-" + parts[0] : "");
        }
        if (current > 0) {
            String action = form.getFirst("action");
            Integer to = "previous".equals(action) ? Integer.valueOf(current - 1) : "next".equals(action) ? Integer.valueOf(current + 1)
                    : number(form.getFirst("go"));
            if (to != null) {
                return "?q=" + Math.max(1, Math.min(questions, to));
            }
        }
        return "?saved=1" + onPage;
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<QuestionForm> forms(AttemptView view) {
        List<QuestionForm> forms = new ArrayList<>();
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
            forms.add(new QuestionForm(i + 1, q,
                    a != null && a.choices() != null ? Set.copyOf(a.choices()) : Set.of(),
                    a != null && a.text() != null ? a.text() : "",
                    items,
                    a != null && a.pairs() != null ? a.pairs() : Map.of(),
                    isAnswered));
        }
        return forms;
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

    /**
     * The answers a posted page form carries, one per question on the page (null = no answer): every
     * question, or only the {@code current} one of a one-per-page quiz, whose form holds no other
     * (none when {@code current} is -1, see {@link #shownIn}).
     */
    static Map<String, AnswerBody> answersFrom(AttemptView view, MultivaluedMap<String, String> form, int current) {
        Map<String, AnswerBody> answers = new LinkedHashMap<>();
        if (current < 0) {
            return answers;
        }
        String move = form.getFirst("move");
        List<QuestionView> onPage = current > 0 ? List.of(view.questions().get(current - 1)) : view.questions();
        for (QuestionView q : onPage) {
            QuestionType type = QuestionType.fromKey(q.type());
            AnswerBody body = type == null ? null
                    : QuestionKind.of(type).fromForm(q, name -> form.getOrDefault(name, List.of()), move);
            answers.put(q.id(), body);
        }
        return answers;
    }
}
