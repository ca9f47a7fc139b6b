package org.agora.interchange.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.agora.interchange.gift.GiftQuestion.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading GIFT as Moodle's qformat_gift does: blocks, comments, names, formats, escapes, types. */
class GiftParserTest {

    private static List<GiftQuestion> read(String gift) {
        GiftParser.Result r = new GiftParser().parse(gift);
        assertTrue(r.problems().stream().noneMatch(ImportProblem::error), r.problems().toString());
        return r.questions();
    }

    private static GiftQuestion one(String gift) {
        List<GiftQuestion> qs = read(gift);
        assertEquals(1, qs.size());
        return qs.get(0);
    }

    // ------------------------------------------------------------------ escapes, one test each

    @Test
    void escapedColonIsNotAName() {
        assertEquals("a::b c", one("a\\:\\:b c{}").text().text());
        assertNull(one("\\:\\:x\\:\\: y{}").name());
    }

    @Test
    void escapedHashIsNotFeedback() {
        GiftAnswer a = one("Q{=C\\# ~Java}").answers().get(0);
        assertEquals("C#", a.text().text());
        assertTrue(a.feedback().isEmpty());
    }

    @Test
    void escapedEqualsIsNotAnAnswer() {
        GiftQuestion q = one("Which equals 5? {~ \\= 2 + 2 = \\= 2 + 3 ~ \\= 2 + 4}");
        assertEquals(List.of("= 2 + 2", "= 2 + 3", "= 2 + 4"), q.answers().stream().map(a -> a.text().text()).toList());
        assertEquals(new BigDecimal(100), q.answers().get(1).weight());
    }

    @Test
    void escapedBracesAreText() {
        GiftQuestion q = one("Sets like \\{1, 2\\} are {=sets}.");
        assertEquals("Sets like {1, 2} are " + GiftQuestion.BLANK + ".", q.text().text());
    }

    @Test
    void escapedTildeIsNotAWrongAnswer() {
        GiftQuestion q = one("Home folder? {=\\~}");
        assertEquals(Kind.SHORTANSWER, q.kind());
        assertEquals("~", q.answers().get(0).text().text());
    }

    @Test
    void escapedNIsALineBreak() {
        assertEquals("one\ntwo", one("one\\ntwo{}").text().text());
    }

    @Test
    void doubleBackslashIsOneBackslashAndEscapesNothing() {
        assertEquals("A \\ B \\\\ C", one("::double backslash:: A \\\\ B \\\\\\\\ C{}").text().text());
        // \\{ is a backslash, then the answer block's brace
        assertEquals(Kind.ESSAY, one("path C:\\\\{}").kind());
        assertEquals("path C:\\", one("path C:\\\\{}").text().text());
    }

    // ------------------------------------------------------------------ blocks, comments, names, formats

    @Test
    void blankLinesSeparateQuestionsAndCommentsAreLeftOut() {
        List<GiftQuestion> qs = read("// first\nA?{T}\n\n\n// second\n  B?{F}  \n");
        assertEquals(2, qs.size());
        assertEquals(2, qs.get(0).line());
        assertEquals(6, qs.get(1).line());
        assertTrue(qs.get(0).trueAnswer());
    }

    @Test
    void idAndTagsComeFromTheComments() {
        GiftQuestion q = one("// [tag:  basic] Here is \n// a [id:   four   ] que[tag:add   ]stion.\n::n::Q{}");
        assertEquals("four", q.idNumber());
        assertEquals(List.of("basic", "add"), q.tags());
        assertEquals("i]d", one("// [id:i\\]d].\nQ{}").idNumber());
        assertNull(one("// Ceci n'est pas une [tag:\n// frog].\nQ{}").idNumber());
        assertEquals(List.of(), one("// Ceci n'est pas une [tag:\n// frog].\nQ{}").tags());
    }

    @Test
    void formatPrefixesSetTheFormat() {
        GiftQuestion q = one("::Q2:: [html]What's <b>this</b>?{=yellow # right ~red # [plain]wrong ~[markdown]**blue**}");
        assertEquals(new GiftText("What's <b>this</b>?", "html"), q.text());
        assertEquals(new GiftText("wrong", "plain"), q.answers().get(1).feedback());
        assertEquals(new GiftText("**blue**", "markdown"), q.answers().get(2).text());
        // feedback without a prefix takes the question's format
        assertEquals("html", q.answers().get(0).feedback().format());
    }

    @Test
    void generalFeedbackFollowsTheLastFourHashes() {
        GiftQuestion q = one("Q{=a#fine####[html]General <i>feedback</i>}");
        assertEquals(new GiftText("General <i>feedback</i>", "html"), q.generalFeedback());
        assertEquals("fine", q.answers().get(0).feedback().text());
    }

    @Test
    void categoriesApplyToTheQuestionsAfterThem() {
        List<GiftQuestion> qs = read("A{T}\n\n$CATEGORY: $course$/top/Week 1\n\nB{T}");
        assertNull(qs.get(0).category());
        assertEquals("$course$/top/Week 1", qs.get(1).category());
    }

    // ------------------------------------------------------------------ types, in Moodle's order

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Q{}|ESSAY",
            "Q|DESCRIPTION",
            "Q{#1822:5}|NUMERICAL",
            "Q{~a =b}|MULTICHOICE",
            "Q{=a -> b =c -> d}|MATCH",
            "Q{T}|TRUEFALSE",
            "Q{TRUE#yes}|TRUEFALSE",
            "Q{FALSE}|TRUEFALSE",
            "Q{F}|TRUEFALSE",
            "Q{true}|SHORTANSWER",
            "Q{=a =b}|SHORTANSWER",
    })
    void typesAsMoodleTellsThemApart(String gift, Kind kind) {
        assertEquals(kind, one(gift).kind());
    }

    @Test
    void singleWhenSomeAnswerIsEquals() {
        assertTrue(one("Q{~a =b}").single());
        GiftQuestion multi = one("Q{~%50%a ~%50%b ~%-33.3%c}");
        assertEquals(List.of(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("-33.3")),
                multi.answers().stream().map(GiftAnswer::weight).toList());
        assertTrue(!multi.single());
    }

    @Test
    void numbersToleranceRangesAndWrongFeedback() {
        GiftQuestion q = one("Q{#\n=1822:0\n=%50%1822:2\n=%25%1815..1830\n~#Wrong}");
        assertEquals(new GiftAnswer.Number(new BigDecimal("1822"), BigDecimal.ZERO, null, null, false), q.answers().get(0).number());
        assertEquals(new BigDecimal("2"), q.answers().get(1).number().tolerance());
        assertEquals(new BigDecimal("1815"), q.answers().get(2).number().low());
        assertEquals(4, q.answers().get(2).line());
        assertEquals("Wrong", q.wrongFeedback().text());
    }

    @Test
    void matchingDistractorHasNoLeftText() {
        GiftQuestion q = one("Q{=a -> 1 =b -> 2 = -> 3}");
        assertTrue(q.answers().get(2).text().isEmpty());
        assertEquals("3", q.answers().get(2).right());
    }

    @Test
    void missingWordWhenTextFollowsTheBlock() {
        assertTrue(one("Grant is {~buried =entombed} in the tomb.").missingWord());
        assertTrue(!one("Who is buried?{=no one}").missingWord());
    }
}
