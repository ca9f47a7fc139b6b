package org.agora.content;

import static org.agora.content.TestSupport.assertOk;
import static org.agora.content.TestSupport.assertOnlyProblem;
import static org.agora.content.TestSupport.describe;
import static org.agora.content.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code {credit=N%}} on options and {@code =} lines (quiz format 1.1): parsing and every lint error at its line. */
class CreditParserTest {

    private static ParseResult<Quiz> parse(String text) {
        return new QuizParser().parse("quizzes/credit.md", text);
    }

    /** The first question of a file that must parse without problems. */
    private static Question only(String text) {
        return assertOk(parse(text)).questions().get(0);
    }

    private static Credit pct(String s) {
        return new Credit(new BigDecimal(s));
    }

    // ------------------------------------------------------------------ parsing

    static final String SPEC_CHOICE = """
            ## Where did Jesus grow up?

            - (x) Nazareth
            - ( ) Galilee {credit=50%}
              > Right region, but name the town.
            - ( ) Jerusalem
            """;

    @Test
    void theSpecsSingleChoiceExample() {
        Question q = only(SPEC_CHOICE);
        assertEquals(QuestionType.SINGLE, q.type());
        List<Option> o = q.options();
        assertEquals("Galilee", o.get(1).text(), "the credit is cut from the shown text");
        assertEquals("Galilee", o.get(1).html());
        assertEquals(pct("50"), o.get(1).credit());
        assertTrue(o.get(1).feedbackHtml().contains("Right region"));
        assertNull(o.get(0).credit(), "nothing written, nothing carried");
        assertEquals(Credit.FULL, o.get(0).earns(), "the (x) option is 100 %");
        assertEquals(Credit.NONE, o.get(2).earns(), "an unmarked option without credit is 0 %");
        assertTrue(q.hasCredits());
        assertFalse(only("## Q\n\n- (x) a\n- ( ) b\n").hasCredits(), "without credits, nothing changes");
    }

    @Test
    void theSpecsAnswerLineExamples() {
        Question s = only("## Town?\n\n= Nazareth\n= Nazereth {credit=75%}\n");
        assertEquals(QuestionType.SHORT, s.type());
        assertEquals("Nazereth", s.accepted().get(1).display());
        assertEquals(pct("75"), s.accepted().get(1).credit());
        assertEquals(Credit.FULL, s.accepted().get(0).earns());

        Question n = only("## Year?\n\n= 1822\n= 1820..1824 {credit=50%}\n= 1822 +- 5 {credit=25.5%}\n");
        assertEquals(QuestionType.NUMERIC, n.type(), "a credit does not stop a line from being a number");
        assertTrue(n.accepted().get(1) instanceof Accepted.Range);
        assertEquals("1820..1824", n.accepted().get(1).display());
        assertEquals(pct("50"), n.accepted().get(1).credit());
        assertEquals(pct("25.5"), n.accepted().get(2).credit());
    }

    @Test
    void aRegexLineMayCarryACredit() {
        Question q = only("## Who?\n\n= Kofi Annan\n= /annan/i {credit=50%}\n");
        assertTrue(q.accepted().get(1) instanceof Accepted.Regex);
        assertEquals(pct("50"), q.accepted().get(1).credit());
    }

    @Test
    void theSameAnswerTwiceKeepsItsBestLine() {
        Question q = only("## Town?\n\n= Nazareth {credit=50%}\n= Nazareth\n");
        assertEquals(1, q.accepted().size());
        assertEquals(Credit.FULL, q.accepted().get(0).earns());
    }

    @Test
    void multipleAnswerWithCreditsOnEveryOption() {
        Question q = only("""
                ## Which are UN organs?

                - [x] The General Assembly {credit=50%}
                - [x] The Security Council {credit=50%}
                - [ ] The European Council {credit=-50%}
                - [ ] NATO {credit=0%}
                """);
        assertEquals(QuestionType.MULTIPLE, q.type());
        assertEquals(List.of(pct("50"), pct("50"), pct("-50"), pct("0")), q.options().stream().map(Option::credit).toList());
        assertEquals("The European Council", q.options().get(2).text());
    }

    @Test
    void trueFalseIsASingleChoiceAndTakesItsRules() {
        Question q = only("## The Charter mentions human rights.\n\n- (x) True\n- ( ) False {credit=25%}\n");
        assertEquals(QuestionType.TRUEFALSE, q.type(), "the credit is not part of the option's text");
        assertEquals(pct("25"), q.options().get(1).credit());
    }

    @Test
    void anExplicitHundredOnTheMarkedOptionIsAllowed() {
        Question q = only("## Q\n\n- (x) a {credit=100%}\n- ( ) b\n");
        assertEquals(Credit.FULL, q.options().get(0).credit());
    }

    @Test
    void creditValuesAreExact() {
        assertEquals(5000, Credit.parse("50%").basisPoints());
        assertEquals(-3333, Credit.parse("-33.33%").basisPoints());
        assertEquals(Credit.WHOLE, Credit.parse("100%").basisPoints());
        assertEquals(Credit.parse("100%"), new Credit(new BigDecimal("100.00")), "one value, however written");
        assertEquals("12.5%", Credit.parse("12.50%").toString());
    }

    @Test
    void theAuthoringGuidesExampleParses() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String section = readme.substring(readme.indexOf("#### Partial credit on an option"));
        int start = section.indexOf("```markdown\n") + "```markdown\n".length();
        Quiz quiz = assertOk(parse(section.substring(start, section.indexOf("```", start))));
        assertEquals(pct("50"), quiz.questions().get(0).options().get(1).credit());
        assertEquals(pct("50"), quiz.questions().get(1).accepted().get(1).credit());
    }

    // ------------------------------------------------------------------ errors, each at its line

    @ParameterizedTest
    @ValueSource(strings = {"150%", "-101%", "100.01%"})
    void creditOutOfRange(String value) {
        String text = "## Q\n\n- (x) a\n- ( ) b {credit=" + value + "}\n";
        Problem p = assertOnlyProblem(parse(text), 4, "out of range");
        assertTrue(p.toString().startsWith("quizzes/credit.md:4: credit " + value), p::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50", "half", "50.125%", "50 %", "", "1e2%", "+50%"})
    void malformedCredit(String value) {
        String text = "## Q\n\n- (x) a\n- ( ) b {credit=" + value + "}\n";
        assertOnlyProblem(parse(text), 4, "is not a credit");
    }

    /** A file with exactly one problem: the file, the problem's line and a fragment of its message. */
    static Stream<Arguments> oneError() {
        String order = "## Order\n\n- (1) first\n- (2) second {credit=50%}\n- (3) third\n";
        return Stream.of(
                Arguments.of("## Q\n\n= Nazareth\n= Nazereth {credit=75}\n", 4, "is not a credit"),
                Arguments.of("## Q\n\n= 1822\n= 1820..1824 {credit=200%}\n", 4, "out of range"),
                Arguments.of("## Q\n\n- (x) a\n- ( ) b {credit=-25%}\n", 4, "negative credit -25% on a single-choice option"),
                Arguments.of("## Q\n\n- (x) True\n- ( ) False {credit=-50%}\n", 4, "negative credit"),
                Arguments.of("## Q\n\n- ( ) a\n- (x) b {credit=80%}\n", 4, "the `(x)` option earns 100%, not 80%"),
                Arguments.of("## Q\n\n- (x) a\n- ( ) b {credit=100%}\n", 4, "an unmarked option with credit 100%"),
                Arguments.of("## Q\n\n= Nazareth {credit=90%}\n= Nazereth {credit=75%}\n", 3, "no `=` line earns 100%"),
                Arguments.of("## Q\n\n= 1822 {credit=50%}\n", 3, "no `=` line earns 100%"),
                Arguments.of("## Q\n\n- [x] a {credit=100%}\n- [x] b {credit=0%}\n- [ ] c {credit=0%}\n", 4,
                        "a `[x]` option with credit 0%"),
                Arguments.of("## Q\n\n- [x] a {credit=50%}\n- [ ] b {credit=50%}\n- [ ] c {credit=-50%}\n", 4,
                        "an unmarked option with positive credit 50%"),
                Arguments.of("## Q\n\n- [x] a {credit=50%}\n- [x] b {credit=40%}\n- [ ] c {credit=-100%}\n", 3,
                        "add up to 90%, not 100%"),
                Arguments.of("## Q\n\n- [x] a {credit=60%}\n- [x] b {credit=60%}\n- [ ] c {credit=0%}\n", 3,
                        "add up to 120%, not 100%"),
                Arguments.of("## Q {scoring=exact}\n\n- [x] a {credit=50%}\n- [x] b {credit=50%}\n- [ ] c {credit=0%}\n", 1,
                        "scoring=exact gives all or nothing"),
                Arguments.of(order, lineOf(order, "second"), "a credit on an ordering item is not supported"),
                Arguments.of("## Verdict? {#verdict type=essay credit=50%}\n\nWrite.\n", 1,
                        "credit= is not a heading attribute"),
                Arguments.of("## Q\n\n- (x) a\n- ( ) Galilee {credit=50%}\n  which is a region\n", 4,
                        "`{credit=...}` must end the option"),
                Arguments.of("## Q\n\n= Nazareth\n= Naz {credit=50%} ereth\n", 4, "`{credit=...}` must end the option"));
    }

    @ParameterizedTest
    @MethodSource("oneError")
    void eachRuleIsAnErrorAtItsLine(String text, int line, String fragment) {
        assertOnlyProblem(parse(text), line, fragment);
    }

    @Test
    void aFullLineMayBeWrittenOutAndCreditsMayBeFractions() {
        assertOk(parse("## Q\n\n= Nazereth {credit=75%}\n= Nazareth {credit=100%}\n"));
        assertOk(parse("## Q\n\n- [x] a {credit=33.33%}\n- [x] b {credit=33.33%}\n- [x] c {credit=33.34%}\n- [ ] d {credit=-100%}\n"));
    }

    /** Exactly these problems, as {@code line:fragment}. */
    private static void assertProblems(String text, String... expected) {
        ParseResult<Quiz> r = parse(text);
        assertEquals(expected.length, r.problems().size(), () -> describe(r.problems()));
        for (String e : expected) {
            String[] parts = e.split(":", 2);
            TestSupport.assertHasProblem(r.problems(), Integer.parseInt(parts[0]), parts[1]);
        }
    }

    @Test
    void someButNotAllMultipleAnswerOptionsWithCredit() {
        assertProblems("## Q\n\n- [x] a {credit=50%}\n- [x] b\n- [ ] c\n", "4:an option without a credit",
                "5:an option without a credit");
    }

    @Test
    void aCreditOnAMatchingPairOrDistractor() {
        assertProblems("## Match\n\n- a -> 1\n- b -> 2 {credit=50%}\n- -> 3 {credit=10%}\n",
                "4:a credit on a matching pair is not supported", "5:a credit on a matching pair is not supported");
    }

    @Test
    void aCreditOnAnEssay() {
        String rubric = """
                ## Verdict? {#verdict points=2 type=essay}

                Write.

                > [!RUBRIC]
                > - (1) States a verdict.
                > - (1) Cites the essay. {credit=50%}
                """;
        assertOnlyProblem(parse(rubric), lineOf(rubric, "Cites"), "a credit on an essay's rubric criterion");
    }

    @Test
    void everyCreditErrorOfAFileIsReported() {
        String text = """
                ## One

                - (x) a
                - ( ) b {credit=-10%}

                ## Two

                = x {credit=10%}

                ## Three

                - (1) a {credit=5%}
                - (2) b
                """;
        assertProblems(text, "4:negative credit", "8:no `=` line earns 100%", "12:ordering item");
    }
}
