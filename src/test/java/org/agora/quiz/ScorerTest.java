package org.agora.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.content.ParseResult;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private static Question q(String markdown) {
        ParseResult<Quiz> r = new QuizParser().parse("quizzes/t.md", markdown);
        assertTrue(r.ok(), () -> r.problems().toString());
        return r.value().questions().get(0);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static void assertEarned(String expected, Question q, Response r) {
        BigDecimal earned = Scorer.earned(q, r);
        assertEquals(bd(expected), earned, () -> "earned " + earned + " for " + r);
        assertEquals(2, earned.scale(), "two decimals");
    }

    private static final Question SINGLE = q("## Q {points=2}\n- ( ) a\n- (x) b\n- ( ) c\n");
    private static final Question TRUE_FALSE = q("## Q\n- (x) True\n- ( ) False\n");
    private static final Question MULTI = q("## Q {points=3}\n- [x] a\n- [x] b\n- [x] c\n- [ ] d\n- [ ] e\n");
    private static final Question MULTI_EXACT = q("## Q {scoring=exact}\n- [x] a\n- [x] b\n- [ ] c\n");
    private static final Question ORDER = q("## Q {points=4}\n- (1) a\n- (2) b\n- (3) c\n- (4) d\n");
    private static final Question ORDER_EXACT = q("## Q {scoring=exact}\n- (2) b\n- (1) a\n- (3) c\n");
    private static final Question MATCH = q("## Q {points=3}\n- a -> 1\n- b -> 2\n- c -> 3\n- -> 4\n");
    private static final Question MATCH_EXACT = q("## Q {scoring=exact}\n- a -> 1\n- b -> 2\n");
    private static final Question SHORT = q("## Q\n= Kofi Annan\n= /k\\.?\\s*annan/i\n");
    private static final Question SHORT_CASE = q("## Q {case=sensitive}\n= DNA\n");
    private static final Question NUMERIC = q("## Q\n= 3.14 +- 0.01\n= 1995..1998\n= 42\n");

    // ------------------------------------------------------------------ single choice, true/false

    @Test
    void singleChoice() {
        assertEquals(QuestionType.SINGLE, SINGLE.type());
        assertEarned("2.00", SINGLE, Response.Choices.of(1));
        assertEarned("0.00", SINGLE, Response.Choices.of(0));
        assertEarned("0.00", SINGLE, Response.Choices.of(0, 1));
        assertEarned("0.00", SINGLE, Response.Choices.of());
        assertTrue(Scorer.isCorrect(SINGLE, Response.Choices.of(1)));
        assertFalse(Scorer.isCorrect(SINGLE, Response.Choices.of(2)));
    }

    @Test
    void trueFalse() {
        assertEquals(QuestionType.TRUEFALSE, TRUE_FALSE.type());
        assertEarned("1.00", TRUE_FALSE, Response.Choices.of(0));
        assertEarned("0.00", TRUE_FALSE, Response.Choices.of(1));
    }

    // ------------------------------------------------------------------ multiple answer

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0,1,2|3.00", // all correct
            "0,1|2.00", // 2 of 3
            "0|1.00",
            "0,1,2,3|2.00", // (3 - 1) / 3 of 3 points
            "0,1,3|1.00", // (2 - 1) / 3
            "0,3,4|0.00", // (1 - 2) / 3 floored at 0
            "3,4|0.00",
            "0,1,2,3,4|1.00"})
    void multiplePartial(String chosen, String expected) {
        Set<Integer> set = new java.util.HashSet<>();
        for (String s : chosen.split(",")) {
            set.add(Integer.parseInt(s));
        }
        assertEarned(expected, MULTI, new Response.Choices(set));
    }

    @Test
    void multipleNothingChosen() {
        assertEarned("0.00", MULTI, Response.Choices.of());
    }

    @Test
    void partialCreditOfTwoThirdsOfTwoPoints() {
        Question q = q("## Q {points=2}\n- [x] a\n- [x] b\n- [x] c\n- [ ] d\n");
        assertEarned("0.67", q, Response.Choices.of(0)); // 1/3 of 2 points
        assertEarned("0.67", q, Response.Choices.of(0, 1, 3)); // (2 - 1)/3 of 2 points
        assertEarned("1.33", q, Response.Choices.of(0, 1)); // 2/3 of 2 points
        assertEarned("1.33", q, Response.Choices.of(0, 1, 2, 3));
        assertEarned("0.00", q, Response.Choices.of(0, 3));
        // the spec's "0.67" example: two thirds of one point (2/3 of 2 points is 1.33)
        Question onePoint = q("## Q\n- [x] a\n- [x] b\n- [x] c\n- [ ] d\n");
        assertEarned("0.67", onePoint, Response.Choices.of(0, 1));
    }

    @Test
    void multipleExact() {
        assertTrue(MULTI_EXACT.exact());
        assertEarned("1.00", MULTI_EXACT, Response.Choices.of(0, 1));
        assertEarned("0.00", MULTI_EXACT, Response.Choices.of(0));
        assertEarned("0.00", MULTI_EXACT, Response.Choices.of(0, 1, 2));
    }

    // ------------------------------------------------------------------ ordering

    @Test
    void orderingPartial() {
        assertEarned("4.00", ORDER, Response.Order.of(0, 1, 2, 3));
        assertEarned("2.00", ORDER, Response.Order.of(0, 1, 3, 2));
        assertEarned("0.00", ORDER, Response.Order.of(1, 0, 3, 2));
        assertEarned("1.00", ORDER, Response.Order.of(0, 2, 3, 1));
    }

    @Test
    void orderingUsesAuthoredPositionsNotFileOrder() {
        // items: index 0 = b (position 2), 1 = a (position 1), 2 = c (position 3)
        assertEarned("1.00", ORDER_EXACT, Response.Order.of(1, 0, 2));
        assertEarned("0.00", ORDER_EXACT, Response.Order.of(0, 1, 2));
        assertEarned("0.00", ORDER_EXACT, Response.Order.of(1, 2, 0));
    }

    @Test
    void orderingThatIsNotAPermutationEarnsNothing() {
        assertEarned("0.00", ORDER, Response.Order.of(0, 0, 0, 0));
        assertEarned("0.00", ORDER, Response.Order.of(0, 1, 2));
        assertEarned("0.00", ORDER, Response.Order.of(0, 1, 2, 7));
    }

    // ------------------------------------------------------------------ matching

    private static Response.Pairs pairs(int... leftRight) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < leftRight.length; i += 2) {
            m.put(leftRight[i], leftRight[i + 1]);
        }
        return new Response.Pairs(m);
    }

    @Test
    void matchingPartial() {
        assertEquals(List.of("1", "2", "3", "4"), MATCH.rights());
        assertEarned("3.00", MATCH, pairs(0, 0, 1, 1, 2, 2));
        assertEarned("2.00", MATCH, pairs(0, 0, 1, 1, 2, 3));
        assertEarned("1.00", MATCH, pairs(0, 0));
        assertEarned("0.00", MATCH, pairs(0, 3, 1, 3, 2, 3));
        assertEarned("0.00", MATCH, pairs());
    }

    @Test
    void matchingExact() {
        assertEarned("1.00", MATCH_EXACT, pairs(0, 0, 1, 1));
        assertEarned("0.00", MATCH_EXACT, pairs(0, 0, 1, 0));
    }

    @Test
    void matchingWithIndexesOutOfRangeEarnsNothing() {
        assertEarned("0.00", MATCH, pairs(0, 0, 1, 1, 2, 9));
        assertEarned("0.00", MATCH, pairs(0, 0, 1, 1, 5, 2));
    }

    // ------------------------------------------------------------------ short answers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kofi Annan|true",
            "  kofi    annan |true",
            "KOFI ANNAN|true",
            "ＫＯＦＩ　ＡＮＮＡＮ|true", // full-width letters and space (NFKC)
            "K. Annan|true", // the regex
            "k annan|true",
            "kofi annan!|true", // one final . ! or ? is ignored (format 1.1)
            "Kofi Annan.|true",
            "K. Annan?|true",
            "Kofi Annan..|false",
            ".|false",
            "Annan|false",
            "|false"})
    void shortAnswer(String answer, boolean right) {
        assertEarned(right ? "1.00" : "0.00", SHORT, new Response.Text(answer == null ? "" : answer));
    }

    @Test
    void regexMustMatchTheWholeAnswerAndHonoursItsFlag() {
        Question q = q("## Q\n= /kofi/i\n");
        assertEarned("1.00", q, new Response.Text("KOFI"));
        assertEarned("1.00", q, new Response.Text("  Kofi "));
        assertEarned("0.00", q, new Response.Text("kofi annan"));
        Question sensitive = q("## Q\n= /Kofi/\n");
        assertEarned("1.00", sensitive, new Response.Text("Kofi"));
        assertEarned("0.00", sensitive, new Response.Text("kofi"), "no i flag: the regex is case-sensitive");
    }

    @Test
    void aCatastrophicRegexScoresAtOnce() {
        // A backtracking engine took 50 s on 40 letters for this pattern; RE2 takes time linear in the answer.
        Question q = q("## Q\n= /(.*a){10}x/\n");
        String longest = "a".repeat(500);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEarned("0.00", q, new Response.Text(longest));
            assertEarned("1.00", q, new Response.Text(longest.substring(1) + "x"));
        });
    }

    private static void assertEarned(String expected, Question q, Response r, String why) {
        assertEquals(bd(expected), Scorer.earned(q, r), why);
    }

    @Test
    void caseSensitiveShortAnswer() {
        assertEarned("1.00", SHORT_CASE, new Response.Text(" DNA "));
        assertEarned("0.00", SHORT_CASE, new Response.Text("dna"));
    }

    @Test
    void curlyQuotesEqualStraightQuotes() {
        Question q = q("## Q\n= l'homme \"universel\"\n");
        assertEarned("1.00", q, new Response.Text("l’homme “universel”"));
        assertEarned("1.00", q, new Response.Text("L'HOMME \"UNIVERSEL\""));
        Question curly = q("## Q\n= l’homme\n");
        assertEarned("1.00", curly, new Response.Text("l'homme"));
    }

    // ------------------------------------------------------------------ numeric answers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3.14|1.00", "'3,15'|1.00", "3.13|1.00", "'3,16'|0.00", "3.12|0.00",
            "1995|1.00", "1998|1.00", "'1996,5'|1.00", "1994|0.00", "1999|0.00",
            "42|1.00", "42.0|1.00", "４２|1.00", "forty-two|0.00", "42 years|0.00", "''|0.00"})
    void numeric(String answer, String expected) {
        assertEarned(expected, NUMERIC, new Response.Text(answer));
    }

    // ------------------------------------------------------------------ shapes and totals

    @Test
    void nullOrWrongShapeEarnsNothing() {
        assertEarned("0.00", SINGLE, null);
        assertEarned("0.00", SINGLE, new Response.Text("b"));
        assertEarned("0.00", SHORT, Response.Choices.of(0));
        assertEarned("0.00", NUMERIC, Response.Order.of(0));
        assertEarned("0.00", ORDER, Response.Choices.of(0, 1, 2, 3));
        assertEarned("0.00", MATCH, Response.Order.of(0, 1, 2));
        assertEarned("0.00", MULTI, pairs(0, 0));
        assertEarned("0.00", SINGLE, Response.Choices.of(7));
        assertEarned("0.00", MULTI, Response.Choices.of(0, 1, 2, 9));
        assertEarned("0.00", SHORT, new Response.Text(null));
        assertEquals(bd("0.00"), Scorer.earned(null, Response.Choices.of(0)));
    }

    @Test
    void decimalPointsAddUpExactly() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            md.append("## Q").append(i).append(" {points=0.1}\n- (x) a\n- ( ) b\n");
        }
        Quiz quiz = new QuizParser().parse("quizzes/tenths.md", md.toString()).value();
        BigDecimal total = BigDecimal.ZERO;
        for (Question question : quiz.questions()) {
            total = total.add(Scorer.earned(question, Response.Choices.of(0)));
        }
        assertEquals(0, total.compareTo(bd("3")), total.toPlainString());
        assertEquals("3.00", total.toPlainString());
        assertEquals(0, quiz.maxScore().compareTo(bd("3.0")));
        assertEquals(bd("100.0"), Scorer.percent(total, quiz.maxScore()));
        // the double sum would not be 3
        double d = 0;
        for (int i = 0; i < 30; i++) {
            d += 0.1;
        }
        assertFalse(d == 3.0);
    }

    @Test
    void percentAndPassed() {
        assertEquals(bd("66.7"), Scorer.percent(bd("2"), bd("3")));
        assertEquals(bd("0.0"), Scorer.percent(bd("0"), bd("0")));
        assertTrue(Scorer.passed(bd("6"), bd("10"), 60));
        assertFalse(Scorer.passed(bd("5.9"), bd("10"), 60));
        assertTrue(Scorer.passed(bd("2"), bd("3"), 66));
        assertFalse(Scorer.passed(bd("2"), bd("3"), 67));
    }
}
