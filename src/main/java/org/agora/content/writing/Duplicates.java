package org.agora.content.writing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.content.Option;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.content.ShortAnswers;

/**
 * Two questions of the module with the same key and largely the same stem (at least half of their
 * distinctive words shared): one of them measures memory of the other, and the module tests the
 * same point twice. An ordering's key is its items in order, a matching's its pairs.
 */
final class Duplicates {

    static final double LARGELY = 0.5;

    private Duplicates() {
    }

    record Item(Quiz quiz, Question question, Set<String> key, Set<String> words) {
    }

    static List<Problem> check(List<Quiz> module) {
        List<Item> items = new ArrayList<>();
        for (Quiz quiz : module) {
            for (Question q : quiz.questions()) {
                Set<String> key = Keys.of(q).stream().map(Duplicates::folded).collect(Collectors.toSet());
                if (q.type() == QuestionType.ORDER) {
                    // The key of an ordering is its items in their right order; of a matching, its pairs.
                    key = Set.of(q.options().stream().sorted(Comparator.comparingInt(Option::position)).map(Option::text)
                            .map(Duplicates::folded).collect(Collectors.joining(" > ")));
                } else if (q.type() == QuestionType.MATCH) {
                    key = q.pairs().stream().map(p -> folded(p.leftText()) + " -> " + folded(Texts.plain(q.rights().get(p.rightIndex()))))
                            .collect(Collectors.toSet());
                }
                if (!key.isEmpty()) {
                    items.add(new Item(quiz, q, key, Texts.words(q.titleText() + " " + Texts.plain(q.stemHtml()))));
                }
            }
        }
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i);
                Item b = items.get(j);
                if (a.key().equals(b.key()) && similarity(a.words(), b.words()) >= LARGELY) {
                    found.add(Problem.warning(b.quiz().path(), b.question().line(), "duplicate: question '" + b.question().id()
                            + "' asks what '" + a.question().id() + "' asks (" + a.quiz().path() + ":" + a.question().line()
                            + "), with the same answer; test another point, or ask it another way"));
                }
            }
        }
        return found;
    }

    private static String folded(String text) {
        return ShortAnswers.fold(ShortAnswers.comparable(text));
    }

    /** Shared words over all words (Jaccard). */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) shared.size() / all.size();
    }

}
