package org.agora.regrade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agora.content.MarkdownRenderer;
import org.agora.content.MatchPair;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.question.QuestionKind;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;

/**
 * What changed, question by question, from one version of a quiz to another: questions added or
 * removed (by id), a type, the key, the scoring or the points changed, options added or removed.
 * Options, ordering items, left-hand items and right-hand choices are matched between the versions
 * by their plain text, never by their position: moving an option is no change, rewording it is one
 * removed and one added.
 */
public final class QuizDiff {

    private QuizDiff() {
    }

    /**
     * One question's differences. {@code typeBefore}/{@code pointsBefore} are null for an added
     * question, {@code typeAfter}/{@code pointsAfter} for a removed one; {@code keyChanges} says how
     * the key or the scoring changed (empty when it did not, or when the type changed).
     */
    public record QuestionDiff(String id, String title, QuestionType typeBefore, QuestionType typeAfter,
            BigDecimal pointsBefore, BigDecimal pointsAfter, List<Phrase> keyChanges, List<Phrase> optionsAdded,
            List<Phrase> optionsRemoved) {

        public boolean added() {
            return typeBefore == null;
        }

        public boolean removed() {
            return typeAfter == null;
        }

        public boolean typeChanged() {
            return !added() && !removed() && typeBefore != typeAfter;
        }

        public boolean keyChanged() {
            return !keyChanges.isEmpty();
        }

        public boolean pointsChanged() {
            return !added() && !removed() && pointsBefore.compareTo(pointsAfter) != 0;
        }

        public boolean changed() {
            return added() || removed() || typeChanged() || keyChanged() || pointsChanged() || !optionsAdded.isEmpty()
                    || !optionsRemoved.isEmpty();
        }

        /** The changes in words, for the instructor's page, which writes them in its language. */
        public List<Phrase> describe() {
            List<Phrase> out = new ArrayList<>();
            if (added()) {
                out.add(Phrase.of("diff_added", typeAfter.key, plain(pointsAfter)));
                return out;
            }
            if (removed()) {
                out.add(Phrase.of("diff_removed"));
                return out;
            }
            if (typeChanged()) {
                out.add(Phrase.of("diff_type", typeBefore.key, typeAfter.key));
            }
            if (pointsChanged()) {
                out.add(Phrase.of("diff_points", plain(pointsBefore), plain(pointsAfter)));
            }
            out.addAll(keyChanges);
            optionsAdded.forEach(o -> out.add(Phrase.of("diff_option_added", o)));
            optionsRemoved.forEach(o -> out.add(Phrase.of("diff_option_removed", o)));
            return out;
        }
    }

    /** Every question of either version, in the newer version's order, then the removed ones in their old order. */
    public static List<QuestionDiff> between(Quiz before, Quiz after) {
        List<QuestionDiff> diffs = new ArrayList<>();
        for (Question now : after.questions()) {
            diffs.add(of(before.question(now.id()), now));
        }
        for (Question old : before.questions()) {
            if (after.question(old.id()) == null) {
                diffs.add(of(old, null));
            }
        }
        return diffs;
    }

    /** Only the questions that changed. */
    public static List<QuestionDiff> changes(Quiz before, Quiz after) {
        return between(before, after).stream().filter(QuestionDiff::changed).toList();
    }

    /** One question's differences; either side may be null (added, removed), not both. */
    public static QuestionDiff of(Question before, Question after) {
        Question any = after != null ? after : before;
        String title = any.titleText();
        if (before == null || after == null) {
            return new QuestionDiff(any.id(), title, before == null ? null : before.type(), after == null ? null : after.type(),
                    before == null ? null : before.points(), after == null ? null : after.points(), List.of(), List.of(),
                    List.of());
        }
        List<Phrase> was = items(before);
        List<Phrase> now = items(after);
        List<Phrase> added = now.stream().filter(t -> !was.contains(t)).toList();
        List<Phrase> removed = was.stream().filter(t -> !now.contains(t)).toList();
        List<Phrase> keys = before.type() == after.type() ? keyChanges(before, after) : List.of();
        return new QuestionDiff(any.id(), title, before.type(), after.type(), before.points(), after.points(), keys, added,
                removed);
    }

    /** The named things a learner is shown: options, items, left-hand items and right-hand choices. */
    private static List<Phrase> items(Question q) {
        List<Phrase> items = new ArrayList<>();
        optionTexts(q).forEach(t -> items.add(Phrase.of("diff_item", Regrader.OPTION, t)));
        leftTexts(q).forEach(t -> items.add(Phrase.of("diff_item", Regrader.LEFT, t)));
        rightTexts(q).forEach(t -> items.add(Phrase.of("diff_item", Regrader.CHOICE, t)));
        return items;
    }

    private static List<Phrase> keyChanges(Question before, Question after) {
        List<Phrase> changes = new ArrayList<>();
        String was = key(before);
        String now = key(after);
        if (!was.equals(now)) {
            changes.add(Phrase.of("diff_key", was, now));
        }
        if (QuestionKind.of(before).takesScoring() && before.exact() != after.exact()) {
            changes.add(Phrase.of("diff_scoring", scoring(before), scoring(after)));
        }
        if (QuestionKind.of(before).takesCase() && before.caseSensitive() != after.caseSensitive()) {
            changes.add(Phrase.of("diff_case", caseRule(before), caseRule(after)));
        }
        return changes;
    }

    /** The key in words, comparable between versions: the same key reads the same whatever the option order. */
    static String key(Question q) {
        return QuestionKind.of(q).keyInWords(q);
    }

    private static Phrase scoring(Question q) {
        return Phrase.of(q.exact() ? "diff_exact" : "diff_partial");
    }

    private static Phrase caseRule(Question q) {
        return Phrase.of(q.caseSensitive() ? "diff_sensitive" : "diff_insensitive");
    }

    /** The plain text of each option or ordering item, by authoring index. */
    static List<String> optionTexts(Question q) {
        return q.options().stream().map(Option::text).toList();
    }

    /** The plain text of each left-hand item of a matching question, by pair index. */
    static List<String> leftTexts(Question q) {
        return q.pairs().stream().map(MatchPair::leftText).toList();
    }

    /** The plain text of each right-hand choice of a matching question, by index. */
    static List<String> rightTexts(Question q) {
        return q.rights().stream().map(MarkdownRenderer::textOfRendered).toList();
    }

    static String plain(BigDecimal value) {
        return Objects.requireNonNull(value).stripTrailingZeros().toPlainString();
    }
}
