package org.agora.content;

import static org.agora.content.TestSupport.assertHasProblem;
import static org.agora.content.TestSupport.assertOk;
import static org.agora.content.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A short-answer question's {@code > [!CHECK]} list: every form is scored against the accepted lines. */
class ShortAnswerChecksTest {

    private static final String QUIZ = """
            # Checks

            ## Which body replaced the Commission on Human Rights in 2006? {#hrc}

            = Human Rights Council
            = /(the )?(un |united nations )?human rights council|(the )?hrc/i

            > [!CHECK]
            > accepts: The UN Human Rights Council
            > accepts: the HRC.
            > refuses: the Security Council

            > The Council replaced the Commission in 2006.
            """;

    private final QuizParser parser = new QuizParser();

    @Test
    void formsThatScoreAsListedPassAndAreNeverShown() {
        Quiz quiz = assertOk(parser.parse("quizzes/checks.md", QUIZ));
        Question q = quiz.question("hrc");
        assertFalse(q.explanationHtml().contains("accepts"), q.explanationHtml());
        assertFalse(q.explanationHtml().contains("Security"), q.explanationHtml());
        assertNull(q.hintHtml());
    }

    @Test
    void anAcceptedFormThatNoLineAcceptsIsAnErrorAtItsLine() {
        String text = QUIZ.replace("> accepts: the HRC.", "> accepts: the civil and political covenant");
        ParseResult<Quiz> r = parser.parse("quizzes/checks.md", text);
        assertHasProblem(r.problems(), lineOf(text, "accepts: the civil"),
                "\"the civil and political covenant\" must be accepted, but no `=` line accepts it");
        assertNull(r.value());
    }

    @Test
    void aRefusedFormThatALineAcceptsIsAnErrorNamingTheLine() {
        String text = QUIZ.replace("> refuses: the Security Council", "> refuses: HRC");
        ParseResult<Quiz> r = parser.parse("quizzes/checks.md", text);
        assertHasProblem(r.problems(), lineOf(text, "refuses: HRC"), "\"HRC\" must be refused, but `= /(the )?");
    }

    @Test
    void malformedLinesMisplacedBlocksAndOtherTypesAreErrors() {
        String bad = QUIZ.replace("> refuses: the Security Council", "> maybe: the Council");
        assertHasProblem(parser.parse("quizzes/checks.md", bad).problems(), lineOf(bad, "maybe:"),
                "a `> [!CHECK]` line is `> accepts: an answer` or `> refuses: an answer`");

        String above = "# Q\n\n## Year? {#y}\n\n> [!CHECK]\n> accepts: 1997\n\n= 1997\n";
        assertHasProblem(parser.parse("quizzes/a.md", above).problems(), 5, "belongs after the `= ` lines");

        String numeric = "# Q\n\n## Year? {#y}\n\n= 1997\n\n> [!CHECK]\n> accepts: 1997\n";
        assertHasProblem(parser.parse("quizzes/n.md", numeric).problems(), 7,
                "a `> [!CHECK]` block applies only to short-answer questions");

        String empty = "# Q\n\n## Who? {#w}\n\n= Annan\n\n> [!CHECK]\n";
        assertHasProblem(parser.parse("quizzes/e.md", empty).problems(), 7, "lists no `accepts:` or `refuses:` line");
    }

    @Test
    void aFinalFullStopIsIgnoredOnBothSides() {
        Accepted.Text line = new Accepted.Text("U.S.", ShortAnswers.normalize("U.S."));
        assertEquals(true, ShortAnswers.matches(line, "U.S.", false));
        assertEquals(true, ShortAnswers.matches(line, "u.s", false));
        assertEquals(false, ShortAnswers.matches(line, "U.S..", false));
    }

    @Test
    void aQuestionsLevelIsReadAndAnUnknownOneIsAnError() {
        Quiz quiz = assertOk(parser.parse("quizzes/l.md", "# Q\n\n## Apply it {#a level=apply}\n\n= x\n\n## Plain {#p}\n\n= y\n"));
        assertEquals(Level.APPLY, quiz.question("a").level());
        assertNull(quiz.question("p").level());
        assertHasProblem(parser.parse("quizzes/l.md", "# Q\n\n## Q {#a level=analyze}\n\n= x\n").problems(), 3,
                "level must be recall, understand, apply, analyse or evaluate, not `analyze`");
    }
}
