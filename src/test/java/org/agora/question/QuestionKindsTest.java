package org.agora.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.attempt.AnswerBody;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.QuizParser;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.junit.jupiter.api.Test;

/** Every type has its own kind, and what the kinds say of themselves is the quiz format's rules. */
class QuestionKindsTest {

    @Test
    void everyTypeHasItsOwnKind() {
        Set<QuestionKind> seen = new HashSet<>();
        for (QuestionType t : QuestionType.values()) {
            QuestionKind k = QuestionKind.of(t);
            assertEquals(t, k.type(), "the kind of " + t);
            assertTrue(seen.add(k), "one kind per type: " + t);
            assertFalse(k.described().isBlank());
            assertEquals(t, QuestionType.fromKey(t.key));
        }
        assertNull(QuestionType.fromKey("drawing"));
    }

    @Test
    void scoringAndCaseApplyWhereTheFormatSays() {
        Set<QuestionType> scoring = EnumSet.noneOf(QuestionType.class);
        Set<QuestionType> cases = EnumSet.noneOf(QuestionType.class);
        for (QuestionType t : QuestionType.values()) {
            if (QuestionKind.of(t).takesScoring()) {
                scoring.add(t);
            }
            if (QuestionKind.of(t).takesCase()) {
                cases.add(t);
            }
        }
        assertEquals(EnumSet.of(QuestionType.MULTIPLE, QuestionType.ORDER, QuestionType.MATCH), scoring);
        assertEquals(EnumSet.of(QuestionType.SHORT), cases);
    }

    @Test
    void aKindScoresOnlyAnswersOfItsOwnShape() {
        Question single = question("""
                ## Which city? {#city}

                - ( ) Geneva
                - (x) Vienna
                """);
        QuestionKind k = QuestionKind.of(single);
        assertTrue(k instanceof SingleChoice);
        assertTrue(k.fraction(single, Response.Choices.of(1)).isFull());
        assertEquals(Fraction.ZERO, k.fraction(single, new Response.Text("Vienna")), "a text is no choice");
        assertEquals(Fraction.ZERO, k.fraction(single, Response.Choices.of(0, 1)), "one option, not two");
        assertEquals(Fraction.ZERO, k.fraction(single, Response.Choices.of(7)), "an index the question lacks");
        assertEquals("Vienna", k.keyInWords(single));
    }

    @Test
    void anEssayIsNeverScoredByTheServer() {
        Question essay = question("""
                ## Give your verdict. {#verdict points=10 type=essay words=10..50}

                Write it.
                """);
        QuestionKind k = QuestionKind.of(essay);
        assertTrue(k instanceof EssayQuestion);
        assertThrows(IllegalArgumentException.class, () -> k.fraction(essay, new Response.Text("anything")));
        assertNull(k.correctAnswer(essay));
        assertEquals("", k.keyInWords(essay));
    }

    @Test
    void theOrderingFormMovesAnItemAndTheMatchingFormReadsItsSelects() {
        assertEquals(List.of("b", "a", "c"), Ordering.moved(List.of("a", "b", "c"), "q", "q|b|up"));
        var view = new org.agora.attempt.AttemptViews.QuestionView("q", "match", "t", "", java.math.BigDecimal.ONE, null,
                List.of(new org.agora.attempt.AttemptViews.Item("l1", "a"), new org.agora.attempt.AttemptViews.Item("l2", "b")),
                List.of(), null, null, null);
        Map<String, List<String>> form = Map.of("m.q.l1", List.of("r2"), "m.q.l2", List.of(""));
        AnswerBody body = QuestionKind.of(QuestionType.MATCH).fromForm(view, n -> form.getOrDefault(n, List.of()), null);
        assertEquals(Map.of("l1", "r2"), body.pairs(), "a select left at its prompt is no pair");
    }

    private static Question question(String body) {
        var r = new QuizParser().parse("quizzes/k.md", "---\nid: k\ntitle: K\n---\n\n" + body);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.value().questions().get(0);
    }
}
