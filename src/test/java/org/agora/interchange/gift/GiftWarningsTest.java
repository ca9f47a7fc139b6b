package org.agora.interchange.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agora.content.QuizParser;
import org.junit.jupiter.api.Test;

/**
 * Every warning (something not carried over exactly; the files are still written, and lint clean)
 * and every error (nothing is written), each at its GIFT line.
 */
class GiftWarningsTest {

    private static GiftImport.Outcome convert(String gift) {
        return new GiftImport().convert("t.gift", gift);
    }

    /** The warning is reported at the line, and the quiz written beside it lints clean; returns the quiz. */
    private static String warns(String gift, int line, String fragment) {
        GiftImport.Outcome out = convert(gift);
        assertTrue(out.problems().stream().anyMatch(p -> !p.error() && p.line() == line && p.message().contains(fragment)),
                () -> "no warning \"" + fragment + "\" at line " + line + " in " + out.problems());
        assertTrue(out.ok(), out.problems().toString());
        out.files().forEach(f -> assertEquals(java.util.List.of(),
                new QuizParser().parse("quizzes/" + f.fileName(), f.markdown()).problems()));
        return out.files().get(0).markdown();
    }

    private static void fails(String gift, int line, String fragment) {
        GiftImport.Outcome out = convert(gift);
        assertTrue(out.problems().stream().anyMatch(p -> p.error() && p.line() == line && p.message().contains(fragment)),
                () -> "no error \"" + fragment + "\" at line " + line + " in " + out.problems());
        assertFalse(out.ok());
        assertEquals(0, out.files().size(), "nothing is written on an error");
    }

    private static final String OTHER = "\n\nAnother question?{T}";

    // ------------------------------------------------------------------ warnings

    @Test
    void percentThatIsNotAWeight() {
        warns("Q{~%5 %a =b}", 1, "is not a weight Moodle reads");
    }

    @Test
    void unknownTextFormat() {
        warns("[foo]Q{T}", 1, "unknown text format `[foo]`");
    }

    @Test
    void descriptionIsLeftOut() {
        warns("Just some text." + OTHER, 1, "a description");
    }

    @Test
    void tagsAreNotCarriedOver() {
        warns("// [tag:geo]\nQ{T}", 2, "are not carried over");
    }

    @Test
    void invalidIdIsSlugged() {
        assertTrue(warns("// [id:My Id]\nQ{T}", 2, "is not an Agora question id").contains("{#my-id}"));
    }

    @Test
    void repeatedIdIsMadeUnique() {
        assertTrue(warns("// [id:same]\nA{T}\n\n// [id:same]\nB{T}", 5, "used by an earlier question").contains("{#same-2}"));
    }

    @Test
    void htmlWithoutMarkdownFormIsKept() {
        assertTrue(warns("[html]<span class=\"x\">Q</span>{T}", 1, "<span> has no simple Markdown form")
                .contains("<span class=\"x\">Q</span>"));
    }

    @Test
    void paragraphsInAnOptionAreJoined() {
        warns("Q{~[html]<p>a</p><p>b</p> =c}", 1, "joined with spaces");
    }

    @Test
    void weightBeyondHundredIsClamped() {
        assertTrue(warns("Q{~%150%a ~%-150%b ~c}", 1, "beyond what a credit can be").contains("- [ ] b {credit=-100%}"));
    }

    @Test
    void weightWithMoreDecimalsIsRoundedAndTheSumMended() {
        String md = warns("Q{~%33.333%a ~%33.333%b ~%33.333%c ~d}", 1, "rounded to 33.33 %");
        assertTrue(md.contains("- [x] c {credit=33.34%}"), md);
    }

    @Test
    void rightWeightsThatDoNotAddUpAreScaled() {
        String md = warns("Q{~%50%a ~%30%b ~c}", 1, "add up to 80 %");
        assertTrue(md.contains("- [x] a {credit=62.5%}") && md.contains("- [x] b {credit=37.5%}"), md);
    }

    @Test
    void answerWithoutText() {
        warns("Q{~ ~a =b}", 1, "an answer without text");
    }

    @Test
    void choiceWithFewerThanTwoOptions() {
        warns("Q{~ =b}" + OTHER, 1, "at least two options");
    }

    @Test
    void negativeWeightInASingleChoice() {
        assertTrue(warns("Q{=a ~%-50%b}", 1, "negative weight -50 %").contains("- ( ) b\n"));
    }

    @Test
    void secondFullyRightOption() {
        assertTrue(warns("Q{=a =b ~c}", 1, "a second fully right option").contains("- ( ) b {credit=99.99%}"));
    }

    @Test
    void checkBoxesWithoutARightOption() {
        warns("Q{~%-50%a ~b}" + OTHER, 1, "no option has a positive weight");
    }

    @Test
    void matchingItemWithoutARightText() {
        warns("Q{=a -> =b -> 2 =c -> 3}", 1, "without a right-hand text");
    }

    @Test
    void matchingLeftItemTwice() {
        warns("Q{=a -> 1 =a -> 2 =b -> 3}" + OTHER, 1, "is there twice");
    }

    @Test
    void matchingWithOnePair() {
        warns("Q{=a -> 1 = -> 2}" + OTHER, 1, "at least two pairs");
    }

    @Test
    void numericalCatchAll() {
        warns("Q{#=5 =%50%*}", 1, "accepts any number");
    }

    @Test
    void numericalFeedbackForAnyOtherAnswer() {
        assertTrue(warns("Q{#5~#Not quite}", 1, "for any other answer").contains("> **Any other answer:** Not quite"));
    }

    @Test
    void noAnswerEarnsCredit() {
        warns("Q{=%0%a}" + OTHER, 1, "no answer that earns credit");
    }

    @Test
    void bestAnswerBelowHundredIsRaised() {
        assertTrue(warns("Q{=%50%a =%25%b}", 1, "no answer earns 100 %").contains("= a\n= b {credit=25%}"));
    }

    @Test
    void feedbackOnAShortAnswerGoesToTheExplanation() {
        assertTrue(warns("Q{=a#Good\n=b}", 1, "feedback on the answer `a`").contains("> **a:** Good"));
    }

    @Test
    void firstMatchInMoodleBestMatchInAgora() {
        warns("Q{=%50%cat*\n=cats}", 2, "the first answer that matches");
        warns("Q{#\n=%50%5:1\n=5}", 3, "the first answer that matches");
    }

    // ------------------------------------------------------------------ errors

    @Test
    void unmatchedBraces() {
        fails("Q{=a", 1, "no matching `}`");
        fails("\nQ=a}", 2, "no matching `{`");
        fails("Q}=a{", 1, "`}` comes before `{`");
    }

    @Test
    void choiceWithOneAnswer() {
        fails("Q{~a}", 1, "at least two answers");
    }

    @Test
    void matchingWithOneAnswer() {
        fails("Q{=a->b}", 1, "at least two `=left -> right` pairs");
    }

    @Test
    void matchingAnswerWithoutArrow() {
        fails("Q{\n=a -> b\n=c}", 3, "needs `->`");
    }

    @Test
    void numericalWithoutAnswer() {
        fails("Q{#}", 1, "at least one answer");
    }

    @Test
    void numericalRangeBackwards() {
        fails("Q{#5..1}", 1, "low end after its high end");
    }

    @Test
    void numericalNotANumber() {
        fails("Q{#abc}", 1, "is not a number");
    }

    @Test
    void convertedQuestionThatWouldNotLint() {
        fails("First?{T}\n\n[markdown]See [P12] here.{T}", 3, "does not pass the quiz format's checks");
    }

    @Test
    void noQuestionAtAll() {
        fails("// only a comment\n\nOnly a description.", 1, "no question to import");
    }
}
