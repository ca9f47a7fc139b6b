package org.agora.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import org.agora.content.ParseResult;
import org.agora.content.Question;
import org.agora.content.QuizParser;
import org.agora.content.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scoring with {@code {credit=N%}} (quiz format 1.1). Each expected score is a fraction worked out
 * by hand in the table (numerator/denominator of the question's points), turned into points here
 * with exact decimals, and never taken from the scorer's own helpers.
 */
class CreditScorerTest {

    private static Question q(String markdown) {
        ParseResult<Quiz> r = new QuizParser().parse("quizzes/t.md", markdown);
        assertTrue(r.ok(), () -> r.problems().toString());
        return r.value().questions().get(0);
    }

    /** points x num / den, rounded half-up to two decimals, as the spec says. */
    private static BigDecimal expected(String points, long num, long den) {
        return new BigDecimal(points).multiply(BigDecimal.valueOf(num)).divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
    }

    /** Options by letter: "ac" chooses options 0 and 2; "-" chooses none. */
    private static Response.Choices chosen(String letters) {
        Set<Integer> s = new HashSet<>();
        letters.chars().filter(c -> c != '-').forEach(c -> s.add(c - 'a'));
        return new Response.Choices(s);
    }

    private static void check(Question q, Response r, String points, long num, long den) {
        assertEquals(expected(points, num, den), Scorer.earned(q, r), () -> "for " + r);
    }

    // a: Nazareth (x), b: Galilee 50 %, c: Jerusalem (0 % by default), d: Capernaum 33.33 %
    private static final Question TOWN = q("""
            ## Where did Jesus grow up? {points=2}

            - (x) Nazareth
            - ( ) Galilee {credit=50%}
            - ( ) Jerusalem
            - ( ) Capernaum {credit=33.33%}
            """);

    @ParameterizedTest(name = "single choice {0} earns {1}/{2}")
    @CsvSource({"a, 1, 1", "b, 1, 2", "c, 0, 1", "d, 3333, 10000", "-, 0, 1"})
    void singleChoiceEarnsTheChosenOptionsCredit(String letters, long num, long den) {
        check(TOWN, chosen(letters), "2", num, den);
    }

    @Test
    void singleChoiceCreditIsExactWhereBinaryFloatingPointIsNot() {
        // 1.15 x 50 % = 0.575, which rounds half-up to 0.58; 1.15 * 0.5 in doubles is 0.57499999...
        Question q = q("## Q {points=1.15}\n\n- (x) a\n- ( ) b {credit=50%}\n");
        assertEquals(new BigDecimal("0.58"), Scorer.earned(q, chosen("b")));
        // 2.5 x 33.33 % = 0.83325 -> 0.83
        assertEquals(new BigDecimal("0.83"), Scorer.earned(q("## Q {points=2.5}\n\n- (x) a\n- ( ) b {credit=33.33%}\n"),
                chosen("b")));
    }

    // a 50, b 50, c -50, d 0; [x] a, b
    private static final Question ORGANS = q("""
            ## Which are principal organs of the UN? {points=3}

            - [x] The General Assembly {credit=50%}
            - [x] The Security Council {credit=50%}
            - [ ] The European Council {credit=-50%}
            - [ ] NATO {credit=0%}
            """);

    @ParameterizedTest(name = "multiple answer {0} earns {1}/{2}")
    @CsvSource({
        "a, 1, 2", "ab, 1, 1", "ac, 0, 1", "abc, 1, 2", "c, 0, 1", "abd, 1, 1", "bd, 1, 2", "cd, 0, 1", "abcd, 1, 2",
        "-, 0, 1"})
    void multipleAnswerEarnsTheClampedSumOfTheChosenCredits(String letters, long num, long den) {
        check(ORGANS, chosen(letters), "3", num, den);
    }

    // thirds that add up to exactly 100 %: 33.33 + 33.33 + 33.34, and a -100 % trap
    private static final Question THIRDS = q("""
            ## Q

            - [x] a {credit=33.33%}
            - [x] b {credit=33.33%}
            - [x] c {credit=33.34%}
            - [ ] d {credit=-100%}
            """);

    @ParameterizedTest(name = "thirds {0} earn {1}/{2}")
    @CsvSource({"a, 3333, 10000", "ab, 6666, 10000", "ac, 6667, 10000", "abc, 1, 1", "abcd, 0, 1", "ad, 0, 1"})
    void creditsThatAreNotNiceFractions(String letters, long num, long den) {
        check(THIRDS, chosen(letters), "1", num, den);
    }

    private static final Question SPELLING = q("""
            ## In which town did Jesus grow up? {points=4}

            = Nazareth
            = Nazereth {credit=75%}
            = /naz.*/i {credit=25%}
            = Bethlehem {credit=-50%}
            """);

    @ParameterizedTest(name = "short answer \"{0}\" earns {1}/{2}")
    @CsvSource({"Nazareth, 1, 1", "nazareth., 1, 1", "Nazereth, 3, 4", "Nazar, 1, 4", "Galilee, 0, 1",
        "Bethlehem, 0, 1"})
    void shortAnswerCountsTheBestMatchingLine(String answer, long num, long den) {
        check(SPELLING, new Response.Text(answer), "4", num, den);
    }

    private static final Question YEAR = q("""
            ## When? {points=3}

            = 1822
            = 1820..1824 {credit=50%}
            = 1822 +- 10 {credit=10%}
            """);

    @ParameterizedTest(name = "numeric {0} earns {1}/{2}")
    @CsvSource({"1822, 1, 1", "'1822,0', 1, 1", "1820, 1, 2", "1824, 1, 2", "1825, 1, 10", "1832, 1, 10",
        "1833, 0, 1", "abc, 0, 1"})
    void numericCountsTheBestMatchingLine(String answer, long num, long den) {
        check(YEAR, new Response.Text(answer), "3", num, den);
    }

    @Test
    void onlyFullCreditIsCorrect() {
        assertTrue(Scorer.isCorrect(TOWN, chosen("a")));
        assertFalse(Scorer.isCorrect(TOWN, chosen("b")));
        assertTrue(Scorer.isCorrect(ORGANS, chosen("abd")));
        assertFalse(Scorer.isCorrect(SPELLING, new Response.Text("Nazereth")));
    }

    @Test
    void thePartialCreditEarnedIsAPercentOnlyWhenPartial() {
        assertEquals(0, new BigDecimal("50").compareTo(Scorer.partialCredit(TOWN, chosen("b")).percent()));
        assertEquals(0, new BigDecimal("33.33").compareTo(Scorer.partialCredit(TOWN, chosen("d")).percent()));
        assertEquals(0, new BigDecimal("75").compareTo(Scorer.partialCredit(SPELLING, new Response.Text("Nazereth")).percent()));
        assertEquals(0, new BigDecimal("66.67").compareTo(Scorer.partialCredit(THIRDS, chosen("ac")).percent()));
        assertNull(Scorer.partialCredit(TOWN, chosen("a")), "full credit is no partial credit");
        assertNull(Scorer.partialCredit(TOWN, chosen("c")), "nor is none");
        assertNull(Scorer.partialCredit(q("## Q\n- [x] a\n- [x] b\n- [ ] c\n"), chosen("a")),
                "the version 1 partial score is not a credit");
    }
}
