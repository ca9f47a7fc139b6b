package org.agora.regrade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.Layout;
import org.agora.attempt.Layout.Slot;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.quiz.Response;
import org.agora.quiz.Scorer;

/**
 * Scores one submitted attempt again against the current version of its quiz, question by
 * question, without touching anything: the caller decides whether to write the result.
 *
 * <p>A question is rescored when it still exists with the same id and type and the learner's saved
 * answer still fits it: every option, item or choice the attempt showed still exists (matched by its
 * text), and for ordering and matching questions the items to order or match are still the same
 * ones. The answer's options are then translated to the current version's indexes by their text and
 * scored by {@link Scorer}, as a submission would be. Otherwise the question keeps its score, with
 * the reason. Essay questions always keep their grades (and an item awaiting its grade stays so).
 */
public final class Regrader {

    /** What happened to one question: see {@link Outcome}. */
    public enum Change {
        RESCORED("rescored"),
        KEPT("kept"),
        FULL_CREDIT("full-credit"),
        UNCHANGED("unchanged");

        public final String key;

        Change(String key) {
            this.key = key;
        }
    }

    /** One question of the attempt as stored: the saved answer (null when unanswered) and what it earned of its points. */
    public record Item(String questionId, AnswerBody answer, BigDecimal earned, BigDecimal points, boolean pending) {
    }

    /**
     * One question's outcome. {@code rescored} and {@code full-credit} change its earned points or its
     * points; {@code unchanged} means it earns what it earned (rescored to the same, or not chosen);
     * {@code kept} means it could not be, or in {@code raise-only} should not be, rescored: {@code reason} says why.
     */
    public record Outcome(String questionId, Change change, BigDecimal oldEarned, BigDecimal newEarned, BigDecimal oldPoints,
            BigDecimal newPoints, Phrase reason) {

        public boolean changed() {
            return !same(oldEarned, newEarned) || !same(oldPoints, newPoints);
        }
    }

    /** An attempt's score, maximum, percent and passed (null while essays await grading). */
    public record Totals(BigDecimal score, BigDecimal maxScore, BigDecimal percent, Boolean passed) {
    }

    /** The attempt's outcome: its questions in order, its totals before and after. */
    public record Regrade(List<Outcome> questions, Totals before, Totals after) {

        public boolean changed() {
            return questions.stream().anyMatch(Outcome::changed);
        }
    }

    static final Phrase NOT_CHOSEN = Phrase.of("reason_not_chosen");
    static final Phrase ESSAY = Phrase.of("reason_essay");
    static final Phrase REMOVED = Phrase.of("reason_removed");
    static final Phrase NOT_SCORED = Phrase.of("reason_not_scored");
    static final Phrase NOT_IN_VERSION = Phrase.of("reason_not_in_version");
    static final Phrase ORDER_CHANGED = Phrase.of("reason_order_changed");
    static final Phrase MATCH_CHANGED = Phrase.of("reason_match_changed");
    /** What a list of the question holds, for the reasons that name one of its entries. */
    static final Phrase OPTION = Phrase.of("item_option");
    static final Phrase ITEM = Phrase.of("item_item");
    static final Phrase LEFT = Phrase.of("item_left");
    static final Phrase CHOICE = Phrase.of("item_choice");

    private Regrader() {
    }

    /**
     * The attempt, regraded. {@code version} is the quiz version the attempt started on, {@code current}
     * the one whose keys and points apply; {@code chosen} limits the regrade to these question ids
     * (null: every question). {@code awaitingGrading} keeps {@code passed} null. When nothing changes
     * the totals stay exactly as they were.
     */
    public static Regrade regrade(Quiz version, Quiz current, Layout layout, List<Item> items, Totals before,
            boolean awaitingGrading, RegradeMode mode, Set<String> chosen) {
        List<Outcome> outcomes = new ArrayList<>();
        BigDecimal score = before.score();
        BigDecimal max = before.maxScore();
        for (Item item : items) {
            boolean picked = chosen == null || chosen.contains(item.questionId());
            Outcome o = picked ? question(version.question(item.questionId()), current.question(item.questionId()),
                    layout.question(item.questionId()), item, mode) : unchanged(item, NOT_CHOSEN);
            outcomes.add(o);
            if (o.changed()) {
                score = score.add(o.newEarned().subtract(o.oldEarned()));
                max = max.add(o.newPoints().subtract(o.oldPoints()));
            }
        }
        boolean changed = outcomes.stream().anyMatch(Outcome::changed);
        Totals after = !changed ? before
                : new Totals(score, max, Scorer.percent(score, max),
                        awaitingGrading ? null : Boolean.valueOf(Scorer.passed(score, max, current.pass())));
        return new Regrade(outcomes, before, after);
    }

    /** One question: {@code old} as the attempt showed it, {@code now} as the current version has it (null: removed). */
    static Outcome question(Question old, Question now, Slotted slots, Item item, RegradeMode mode) {
        if (item.pending() || isEssay(old)) {
            return kept(item, ESSAY);
        }
        if (now == null) {
            return kept(item, REMOVED);
        }
        if (old == null || slots == null) {
            return kept(item, NOT_IN_VERSION);
        }
        if (item.earned() == null || item.points() == null) {
            return kept(item, NOT_SCORED);
        }
        if (old.type() != now.type()) {
            return kept(item, Phrase.of("reason_type_changed", old.type().key, now.type().key));
        }
        if (mode == RegradeMode.FULL_CREDIT) {
            return scored(item, now.points(), now.points(), Change.FULL_CREDIT);
        }
        Fit fit = fit(old, now, slots, item.answer());
        if (fit.reason() != null) {
            return kept(item, fit.reason());
        }
        BigDecimal earned = Scorer.earned(now, fit.response());
        if (mode == RegradeMode.RAISE_ONLY && !raises(item, earned, now.points())) {
            return kept(item, Phrase.of("reason_raise_only", QuizDiff.plain(earned), QuizDiff.plain(now.points())));
        }
        return scored(item, earned, now.points(), Change.RESCORED);
    }

    /**
     * raise-only takes the new score when it earns more, or the same for no more points: so no
     * question earns less than before, and a question's points rise only with what it earns.
     */
    private static boolean raises(Item item, BigDecimal earned, BigDecimal points) {
        int c = earned.compareTo(item.earned());
        return c > 0 || c == 0 && points.compareTo(item.points()) <= 0;
    }

    private static boolean isEssay(Question q) {
        return q != null && q.type() == QuestionType.ESSAY;
    }

    private static Outcome kept(Item item, Phrase reason) {
        return new Outcome(item.questionId(), Change.KEPT, item.earned(), item.earned(), item.points(), item.points(), reason);
    }

    private static Outcome unchanged(Item item, Phrase reason) {
        return new Outcome(item.questionId(), Change.UNCHANGED, item.earned(), item.earned(), item.points(), item.points(),
                reason);
    }

    /** The new earned and points, as {@code change}, or {@code unchanged} when they are what the item has. */
    private static Outcome scored(Item item, BigDecimal earned, BigDecimal points, Change change) {
        boolean same = same(earned, item.earned()) && same(points, item.points());
        return new Outcome(item.questionId(), same ? Change.UNCHANGED : change, item.earned(), earned, item.points(), points,
                null);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The answer in the current version's indexes, or why it no longer fits (the response is null for no answer). */
    private record Fit(Response response, Phrase reason) {
        static Fit no(Phrase reason) {
            return new Fit(null, reason);
        }
    }

    private static Fit fit(Question old, Question now, Slotted slots, AnswerBody answer) {
        return switch (now.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> choices(old, now, slots, answer);
            case ORDER -> order(old, now, slots, answer);
            case MATCH -> match(old, now, slots, answer);
            case SHORT, NUMERIC -> new Fit(answer == null || answer.text() == null ? null : new Response.Text(answer.text()),
                    null);
            case ESSAY -> Fit.no(ESSAY);
        };
    }

    private static Fit choices(Question old, Question now, Slotted slots, AnswerBody answer) {
        Translation options = Translation.of(QuizDiff.optionTexts(old), QuizDiff.optionTexts(now), slots.options(), OPTION);
        if (options.problem() != null) {
            return Fit.no(options.problem());
        }
        if (answer == null || answer.choices() == null) {
            return new Fit(null, null);
        }
        Set<Integer> chosen = new HashSet<>();
        answer.choices().forEach(id -> chosen.add(options.byId().get(id)));
        return new Fit(new Response.Choices(chosen), null);
    }

    private static Fit order(Question old, Question now, Slotted slots, AnswerBody answer) {
        if (!new HashSet<>(QuizDiff.optionTexts(old)).equals(new HashSet<>(QuizDiff.optionTexts(now)))
                || old.options().size() != now.options().size()) {
            return Fit.no(ORDER_CHANGED);
        }
        Translation items = Translation.of(QuizDiff.optionTexts(old), QuizDiff.optionTexts(now), slots.options(), ITEM);
        if (items.problem() != null) {
            return Fit.no(items.problem());
        }
        if (answer == null || answer.order() == null) {
            return new Fit(null, null);
        }
        return new Fit(new Response.Order(answer.order().stream().map(items.byId()::get).toList()), null);
    }

    private static Fit match(Question old, Question now, Slotted slots, AnswerBody answer) {
        if (!new HashSet<>(QuizDiff.leftTexts(old)).equals(new HashSet<>(QuizDiff.leftTexts(now)))
                || old.pairs().size() != now.pairs().size()) {
            return Fit.no(MATCH_CHANGED);
        }
        Translation left = Translation.of(QuizDiff.leftTexts(old), QuizDiff.leftTexts(now), slots.left(), LEFT);
        Translation right = Translation.of(QuizDiff.rightTexts(old), QuizDiff.rightTexts(now), slots.right(), CHOICE);
        Phrase problem = left.problem() != null ? left.problem() : right.problem();
        if (problem != null) {
            return Fit.no(problem);
        }
        if (answer == null || answer.pairs() == null) {
            return new Fit(null, null);
        }
        Map<Integer, Integer> pairs = new HashMap<>();
        answer.pairs().forEach((l, r) -> pairs.put(left.byId().get(l), right.byId().get(r)));
        return new Fit(new Response.Pairs(pairs), null);
    }

    /**
     * This attempt's opaque ids of one list (options, left or right) mapped to the current version's
     * indexes through the texts: every text the attempt showed must be in the current version once.
     */
    private record Translation(Map<String, Integer> byId, Phrase problem) {

        static Translation of(List<String> oldTexts, List<String> newTexts, List<Slot> shown, Phrase what) {
            Map<String, Integer> byId = new HashMap<>();
            for (Slot slot : shown) {
                if (slot.index() < 0 || slot.index() >= oldTexts.size()) {
                    return new Translation(byId, Phrase.of("reason_unknown_item", what));
                }
                String text = oldTexts.get(slot.index());
                int at = newTexts.indexOf(text);
                if (at < 0) {
                    return new Translation(byId, Phrase.of("reason_item_removed", what, abbreviate(text)));
                }
                if (newTexts.lastIndexOf(text) != at || oldTexts.indexOf(text) != oldTexts.lastIndexOf(text)) {
                    return new Translation(byId, Phrase.of("reason_item_twice", what, abbreviate(text)));
                }
                byId.put(slot.id(), at);
            }
            return new Translation(byId, null);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
