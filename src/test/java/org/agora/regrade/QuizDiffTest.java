package org.agora.regrade;

import static org.agora.regrade.Fixtures.quiz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.regrade.QuizDiff.QuestionDiff;
import org.junit.jupiter.api.Test;

/** What changed per question between two versions of a quiz. */
class QuizDiffTest {

    static final String BEFORE = RegraderTest.WHICH_ALPHA + "\n" + RegraderTest.YEAR + """

            ## Put in order. {#events}

            - (1) Charter
            - (2) Vienna
            - (3) Report

            ## Match. {#people}

            - Annan -> Secretary-General
            - Jiang -> President of China
            - -> President of France

            ## Which are UN bodies? {#bodies}

            - [x] Assembly
            - [x] Council
            - [ ] Union

            ## Which paper? {#paper}

            = Rodong Sinmun

            ## Gone soon {#gone}

            - (x) True
            - ( ) False
            """;

    private static QuestionDiff diff(List<QuestionDiff> diffs, String id) {
        return diffs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void theSameTextHasNoChanges() {
        Quiz q = quiz(BEFORE);
        List<QuestionDiff> all = QuizDiff.between(q, quiz(BEFORE));
        assertEquals(7, all.size());
        assertTrue(all.stream().noneMatch(QuestionDiff::changed), all.toString());
        assertTrue(QuizDiff.changes(q, quiz(BEFORE)).isEmpty());
    }

    @Test
    void movedOptionsAndReorderedQuestionsAreNoChange() {
        Quiz moved = quiz("""
                ## Which paper? {#paper}

                = Rodong Sinmun

                ## Which one is right? {#which}

                - ( ) Gamma
                - (x) Alpha
                - ( ) Beta

                ## In which year? {#year}

                = 1997

                ## Put in order. {#events}

                - (3) Report
                - (1) Charter
                - (2) Vienna

                ## Match. {#people}

                - Jiang -> President of China
                - Annan -> Secretary-General
                - -> President of France

                ## Which are UN bodies? {#bodies}

                - [ ] Union
                - [x] Council
                - [x] Assembly

                ## Gone soon {#gone}

                - (x) True
                - ( ) False
                """);
        assertTrue(QuizDiff.changes(quiz(BEFORE), moved).isEmpty(), () -> QuizDiff.changes(quiz(BEFORE), moved).toString());
    }

    @Test
    void everyKindOfChangeIsNamed() {
        Quiz after = quiz("""
                ## Which one is right? {#which points=2}

                - ( ) Alpha
                - (x) Beta
                - ( ) Delta

                ## In which year? {#year}

                = 1996..1998

                ## Put in order. {#events scoring=exact}

                - (2) Charter
                - (1) Vienna
                - (3) Report

                ## Match. {#people}

                - Annan -> Secretary-General
                - Jiang -> President of France
                - -> Mayor

                ## Which are UN bodies? {#bodies}

                - (x) Assembly
                - ( ) Council
                - ( ) Union

                ## Which paper? {#paper case=sensitive}

                = Rodong Sinmun

                ## Brand new {#fresh points=3}

                = 42
                """);
        List<QuestionDiff> diffs = QuizDiff.between(quiz(BEFORE), after);
        assertEquals(List.of("which", "year", "events", "people", "bodies", "paper", "fresh", "gone"),
                diffs.stream().map(QuestionDiff::id).toList(), "the new order, then the removed");

        QuestionDiff which = diff(diffs, "which");
        assertTrue(which.pointsChanged());
        assertEquals(new BigDecimal("1"), which.pointsBefore());
        assertEquals(new BigDecimal("2"), which.pointsAfter());
        assertTrue(which.keyChanged());
        assertEquals(List.of("key: Alpha → Beta"), English.of(which.keyChanges()));
        assertEquals(List.of("option “Delta”"), English.of(which.optionsAdded()));
        assertEquals(List.of("option “Gamma”"), English.of(which.optionsRemoved()));
        assertEquals(List.of("points: 1 → 2", "key: Alpha → Beta", "added: option “Delta”", "removed: option “Gamma”"),
                English.of(which.describe()));

        QuestionDiff year = diff(diffs, "year");
        assertEquals(List.of("key: = 1997 → = 1996..1998"), English.of(year.keyChanges()));
        assertFalse(year.pointsChanged());

        QuestionDiff events = diff(diffs, "events");
        assertEquals(List.of("key: Charter, Vienna, Report → Vienna, Charter, Report", "scoring: partial → exact"),
                English.of(events.keyChanges()));
        assertTrue(events.optionsAdded().isEmpty() && events.optionsRemoved().isEmpty());

        QuestionDiff people = diff(diffs, "people");
        assertEquals(List.of("key: Annan → Secretary-General; Jiang → President of China → "
                + "Annan → Secretary-General; Jiang → President of France"), English.of(people.keyChanges()));
        assertEquals(List.of("choice “Mayor”"), English.of(people.optionsAdded()));
        assertEquals(List.of("choice “President of China”"), English.of(people.optionsRemoved()));

        QuestionDiff bodies = diff(diffs, "bodies");
        assertTrue(bodies.typeChanged());
        assertEquals(QuestionType.MULTIPLE, bodies.typeBefore());
        assertEquals(QuestionType.SINGLE, bodies.typeAfter());
        assertTrue(bodies.keyChanges().isEmpty(), "no key comparison across types");
        assertEquals(List.of("type: multiple → single"), English.of(bodies.describe()));

        assertEquals(List.of("case: insensitive → sensitive"), English.of(diff(diffs, "paper").keyChanges()));

        QuestionDiff fresh = diff(diffs, "fresh");
        assertTrue(fresh.added() && fresh.changed() && !fresh.removed());
        assertEquals(List.of("question added (numeric, 3 points)"), English.of(fresh.describe()));

        QuestionDiff gone = diff(diffs, "gone");
        assertTrue(gone.removed() && gone.changed() && !gone.added());
        assertEquals(List.of("question removed"), English.of(gone.describe()));

        assertEquals(8, QuizDiff.changes(quiz(BEFORE), after).size());
    }

    /** Each credit change, from {@link #BEFORE}, and how the instructor reads it. */
    @Test
    void creditsAreKeyChanges() {
        String shares = BEFORE.replace("- [x] Assembly", "- [x] Assembly {credit=50%}").replace("- [x] Council",
                "- [x] Council {credit=50%}").replace("- [ ] Union", "- [ ] Union {credit=-50%}")
                .replace("= Rodong Sinmun", "= Rodong Sinmun\n= Rodong {credit=50%}")
                .replace("= 1997", "= 1997\n= 1996..1998 {credit=25%}");
        Quiz after = quiz(shares);
        List<QuestionDiff> diffs = QuizDiff.changes(quiz(BEFORE), after);
        assertEquals(List.of("year", "bodies", "paper"), diffs.stream().map(QuestionDiff::id).toList());
        assertEquals(List.of("key: = 1997 → = 1997; = 1996..1998 (25%)"), English.of(diff(diffs, "year").keyChanges()));
        assertEquals(List.of("key: Assembly; Council → Assembly (50%); Council (50%); Union (-50%)"),
                English.of(diff(diffs, "bodies").keyChanges()));
        assertEquals(List.of("key: = Rodong Sinmun → = Rodong Sinmun; = Rodong (50%)"), English.of(diff(diffs, "paper").keyChanges()));
        assertTrue(diffs.stream().allMatch(d -> d.optionsAdded().isEmpty() && d.optionsRemoved().isEmpty()),
                "a credit is no new option: the option's text is the same");

        Quiz changed = quiz(shares.replace("{credit=25%}", "{credit=30%}"));
        assertEquals(List.of("key: = 1997; = 1996..1998 (25%) → = 1997; = 1996..1998 (30%)"),
                English.of(diff(QuizDiff.changes(after, changed), "year").keyChanges()));
        Quiz spelledOut = quiz(BEFORE.replace("- (x) Alpha", "- (x) Alpha {credit=100%}"));
        assertTrue(QuizDiff.changes(quiz(BEFORE), spelledOut).isEmpty(), "a credit that repeats the default changes nothing");
    }

    @Test
    void aLeftItemAddedAndAnOrderingItemRemovedAreOptionChanges() {
        Quiz after = quiz(BEFORE.replace("- Jiang -> President of China", "- Jiang -> President of China\n- Chirac -> Prime Minister")
                .replace("- (3) Report\n", ""));
        List<QuestionDiff> diffs = QuizDiff.changes(quiz(BEFORE), after);
        assertEquals(List.of("events", "people"), diffs.stream().map(QuestionDiff::id).toList());
        assertEquals(List.of("option “Report”"), English.of(diff(diffs, "events").optionsRemoved()));
        assertEquals(List.of("left-hand item “Chirac”", "choice “Prime Minister”"), English.of(diff(diffs, "people").optionsAdded()));
    }
}
