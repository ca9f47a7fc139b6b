package org.agora.regrade;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.Layout;
import org.agora.attempt.Layout.Slot;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.MarkdownRenderer;
import org.agora.content.ParseResult;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.quiz.Scorer;

/** Quiz versions parsed from text, attempt layouts and saved answers, for the plain-Java tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A quiz of these questions (Markdown), passing at {@code pass} percent. */
    static Quiz quiz(int pass, String questions) {
        String text = "---\ntitle: Regrading\npass: " + pass + "\nshuffle: false\n---\n\n" + questions;
        ParseResult<Quiz> r = new QuizParser().parse("quizzes/regrading.md", text);
        assertTrue(r.ok(), () -> "fixture does not parse: " + r.problems());
        return r.value();
    }

    static Quiz quiz(String questions) {
        return quiz(50, questions);
    }

    /**
     * A layout of every question, its options, left items and right choices shown in reverse
     * authoring order (so that a shown position is never an index), with opaque ids.
     */
    static Layout layout(Quiz quiz) {
        List<Slotted> slotted = new ArrayList<>();
        for (Question q : quiz.questions()) {
            slotted.add(new Slotted(q.id(), slots(q.id() + "-o", q.options().size()), slots(q.id() + "-l", q.pairs().size()),
                    slots(q.id() + "-r", q.rights().size())));
        }
        return new Layout(slotted);
    }

    private static List<Slot> slots(String prefix, int n) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slots.add(new Slot(i, prefix + (char) ('a' + (i * 7 + 3) % 26) + i));
        }
        Collections.reverse(slots);
        return slots;
    }

    private static String optionId(Quiz quiz, Layout layout, String qid, String text) {
        Question q = quiz.question(qid);
        int index = QuizDiff.optionTexts(q).indexOf(text);
        assertTrue(index >= 0, () -> "no option " + text + " in " + qid);
        return idAt(layout.question(qid).options(), index);
    }

    private static String idAt(List<Slot> slots, int index) {
        return slots.stream().filter(s -> s.index() == index).map(Slot::id).findFirst().orElseThrow();
    }

    /** The choices with these option texts, in the attempt's ids. */
    static AnswerBody choices(Quiz quiz, Layout layout, String qid, String... texts) {
        List<String> ids = new ArrayList<>();
        for (String t : texts) {
            ids.add(optionId(quiz, layout, qid, t));
        }
        return AnswerBody.ofChoices(ids);
    }

    static AnswerBody order(Quiz quiz, Layout layout, String qid, String... texts) {
        List<String> ids = new ArrayList<>();
        for (String t : texts) {
            ids.add(optionId(quiz, layout, qid, t));
        }
        return AnswerBody.ofOrder(ids);
    }

    /** Left text, right text, left text, right text... */
    static AnswerBody pairs(Quiz quiz, Layout layout, String qid, String... leftAndRight) {
        Question q = quiz.question(qid);
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < leftAndRight.length; i += 2) {
            int l = QuizDiff.leftTexts(q).indexOf(leftAndRight[i]);
            int r = q.rights().stream().map(MarkdownRenderer::textOfRendered).toList().indexOf(leftAndRight[i + 1]);
            assertTrue(l >= 0 && r >= 0, "fixture pair " + leftAndRight[i] + " -> " + leftAndRight[i + 1]);
            pairs.put(idAt(layout.question(qid).left(), l), idAt(layout.question(qid).right(), r));
        }
        return AnswerBody.ofPairs(pairs);
    }

    /** An item as a submission of {@code quiz} stored it: earned as the attempt's own version scored it. */
    static Regrader.Item item(String qid, AnswerBody answer, BigDecimal earned, BigDecimal points) {
        return new Regrader.Item(qid, answer, earned, points, false);
    }

    /** Totals as a submission stored them. */
    static Regrader.Totals totals(String score, String max, int pass) {
        BigDecimal s = new BigDecimal(score);
        BigDecimal m = new BigDecimal(max);
        return new Regrader.Totals(s, m, Scorer.percent(s, m), Scorer.passed(s, m, pass));
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
