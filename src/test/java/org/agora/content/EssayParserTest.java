package org.agora.content;

import static org.agora.content.TestSupport.assertOk;
import static org.agora.content.TestSupport.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Essay questions (quiz format 1.1): {@code type=essay}, {@code words=}, the rubric and its errors, each at its line. */
class EssayParserTest {

    private static final String PATH = "quizzes/verdict.md";
    private final QuizParser parser = new QuizParser();

    /** The spec's example, in a file of its own: the heading is on line 1. */
    static final String SPEC_EXAMPLE = """
            ## Give your verdict on the essay's argument. {#verdict points=10 type=essay words=150..400}

            Use at least two of the essay's claims, cited as [P1]..[P9].

            > [!RUBRIC]
            > - (4) States a clear verdict and the reasons for it.
            > - (3) Uses two or more of the essay's claims, each cited.
            > - (3) Answers the strongest objection to the verdict.

            > A model answer or marking notes, shown to learners once the question is graded (as `review` allows).
            """;

    private ParseResult<Quiz> parse(String text) {
        return parser.parse(PATH, text);
    }

    private Question only(String text) {
        Quiz quiz = assertOk(parse(text));
        assertEquals(1, quiz.questions().size());
        return quiz.questions().get(0);
    }

    @Test
    void parsesTheSpecExample() {
        Question q = only(SPEC_EXAMPLE);
        assertEquals(QuestionType.ESSAY, q.type());
        assertEquals("verdict", q.id());
        assertEquals(new BigDecimal("10"), q.points());
        assertEquals(150, q.essay().minWords());
        assertEquals(400, q.essay().maxWords());
        assertEquals(800, q.essay().maxSavedWords(), "twice the range's maximum");
        List<Essay.Criterion> rubric = q.essay().rubric();
        assertEquals(List.of(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("3")),
                rubric.stream().map(Essay.Criterion::points).toList());
        assertEquals("Uses two or more of the essay's claims, each cited.", rubric.get(1).text());
        assertEquals(List.of(6, 7, 8), rubric.stream().map(Essay.Criterion::line).toList());
        assertTrue(q.stemHtml().contains("Use at least two of the essay"), q.stemHtml());
        assertFalse(q.stemHtml().contains("States a clear verdict"), "the rubric is not part of the question text");
        assertTrue(q.explanationHtml().contains("marking notes"), "the last quote is the marking notes");
        assertFalse(q.explanationHtml().contains("RUBRIC"));
        assertTrue(q.options().isEmpty() && q.accepted().isEmpty());
    }

    @Test
    void withoutRubricOrRangeTheGraderGivesPoints() {
        Question q = only("""
                ## Which claim of the essay is weakest, and why? {#weakest type=essay points=4}

                Answer in a paragraph.

                > [!TIP]
                > Look at [P5] again.

                > Notes for the grader and, once graded, for you.
                """);
        assertEquals(QuestionType.ESSAY, q.type());
        assertNull(q.essay().minWords());
        assertEquals(Integer.MAX_VALUE, q.essay().maxSavedWords());
        assertTrue(q.essay().rubric().isEmpty());
        assertTrue(q.hintHtml().contains("Look at"), q.hintHtml());
        assertTrue(q.explanationHtml().contains("Notes for the grader"));
        assertTrue(q.stemHtml().contains("Answer in a paragraph"));
    }

    @Test
    void aRubricCriterionMayRunOntoTheNextLine() {
        Question q = only("""
                ## Verdict {#v type=essay points=2}

                > [!RUBRIC]
                > - (1.5) States a verdict
                >   and gives reasons.
                > - (0.5) Cites **one** paragraph.
                """);
        assertEquals("States a verdict and gives reasons.", q.essay().rubric().get(0).text());
        assertTrue(q.essay().rubric().get(1).html().contains("<strong>one</strong>"), "criteria are inline Markdown");
    }

    @Test
    void anEssayInAPoolIsAllowed() {
        Quiz quiz = assertOk(parse("---\npick: 1\n---\n" + SPEC_EXAMPLE + """

                ## Who? {#who}

                - (x) Kofi Annan
                - ( ) Jiang Zemin
                """));
        assertEquals(2, quiz.questions().size());
    }

    // ------------------------------------------------------------------ the spec's errors

    @Test
    void anAnswerBlockUnderAnEssayIsAnErrorAtItsLine() {
        assertOnlyProblem(parse("""
                ## Verdict {#v type=essay}

                - (x) Yes
                - ( ) No
                """), 3, "an essay question (type=essay) has no answer block");
        assertOnlyProblem(parse("""
                ## Verdict {#v type=essay}

                Write it.

                = yes
                """), 5, "remove the `= ` lines");
    }

    @Test
    void anotherTypeIsAnError() {
        assertOnlyProblem(parse("## Who? {type=single}\n\n- (x) A\n- ( ) B\n"), 1,
                "type must be `essay` (every other type follows from the answer block), not `single`");
    }

    @Test
    void aRubricThatDoesNotAddUpIsAnErrorAtTheRubric() {
        assertOnlyProblem(parse(SPEC_EXAMPLE.replace("points=10", "points=12")), 5,
                "the rubric's criteria add up to 10 points, but the question is worth 12 (points=12)");
    }

    @ParameterizedTest
    @ValueSource(strings = { "400..150", "150", "a..b", "150-400", "0..0", "..400" })
    void wordsThatAreNotMinToMaxAreAnError(String words) {
        assertOnlyProblem(parse(SPEC_EXAMPLE.replace("words=150..400", "words=" + words)), 1,
                "words must be MIN..MAX with MIN <= MAX, like words=150..400, not `" + words + "`");
    }

    @Test
    void aBadRubricLineIsAnErrorAtItsLine() {
        assertOnlyProblem(parse(SPEC_EXAMPLE.replace("> - (3) Answers the strongest", "> - three: Answers the strongest")),
                8, "a rubric line is `> - (P) what earns P points`");
        assertOnlyProblem(parse("## V {#v type=essay}\n\n> [!RUBRIC]\n"), 3, "lists no criteria");
    }

    @Test
    void essayOnlyAttributesAndBlocksElsewhereAreErrors() {
        assertOnlyProblem(parse("## Who? {words=10..20}\n\n- (x) A\n- ( ) B\n"), 1,
                "words= applies only to essay questions (type=essay)");
        assertOnlyProblem(parse("## Who?\n\n- (x) A\n- ( ) B\n\n> [!RUBRIC]\n> - (1) Right.\n"), 6,
                "a `> [!RUBRIC]` block belongs to an essay question (type=essay)");
        assertOnlyProblem(parse("## V {#v type=essay scoring=partial}\n\nWrite.\n"), 1,
                "scoring=partial applies only to multiple-answer, ordering and matching questions, not to an essay question");
        assertOnlyProblem(parse("## V {#v type=essay}\n\nWrite.\n\n> [!RUBRIC]\n> - (1) Right.\n\n> [!RUBRIC]\n> - (1) Again.\n"),
                8, "a second `> [!RUBRIC]` block");
    }

    @Test
    void wordsAreCountedAsALearnerCountsThem() {
        assertEquals(0, Essay.words("  \n "));
        assertEquals(5, Essay.words("Don't stop: well-known [P3] claims"));
        assertEquals(3, Essay.words("북한의 인권 문제"));
        assertEquals(2, Essay.words("**bold** _words_"));
    }
}
