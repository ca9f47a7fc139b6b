package org.agora.interchange.gift.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each Agora question type becomes in GIFT, and the warnings for what GIFT cannot hold. */
class GiftExportTest {

    private static GiftExporter.Export export(String body) {
        return new GiftExporter().export("quizzes/t.md", "---\ntitle: T\n---\n\n" + body);
    }

    /** The question's GIFT, without the file's header comment and category. */
    private static String gift(String body) {
        GiftExporter.Export e = export(body);
        assertTrue(e.ok(), e.errors().toString());
        String g = e.gift();
        return g.substring(g.indexOf("::")).strip();
    }

    private static List<String> warnings(String body) {
        return export(body).warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void singleChoiceWithCreditAndFeedback() {
        assertEquals("""
                ::town::[markdown]Where did he grow up?{
                \t=Nazareth
                \t~%50%Galilee#Right region, but name the town.
                \t~Jerusalem
                }""", gift("""
                ## Where did he grow up? {#town}

                - (x) Nazareth
                - ( ) Galilee {credit=50%}
                  > Right region, but name the town.
                - ( ) Jerusalem
                """));
    }

    @Test
    void specialCharactersAreEscapedInEveryText() {
        assertEquals("""
                ::esc::[markdown]Is a\\~b \\= c\\#d \\{e\\} f\\: g\\\\h?\\n\\nSecond *line*.{
                \t=x\\=1#it\\: \\{ok\\}
                \t~y
                \t####why\\~not
                }""", gift("""
                ## Is a~b = c#d {e} f: g\\h? {#esc}

                Second *line*.

                - (x) x=1
                  > it: {ok}
                - ( ) y

                > why~not
                """));
    }

    @Test
    void trueFalseWritesTheWrongAnswersFeedbackFirst() {
        assertEquals("::tf::[markdown]The sky is green.{F#No, look up.#Right.####Blue.}", gift("""
                ## The sky is green. {#tf}

                - ( ) True
                  > No, look up.
                - (x) False
                  > Right.

                > Blue.
                """));
        assertEquals("::tf::[markdown]Water is wet.{T}", gift("## Water is wet. {#tf}\n\n- (x) True\n- ( ) False\n"));
    }

    @Test
    void multipleAnswerWeightsFollowTheVersionOneRule() {
        assertEquals("""
                ::m::[markdown]Which are prime?{
                \t~%33.33333%2
                \t~%33.33333%3
                \t~%-33.33333%4
                \t~%33.33333%5
                }""", gift("## Which are prime? {#m}\n\n- [x] 2\n- [x] 3\n- [ ] 4\n- [x] 5\n"));
    }

    @Test
    void creditsMoodleRefusesAreRoundedWithAWarning() {
        String body = "## Which? {#m}\n\n- [x] a {credit=85%}\n- [x] b {credit=15%}\n- [ ] c {credit=-50%}\n";
        assertEquals("""
                ::m::[markdown]Which?{
                \t~%83.33333%a
                \t~%14.28571%b
                \t~%-50%c
                }""", gift(body));
        assertEquals(List.of(
                "quizzes/t.md:7: warning: weight 85 % is not one Moodle accepts: written as 83.33333 %, which changes the score",
                "quizzes/t.md:8: warning: weight 15 % is not one Moodle accepts: written as 14.28571 %, which changes the score"),
                warnings(body));
    }

    @Test
    void elevenRightOptionsCannotShareTheMarkExactly() {
        StringBuilder b = new StringBuilder("## Pick all {#all}\n\n");
        for (int i = 0; i < 11; i++) {
            b.append("- [x] o").append(i).append('\n');
        }
        b.append("- [ ] none\n");
        assertTrue(gift(b.toString()).contains("~%10%o0"));
        assertEquals(12, warnings(b.toString()).size()); // 9.09 % on each of the 12 options
    }

    @Test
    void shortAnswersCreditsAndWildcards() {
        assertEquals("""
                ::who::[markdown]Who?{
                \t=Kofi Annan
                \t=%75%Kofi \\\\*
                \t=kofi*annan
                }""", gift("## Who? {#who}\n\n= Kofi Annan\n= Kofi * {credit=75%}\n= /kofi.*annan/i\n= /k(o)fi/\n"));
        assertEquals(List.of("quizzes/t.md:10: warning: the regex answer /k(o)fi/ is not carried: Moodle's short "
                + "answers know only the * wildcard"), warnings("## Who? {#who}\n\n= Kofi Annan\n= Kofi * {credit=75%}\n= /kofi.*annan/i\n= /k(o)fi/\n"));
    }

    @Test
    void numbersToleranceRangeAndSeveralLines() {
        assertEquals("::y::[markdown]Year?{#1997}", gift("## Year? {#y}\n\n= 1997\n"));
        assertEquals("::pi::[markdown]Pi?{#3.14:0.01}", gift("## Pi? {#pi}\n\n= 3.14 +- 0.01\n"));
        assertEquals("::r::[markdown]When?{#1995..1998}", gift("## When? {#r}\n\n= 1995..1998\n"));
        assertEquals("""
                ::b::[markdown]Born?{#
                \t=1822
                \t=%50%1820..1824
                }""", gift("## Born? {#b}\n\n= 1822\n= 1820..1824 {credit=50%}\n"));
    }

    @Test
    void matchingWithADistractor() {
        assertEquals("""
                ::cap::[markdown]Match the capitals.{
                \t=France -> Paris
                \t=Japan -> Tokyo
                \t= -> Rome
                }""", gift("## Match the capitals. {#cap}\n\n- France -> Paris\n- Japan -> Tokyo\n- -> Rome\n"));
    }

    @Test
    void orderingBecomesMatchingToPositions() {
        String body = "## Order them. {#o}\n\n- (2) b\n- (1) a\n- (3) c\n";
        assertEquals("""
                ::o::[markdown]Order them.{
                \t=b -> 2
                \t=a -> 1
                \t=c -> 3
                }""", gift(body));
        assertEquals(List.of("quizzes/t.md:5: warning: GIFT has no ordering question: written as a matching of each "
                + "item to its position (1, 2, ...)"), warnings(body));
    }

    @Test
    void essayKeepsItsModelAnswerAsGeneralFeedback() {
        String body = "## Argue. {#e points=4 type=essay words=10..50}\n\nUse [P1].\n\n> [!RUBRIC]\n> - (4) Argues.\n\n> Model answer.\n";
        assertEquals("::e::[markdown]Argue.\\n\\nUse [P1].{####Model answer.}", gift(body));
        assertEquals(2, warnings(body).size());
    }

    @Test
    void anEssayStemMayQuote() {
        assertEquals("::e::[markdown]Discuss.\\n\\n> A quoted claim.\\n\\nIs it right?{}",
                gift("## Discuss. {#e type=essay}\n\n> A quoted claim.\n\nIs it right?\n"));
        assertEquals("::e::[markdown]Discuss.\\n\\n> A quoted claim.\\n\\nIs it right?{####Notes.}",
                gift("## Discuss. {#e type=essay}\n\n> A quoted claim.\n\nIs it right?\n\n> Notes.\n"));
    }

    @Test
    void hintsLevelsLinksAndQuizSettingsAreNamed() {
        GiftExporter.Export e = new GiftExporter().export("quizzes/t.md", """
                ---
                time-limit: 10m
                attempts: 2
                pick: 1
                ---

                ## Which? {#w level=recall see=intro case=sensitive}

                = a

                > [!TIP]
                > Think.
                """);
        assertEquals(List.of(
                "quizzes/t.md:2: warning: time-limit is not carried: GIFT holds questions, not quiz settings (set it on the Moodle quiz)",
                "quizzes/t.md:3: warning: attempts is not carried: GIFT holds questions, not quiz settings (set it on the Moodle quiz)",
                "quizzes/t.md:4: warning: pick is not carried: GIFT holds questions, not quiz settings (set it on the Moodle quiz)",
                "quizzes/t.md:7: warning: see=intro is not carried: GIFT cannot point to a lesson",
                "quizzes/t.md:7: warning: level= is not carried: GIFT has no cognitive level (a Moodle tag could hold it)",
                "quizzes/t.md:7: warning: case=sensitive is not carried: Moodle's GIFT import compares short answers without regard to case",
                "quizzes/t.md:11: warning: the hint (> [!TIP]) is not carried: GIFT has no hints"),
                e.warnings().stream().map(Problem::toString).toList());
    }

    /** What {@code export-gift FILE} prints, the file holding {@code text}: exit status, standard output, standard error. */
    private record Run(int code, String out, String err) {
        static Run of(Path file, String text) throws Exception {
            Files.writeString(file, text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = ExportGiftCommand.run(List.of(file.toString()), new PrintStream(out), new PrintStream(err));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFileWithErrorsExportsNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.md");
        Run run = Run.of(bad, "## No answers here {#x}\n");
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(bad + ":1: error: "), run.err());
        assertNull(new GiftExporter().export("quizzes/bad.md", "## No answers here {#x}\n").gift());
    }

    @Test
    void theCommandPrintsGiftAndWarnings(@TempDir Path dir) throws Exception {
        Path quiz = dir.resolve("q.md");
        Run run = Run.of(quiz, "## Which? {#w level=recall}\n\n= a\n");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("::w::[markdown]Which?{\n\t=a\n}"), run.out());
        assertEquals(quiz + ":1: warning: level= is not carried: GIFT has no cognitive level (a Moodle tag could hold it)\n",
                run.err());
    }
}
