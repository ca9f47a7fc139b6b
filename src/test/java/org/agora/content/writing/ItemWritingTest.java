package org.agora.content.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.agora.content.ParseResult;
import org.agora.content.Problem;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.junit.jupiter.api.Test;

/** Each item-writing check fires on a small flawed quiz and stays quiet on its repaired twin. */
class ItemWritingTest {

    private static final String CLEAN_FRONT = "---\nattempts: 1\n---\n# A quiz\n\n";

    private static Quiz quiz(String name, String text) {
        ParseResult<Quiz> r = new QuizParser().parse("quizzes/" + name + ".md", text);
        assertTrue(r.ok(), () -> r.problems().toString());
        return r.value();
    }

    private static List<Problem> warnings(Quiz... quizzes) {
        return ItemWriting.warnings(Arrays.asList(quizzes), "quizzes");
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static void assertWarned(List<Problem> found, String path, int line, String fragment) {
        assertTrue(found.stream().anyMatch(p -> p.warning() && p.path().equals(path) && p.line() == line && p.message().contains(fragment)),
                () -> "no warning at " + path + ":" + line + " containing \"" + fragment + "\" in:\n" + describe(found));
    }

    private static void assertQuiet(List<Problem> found) {
        assertEquals(List.of(), found, () -> describe(found));
    }

    @Test
    void aShortAnswerPrintedInAnotherQuestionIsACueNamingBothPlaces() {
        String text = CLEAN_FRONT + """
                ## In which year was the treaty signed? {#year}

                = 1981

                ## What happened in 1981? {#event}

                - (x) A treaty was signed
                - ( ) A war began
                - ( ) Nothing happened
                """;
        List<Problem> found = warnings(quiz("cue", text));
        assertWarned(found, "quizzes/cue.md", 6, "cue: the answer '1981' of question 'year' is printed in question 'event' (line 10)");

        String repaired = text.replace("## What happened in 1981? {#event}", "## What happened at the conference? {#event}");
        assertQuiet(warnings(quiz("cue", repaired)));
    }

    @Test
    void aKeyInTheIntroOrTitleIsACue() {
        String text = "---\nattempts: 1\n---\n# The Annan quiz\n\n## Who argued for individual sovereignty? {#who}\n\n= Annan\n= Kofi Annan\n";
        assertWarned(warnings(quiz("intro", text)), "quizzes/intro.md", 6, "is printed in the quiz's title or intro");
        assertQuiet(warnings(quiz("intro", text.replace("# The Annan quiz", "# Sovereignty"))));
    }

    @Test
    void aMuchLongerKeyAndAQuizOfLongestKeysAreWarned() {
        StringBuilder text = new StringBuilder(CLEAN_FRONT);
        for (int i = 1; i <= 3; i++) {
            text.append("## Question ").append(i).append(" {#q").append(i).append("}\n\n")
                    .append("- (x) The right answer ").append(i).append(", with every qualification an author adds to be safe\n")
                    .append("- ( ) Wrong one\n- ( ) Wrong two\n\n");
        }
        List<Problem> found = warnings(quiz("long", text.toString()));
        assertWarned(found, "quizzes/long.md", 6, "longest key: the correct option (");
        assertWarned(found, "quizzes/long.md", 1, "the correct option is the longest in 3 of 3 single-choice questions");

        String alike = text.toString().replace("- ( ) Wrong one", "- ( ) A wrong answer, with as many qualifications as the right one has")
                .replace("- ( ) Wrong two", "- ( ) Another wrong answer, every bit as long and careful as the key is, or longer");
        assertQuiet(warnings(quiz("long", alike)));
    }

    @Test
    void trueFalseKeysAllOneWayAreWarnedPerQuizAndForTheModule() {
        String falseOnly = CLEAN_FRONT + """
                ## China ratified the ICCPR. {#a}

                - ( ) True
                - (x) False

                ## The essay has ten paragraphs. {#b}

                - ( ) True
                - (x) False

                ## The essay was written in 1990. {#c}

                - ( ) True
                - (x) False
                """;
        List<Problem> found = warnings(quiz("tf", falseOnly), quiz("tf2", falseOnly.replace("{#a}", "{#d}")));
        assertWarned(found, "quizzes/tf.md", 6, "true/false balance: 3 of 3 are keyed False");
        assertWarned(found, "quizzes", 0, "6 of 6 are keyed False of the module's");

        String mixed = falseOnly.replaceFirst("- \\( \\) True\n- \\(x\\) False", "- (x) True\n- ( ) False");
        assertQuiet(warnings(quiz("tf", mixed)));
    }

    @Test
    void answersShownAfterTheFirstOfSeveralAttemptsAreAReviewLeak() {
        String leak = "---\nattempts: 3\nreview: after-submit\n---\n# Q\n\n## Which? {#w}\n\n- (x) One\n- ( ) Two\n";
        assertWarned(warnings(quiz("leak", leak)), "quizzes/leak.md", 1, "review leak: 'review: after-submit' with 3 attempts");
        assertWarned(warnings(quiz("leak", leak.replace("attempts: 3\n", ""))), "quizzes/leak.md", 1, "with unlimited attempts");
        assertQuiet(warnings(quiz("leak", leak.replace("after-submit", "after-last-attempt"))));
        // after-close shows the keys only once the class's quiz has closed: no attempt is left to copy into.
        assertQuiet(warnings(quiz("leak", leak.replace("after-submit", "after-close"))));
        assertQuiet(warnings(quiz("leak", leak.replace("attempts: 3\n", "").replace("after-submit", "after-close"))));
        assertQuiet(warnings(quiz("leak", leak.replace("attempts: 3", "attempts: 1"))));
    }

    @Test
    void theSameQuestionTwiceInTheModuleIsADuplicate() {
        String first = CLEAN_FRONT + "## Which body referred the report to the Security Council? {#ref}\n\n"
                + "- (x) The General Assembly\n- ( ) The Council itself\n- ( ) Nobody\n";
        String second = CLEAN_FRONT + "## Which body referred the inquiry's report to the Security Council? {#again}\n\n"
                + "- (x) The General Assembly\n- ( ) A court\n- ( ) The press\n";
        assertWarned(warnings(quiz("one", first), quiz("two", second)), "quizzes/two.md", 6,
                "duplicate: question 'again' asks what 'ref' asks (quizzes/one.md:6)");
        assertQuiet(warnings(quiz("one", first), quiz("two", second.replace("{#again}", "{#again}\n\nWhen did it do so?")
                .replace("Which body referred the inquiry's report to the Security Council?", "In which month did the plenary vote?")
                .replace("The General Assembly", "December"))));
    }

    @Test
    void aboveOptionsAndUnemphasisedNegativeStemsAreWeak() {
        String text = CLEAN_FRONT + """
                ## Which is not a covenant? {#neg}

                - (x) The UDHR
                - ( ) The ICCPR
                - ( ) All of the above
                """;
        List<Problem> found = warnings(quiz("weak", text));
        assertWarned(found, "quizzes/weak.md", 6, "weak option: 'All of the above'");
        assertWarned(found, "quizzes/weak.md", 6, "negative stem");
        String repaired = text.replace("Which is not", "Which is **not**").replace("All of the above", "The ICESCR");
        assertQuiet(warnings(quiz("weak", repaired)));
        assertQuiet(warnings(quiz("weak", repaired.replace("**not**", "NOT"))));
        assertQuiet(warnings(quiz("weak", repaired.replace("Which is **not** a covenant? {#neg}",
                "A delegate says: \"This does not bind us.\" Which treaty is meant? {#neg}\n\nThe delegate does not name it."))));
    }

    @Test
    void anOrderingAskedTwiceWithTheSameItemsIsADuplicateButNotTheSameTaskOnOtherItems() {
        String first = CLEAN_FRONT + "## Put the essay's topics in the order in which it presents them. {#topics}\n\n"
                + "- (2) Sanctions\n- (1) The Charter\n- (3) China\n";
        String second = CLEAN_FRONT + "## Put the essay's topics in the order the essay presents them. {#again}\n\n"
                + "- (3) China\n- (2) Sanctions\n- (1) The Charter\n";
        assertWarned(warnings(quiz("one", first), quiz("two", second)), "quizzes/two.md", 6, "duplicate: question 'again'");
        assertQuiet(warnings(quiz("one", first), quiz("two", second.replace("(3) China", "(3) The Holocaust"))));
    }
}
