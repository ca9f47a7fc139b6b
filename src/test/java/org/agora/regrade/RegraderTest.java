package org.agora.regrade;

import static org.agora.regrade.Fixtures.choices;
import static org.agora.regrade.Fixtures.dec;
import static org.agora.regrade.Fixtures.item;
import static org.agora.regrade.Fixtures.layout;
import static org.agora.regrade.Fixtures.order;
import static org.agora.regrade.Fixtures.pairs;
import static org.agora.regrade.Fixtures.quiz;
import static org.agora.regrade.Fixtures.totals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.Layout;
import org.agora.content.Quiz;
import org.agora.regrade.Regrader.Change;
import org.agora.regrade.Regrader.Item;
import org.agora.regrade.Regrader.Outcome;
import org.agora.regrade.Regrader.Regrade;
import org.agora.regrade.Regrader.Totals;
import org.junit.jupiter.api.Test;

/** The regrade of one attempt, question by question, in every mode and for every kind of change. */
class RegraderTest {

    static final String WHICH_ALPHA = which("(x) Alpha", "( ) Beta", "( ) Gamma");

    static final String WHICH_BETA = which("( ) Alpha", "(x) Beta", "( ) Gamma");

    static final String YEAR = """
            ## In which year? {#year}

            = 1997
            """;

    /** The question {@code which} with these options ({@code (x) Alpha}, {@code [ ] Union}...). */
    static String which(String... options) {
        StringBuilder sb = new StringBuilder("## Which one is right? {#which}\n\n");
        for (String o : options) {
            sb.append("- ").append(o).append('\n');
        }
        return sb.toString();
    }

    private static Outcome only(Regrade r, String qid) {
        return r.questions().stream().filter(o -> o.questionId().equals(qid)).findFirst().orElseThrow();
    }

    private static void assertOutcome(Outcome o, Change change, String oldEarned, String newEarned, String oldPoints,
            String newPoints) {
        assertEquals(change, o.change(), () -> "change of " + o);
        assertEquals(0, dec(oldEarned).compareTo(o.oldEarned()), () -> "old earned of " + o);
        assertEquals(0, dec(newEarned).compareTo(o.newEarned()), () -> "new earned of " + o);
        assertEquals(0, dec(oldPoints).compareTo(o.oldPoints()), () -> "old points of " + o);
        assertEquals(0, dec(newPoints).compareTo(o.newPoints()), () -> "new points of " + o);
    }

    private static void assertTotals(Totals t, String score, String max, String percent, Boolean passed) {
        assertEquals(0, dec(score).compareTo(t.score()), () -> "score " + t);
        assertEquals(0, dec(max).compareTo(t.maxScore()), () -> "max " + t);
        assertEquals(0, dec(percent).compareTo(t.percent()), () -> "percent " + t);
        assertEquals(passed, t.passed(), () -> "passed " + t);
    }

    /** One attempt at {@code old} with one question, regraded against {@code now}. */
    private static Regrade one(Quiz old, Quiz now, AnswerBody answer, String earned, String points, RegradeMode mode) {
        Item i = item(old.questions().get(0).id(), answer, dec(earned), dec(points));
        return Regrader.regrade(old, now, layout(old), List.of(i), totals(earned, points, old.pass()), false, mode, null);
    }

    // --- a key changed ---

    @Test
    void aFixedKeyRaisesTheRightAnswerAndLowersTheOldKey() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz now = quiz(WHICH_BETA);
        Layout l = layout(old);
        Regrade beta = one(old, now, choices(old, l, "which", "Beta"), "0", "1", RegradeMode.NORMAL);
        assertOutcome(only(beta, "which"), Change.RESCORED, "0", "1", "1", "1");
        assertTotals(beta.after(), "1", "1", "100.0", true);
        assertTrue(beta.changed());

        Regrade alpha = one(old, now, choices(old, l, "which", "Alpha"), "1", "1", RegradeMode.NORMAL);
        assertOutcome(only(alpha, "which"), Change.RESCORED, "1", "0", "1", "1");
        assertTotals(alpha.after(), "0", "1", "0.0", false);
    }

    @Test
    void aCreditWrittenOnAnOptionIsAKeyChangeAndRescores() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz now = quiz(which("(x) Alpha", "( ) Beta {credit=50%}", "( ) Gamma"));
        assertEquals(List.of("key: Alpha → Alpha; Beta (50%)"), English.of(QuizDiff.changes(old, now).get(0).keyChanges()));
        Regrade beta = one(old, now, choices(old, layout(old), "which", "Beta"), "0", "1", RegradeMode.NORMAL);
        assertOutcome(only(beta, "which"), Change.RESCORED, "0", "0.5", "1", "1");
        assertTotals(beta.after(), "0.5", "1", "50.0", true); // the fixtures pass at 50
    }

    @Test
    void raiseOnlyNeverLowersAQuestionAndSaysWhy() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz now = quiz(WHICH_BETA);
        Layout l = layout(old);
        Regrade alpha = one(old, now, choices(old, l, "which", "Alpha"), "1", "1", RegradeMode.RAISE_ONLY);
        Outcome o = only(alpha, "which");
        assertOutcome(o, Change.KEPT, "1", "1", "1", "1");
        assertTrue(English.of(o.reason()).contains("raise-only") && English.of(o.reason()).contains("0 of 1"), English.of(o.reason()));
        assertFalse(alpha.changed());
        assertSame(alpha.before(), alpha.after(), "nothing changes: the totals stay as stored");

        Regrade beta = one(old, now, choices(old, l, "which", "Beta"), "0", "1", RegradeMode.RAISE_ONLY);
        assertOutcome(only(beta, "which"), Change.RESCORED, "0", "1", "1", "1");
    }

    @Test
    void raiseOnlyTakesMorePointsOnlyWithMoreEarned() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz worthTwo = quiz(WHICH_ALPHA.replace("{#which}", "{#which points=2}"));
        Layout l = layout(old);
        // Wrong before and after: 0 of 1 would become 0 of 2, a lower percent: raise-only keeps 0 of 1.
        Outcome wrong = only(one(old, worthTwo, choices(old, l, "which", "Gamma"), "0", "1", RegradeMode.RAISE_ONLY), "which");
        assertOutcome(wrong, Change.KEPT, "0", "0", "1", "1");
        // Right: 1 of 1 becomes 2 of 2.
        assertOutcome(only(one(old, worthTwo, choices(old, l, "which", "Alpha"), "1", "1", RegradeMode.RAISE_ONLY), "which"),
                Change.RESCORED, "1", "2", "1", "2");
        // Fewer points for the same earned (0 of 2 to 0 of 1) is taken: it lowers no score.
        Outcome fewer = only(one(worthTwo, old, choices(worthTwo, layout(worthTwo), "which", "Gamma"), "0", "2",
                RegradeMode.RAISE_ONLY), "which");
        assertOutcome(fewer, Change.RESCORED, "0", "0", "2", "1");
        // Normal mode takes the new points either way.
        assertOutcome(only(one(old, worthTwo, choices(old, l, "which", "Gamma"), "0", "1", RegradeMode.NORMAL), "which"),
                Change.RESCORED, "0", "0", "1", "2");
    }

    // --- points changed ---

    @Test
    void changedPointsChangeTheMaximumAndThePercent() {
        Quiz old = quiz(60, WHICH_ALPHA + "\n" + YEAR);
        Quiz now = quiz(60, WHICH_ALPHA.replace("{#which}", "{#which points=3}") + "\n" + YEAR);
        Layout l = layout(old);
        List<Item> items = List.of(item("which", choices(old, l, "which", "Gamma"), dec("0"), dec("1")),
                item("year", AnswerBody.ofText("1997"), dec("1"), dec("1")));
        Regrade r = Regrader.regrade(old, now, l, items, totals("1", "2", 60), false, RegradeMode.NORMAL, null);
        assertOutcome(only(r, "which"), Change.RESCORED, "0", "0", "1", "3");
        assertOutcome(only(r, "year"), Change.UNCHANGED, "1", "1", "1", "1");
        assertTotals(r.before(), "1", "2", "50.0", false);
        assertTotals(r.after(), "1", "4", "25.0", false);
    }

    @Test
    void thePassMarkOfTheCurrentVersionDecidesPassed() {
        Quiz old = quiz(80, WHICH_ALPHA + "\n" + YEAR);
        Quiz now = quiz(50, WHICH_BETA + "\n" + YEAR);
        Layout l = layout(old);
        List<Item> items = List.of(item("which", choices(old, l, "which", "Gamma"), dec("0"), dec("1")),
                item("year", AnswerBody.ofText("1997"), dec("1"), dec("1")));
        // Nothing changes for this learner: the stored verdict stays, though 50 % would pass now.
        Regrade same = Regrader.regrade(old, now, l, items, totals("1", "2", 80), false, RegradeMode.NORMAL, null);
        assertFalse(same.changed());
        assertEquals(Boolean.FALSE, same.after().passed());
        // A change recomputes it with the current pass mark.
        List<Item> beta = List.of(item("which", choices(old, l, "which", "Beta"), dec("0"), dec("1")),
                item("year", AnswerBody.ofText("1996"), dec("0"), dec("1")));
        Regrade r = Regrader.regrade(old, now, l, beta, totals("0", "2", 80), false, RegradeMode.NORMAL, null);
        assertTotals(r.after(), "1", "2", "50.0", true);
    }

    // --- options moved, added, removed ---

    @Test
    void optionsAreMatchedByTextNotByPosition() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz moved = quiz(which("( ) Gamma", "( ) Beta", "(x) Alpha"));
        Layout l = layout(old);
        assertOutcome(only(one(old, moved, choices(old, l, "which", "Alpha"), "1", "1", RegradeMode.NORMAL), "which"),
                Change.UNCHANGED, "1", "1", "1", "1");
        assertOutcome(only(one(old, moved, choices(old, l, "which", "Gamma"), "0", "1", RegradeMode.NORMAL), "which"),
                Change.UNCHANGED, "0", "0", "1", "1");
    }

    @Test
    void anAddedOptionCountsAsNotChosen() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz now = quiz(which("( ) Delta", "( ) Alpha", "(x) Beta", "( ) Gamma"));
        Layout l = layout(old);
        assertOutcome(only(one(old, now, choices(old, l, "which", "Beta"), "0", "1", RegradeMode.NORMAL), "which"),
                Change.RESCORED, "0", "1", "1", "1");
    }

    @Test
    void aRemovedOptionKeepsTheQuestionsScoreInEveryModeButFullCredit() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz now = quiz(which("( ) Alpha", "(x) Beta"));
        Layout l = layout(old);
        for (RegradeMode mode : List.of(RegradeMode.NORMAL, RegradeMode.RAISE_ONLY)) {
            // Even a learner who did not choose it was shown it.
            Outcome o = only(one(old, now, choices(old, l, "which", "Beta"), "0", "1", mode), "which");
            assertOutcome(o, Change.KEPT, "0", "0", "1", "1");
            assertTrue(English.of(o.reason()).contains("Gamma") && English.of(o.reason()).contains("removed"), English.of(o.reason()));
        }
        Regrade full = Regrader.regrade(old, now, l, List.of(item("which", choices(old, l, "which", "Gamma"), dec("0"),
                dec("1"))), totals("0", "1", 50), false, RegradeMode.FULL_CREDIT, Set.of("which"));
        assertOutcome(only(full, "which"), Change.FULL_CREDIT, "0", "1", "1", "1");
    }

    @Test
    void twoOptionsWithOneTextCannotBeMatched() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz now = quiz(which("( ) Alpha", "(x) Beta", "( ) Gamma", "( ) Alpha"));
        Outcome o = only(one(old, now, choices(old, layout(old), "which", "Beta"), "0", "1", RegradeMode.NORMAL), "which");
        assertEquals(Change.KEPT, o.change());
        assertTrue(English.of(o.reason()).contains("Alpha"), English.of(o.reason()));
    }

    // --- questions removed, added, retyped ---

    @Test
    void aRemovedQuestionKeepsItsScoreAndAnAddedOneIsNotInTheAttempt() {
        Quiz old = quiz(WHICH_ALPHA + "\n" + YEAR);
        Quiz now = quiz(WHICH_BETA + "\n" + """
                ## A new one {#extra points=5}

                = 42
                """);
        Layout l = layout(old);
        List<Item> items = List.of(item("which", choices(old, l, "which", "Beta"), dec("0"), dec("1")),
                item("year", AnswerBody.ofText("1997"), dec("1"), dec("1")));
        Regrade r = Regrader.regrade(old, now, l, items, totals("1", "2", 50), false, RegradeMode.NORMAL, null);
        Outcome year = only(r, "year");
        assertOutcome(year, Change.KEPT, "1", "1", "1", "1");
        assertEquals(Regrader.REMOVED, year.reason());
        assertOutcome(only(r, "which"), Change.RESCORED, "0", "1", "1", "1");
        assertEquals(2, r.questions().size(), "the added question is not part of an attempt that never showed it");
        assertTotals(r.after(), "2", "2", "100.0", true);
    }

    @Test
    void aChangedTypeKeepsTheScore() {
        Quiz old = quiz(WHICH_ALPHA);
        Quiz now = quiz(which("[x] Alpha", "[x] Beta", "[ ] Gamma"));
        Outcome o = only(one(old, now, choices(old, layout(old), "which", "Alpha"), "1", "1", RegradeMode.NORMAL), "which");
        assertOutcome(o, Change.KEPT, "1", "1", "1", "1");
        assertTrue(English.of(o.reason()).contains("single → multiple"), English.of(o.reason()));
    }

    // --- every scored type, through the one scorer ---

    @Test
    void multipleAnswerPartialAndExactScoring() {
        Quiz old = quiz("""
                ## Which are UN bodies? {#bodies}

                - [x] Assembly
                - [ ] Council
                - [ ] Union
                """);
        Quiz now = quiz("""
                ## Which are UN bodies? {#bodies}

                - [x] Assembly
                - [x] Council
                - [ ] Union
                """);
        Layout l = layout(old);
        // Assembly and Union: 1 right - 1 wrong of 2 right = 0; Assembly and Council: 2 of 2.
        assertOutcome(only(one(old, now, choices(old, l, "bodies", "Assembly", "Union"), "0", "1", RegradeMode.NORMAL), "bodies"),
                Change.UNCHANGED, "0", "0", "1", "1");
        assertOutcome(only(one(old, now, choices(old, l, "bodies", "Assembly"), "1", "1", RegradeMode.NORMAL), "bodies"),
                Change.RESCORED, "1", "0.5", "1", "1");
        Quiz exact = quiz("""
                ## Which are UN bodies? {#bodies scoring=exact}

                - [x] Assembly
                - [x] Council
                - [ ] Union
                """);
        assertOutcome(only(one(old, exact, choices(old, l, "bodies", "Assembly"), "1", "1", RegradeMode.NORMAL), "bodies"),
                Change.RESCORED, "1", "0", "1", "1");
    }

    @Test
    void shortAndNumericAnswersAreScoredByTheirNewLines() {
        Quiz old = quiz("""
                ## Which paper? {#paper}

                = Rodong Sinmun

                ## In which year? {#year}

                = 1997
                """);
        Quiz now = quiz("""
                ## Which paper? {#paper}

                = Rodong Sinmun
                = /rodong\\s+shinmun/i

                ## In which year? {#year}

                = 1996..1998
                """);
        Layout l = layout(old);
        List<Item> items = List.of(item("paper", AnswerBody.ofText("rodong  SHINMUN"), dec("0"), dec("1")),
                item("year", AnswerBody.ofText("1998"), dec("0"), dec("1")));
        Regrade r = Regrader.regrade(old, now, l, items, totals("0", "2", 50), false, RegradeMode.NORMAL, null);
        assertOutcome(only(r, "paper"), Change.RESCORED, "0", "1", "1", "1");
        assertOutcome(only(r, "year"), Change.RESCORED, "0", "1", "1", "1");
        assertTotals(r.after(), "2", "2", "100.0", true);
    }

    @Test
    void anUnansweredQuestionEarnsNothingButTakesTheNewPoints() {
        Quiz old = quiz(YEAR);
        Quiz now = quiz(YEAR.replace("{#year}", "{#year points=2}"));
        assertOutcome(only(one(old, now, null, "0", "1", RegradeMode.NORMAL), "year"), Change.RESCORED, "0", "0", "1", "2");
        Regrade full = Regrader.regrade(old, now, layout(old), List.of(item("year", null, dec("0"), dec("1"))),
                totals("0", "1", 50), false, RegradeMode.FULL_CREDIT, Set.of("year"));
        assertOutcome(only(full, "year"), Change.FULL_CREDIT, "0", "2", "1", "2");
    }

    @Test
    void orderingItemsMoveWithTheirText() {
        Quiz old = quiz("""
                ## Put in order. {#events}

                - (1) Charter
                - (2) Vienna
                - (3) Report
                """);
        Quiz fixed = quiz("""
                ## Put in order. {#events}

                - (2) Charter
                - (1) Vienna
                - (3) Report
                """);
        Layout l = layout(old);
        // Vienna, Charter, Report: 1 of 3 in place before, all 3 now.
        assertOutcome(only(one(old, fixed, order(old, l, "events", "Vienna", "Charter", "Report"), "0.33", "1",
                RegradeMode.NORMAL), "events"), Change.RESCORED, "0.33", "1", "1", "1");
        Quiz added = quiz("""
                ## Put in order. {#events}

                - (1) Charter
                - (2) Vienna
                - (3) Report
                - (4) Later
                """);
        Outcome o = only(one(old, added, order(old, l, "events", "Charter", "Vienna", "Report"), "1", "1", RegradeMode.NORMAL),
                "events");
        assertOutcome(o, Change.KEPT, "1", "1", "1", "1");
        assertEquals(Regrader.ORDER_CHANGED, o.reason());
    }

    @Test
    void matchingPairsMoveWithTheirTexts() {
        Quiz old = quiz("""
                ## Match. {#people}

                - Annan -> Secretary-General
                - Jiang -> President of China
                - -> President of France
                """);
        Quiz fixed = quiz("""
                ## Match. {#people}

                - Jiang -> President of France
                - Annan -> Secretary-General
                - -> President of China
                - -> Mayor
                """);
        Layout l = layout(old);
        // Jiang -> France was wrong, now right; an extra choice (Mayor) was added, which no answer used.
        assertOutcome(only(one(old, fixed, pairs(old, l, "people", "Annan", "Secretary-General", "Jiang", "President of France"),
                "0.5", "1", RegradeMode.NORMAL), "people"), Change.RESCORED, "0.5", "1", "1", "1");

        Quiz leftAdded = quiz("""
                ## Match. {#people}

                - Annan -> Secretary-General
                - Jiang -> President of China
                - Chirac -> President of France
                """);
        Outcome o = only(one(old, leftAdded, pairs(old, l, "people", "Annan", "Secretary-General"), "0.5", "1",
                RegradeMode.NORMAL), "people");
        assertOutcome(o, Change.KEPT, "0.5", "0.5", "1", "1");
        assertEquals(Regrader.MATCH_CHANGED, o.reason());

        Quiz choiceRemoved = quiz("""
                ## Match. {#people}

                - Annan -> Secretary-General
                - Jiang -> President of China
                """);
        Outcome gone = only(one(old, choiceRemoved, pairs(old, l, "people", "Annan", "Secretary-General"), "0.5", "1",
                RegradeMode.NORMAL), "people");
        assertEquals(Change.KEPT, gone.change());
        assertTrue(English.of(gone.reason()).contains("President of France"), English.of(gone.reason()));
    }

    // --- essays, modes and the choice of questions ---

    @Test
    void essayGradesAreKeptInEveryModeAndAnAttemptAwaitingGradingStaysSo() {
        String essay = """
                ## Your verdict {#verdict points=4 type=essay}

                Argue it.
                """;
        Quiz old = quiz(WHICH_ALPHA + "\n" + essay);
        Quiz now = quiz(WHICH_BETA + "\n" + essay.replace("points=4", "points=6"));
        Layout l = layout(old);
        for (RegradeMode mode : RegradeMode.values()) {
            List<Item> items = List.of(item("which", choices(old, l, "which", "Beta"), dec("0"), dec("1")),
                    new Item("verdict", AnswerBody.ofText("My essay"), null, dec("4"), true));
            Totals before = new Totals(dec("0"), dec("5"), dec("0.0"), null);
            Regrade r = Regrader.regrade(old, now, l, items, before, true, mode, mode == RegradeMode.FULL_CREDIT
                    ? Set.of("which", "verdict") : null);
            Outcome o = only(r, "verdict");
            assertEquals(Change.KEPT, o.change(), mode + ": " + o);
            assertEquals(Regrader.ESSAY, o.reason());
            assertNull(o.newEarned());
            assertEquals(0, dec("4").compareTo(o.newPoints()));
            assertTrue(r.changed(), mode + ": the other question changes");
            assertNull(r.after().passed(), mode + ": awaiting grading, neither passed nor failed");
            assertTotals(r.after(), "1", "5", "20.0", null);
        }
        // A graded essay keeps its grade too.
        Regrade graded = Regrader.regrade(old, now, l, List.of(new Item("verdict", AnswerBody.ofText("x"), dec("3"), dec("4"),
                false)), totals("3", "4", 50), false, RegradeMode.NORMAL, null);
        assertOutcome(only(graded, "verdict"), Change.KEPT, "3", "3", "4", "4");
    }

    @Test
    void fullCreditGoesToTheNamedQuestionsOnly() {
        Quiz old = quiz(WHICH_ALPHA + "\n" + YEAR);
        Quiz now = quiz(WHICH_ALPHA.replace("{#which}", "{#which points=2}") + "\n" + YEAR);
        Layout l = layout(old);
        List<Item> items = List.of(item("which", choices(old, l, "which", "Gamma"), dec("0"), dec("1")),
                item("year", AnswerBody.ofText("1996"), dec("0"), dec("1")));
        Regrade r = Regrader.regrade(old, now, l, items, totals("0", "2", 50), false, RegradeMode.FULL_CREDIT, Set.of("which"));
        assertOutcome(only(r, "which"), Change.FULL_CREDIT, "0", "2", "1", "2");
        Outcome year = only(r, "year");
        assertOutcome(year, Change.UNCHANGED, "0", "0", "1", "1");
        assertEquals(Regrader.NOT_CHOSEN, year.reason());
        assertTotals(r.after(), "2", "3", "66.7", true);
        // Full credit already given: nothing more to change.
        List<Item> after = List.of(item("which", choices(old, l, "which", "Gamma"), dec("2"), dec("2")),
                item("year", AnswerBody.ofText("1996"), dec("0"), dec("1")));
        Regrade again = Regrader.regrade(old, now, l, after, r.after(), false, RegradeMode.FULL_CREDIT, Set.of("which"));
        assertFalse(again.changed());
        assertEquals(Change.UNCHANGED, only(again, "which").change());
    }

    @Test
    void chosenQuestionsLimitANormalRegrade() {
        Quiz old = quiz(WHICH_ALPHA + "\n" + YEAR);
        Quiz now = quiz(WHICH_BETA + "\n" + YEAR.replace("= 1997", "= 1996"));
        Layout l = layout(old);
        List<Item> items = List.of(item("which", choices(old, l, "which", "Beta"), dec("0"), dec("1")),
                item("year", AnswerBody.ofText("1996"), dec("0"), dec("1")));
        Regrade r = Regrader.regrade(old, now, l, items, totals("0", "2", 50), false, RegradeMode.NORMAL, Set.of("year"));
        assertOutcome(only(r, "which"), Change.UNCHANGED, "0", "0", "1", "1");
        assertOutcome(only(r, "year"), Change.RESCORED, "0", "1", "1", "1");
        assertTotals(r.after(), "1", "2", "50.0", true);
    }

    @Test
    void regradingWhatARegradeWroteChangesNothing() {
        Quiz old = quiz(WHICH_ALPHA + "\n" + YEAR);
        Quiz now = quiz(WHICH_BETA.replace("{#which}", "{#which points=2}") + "\n" + YEAR);
        Layout l = layout(old);
        AnswerBody beta = choices(old, l, "which", "Beta");
        List<Item> items = List.of(item("which", beta, dec("0"), dec("1")), item("year", AnswerBody.ofText("1997"), dec("1"), dec("1")));
        for (RegradeMode mode : List.of(RegradeMode.NORMAL, RegradeMode.RAISE_ONLY)) {
            Regrade first = Regrader.regrade(old, now, l, items, totals("1", "2", 50), false, mode, null);
            assertTrue(first.changed(), mode.key);
            Outcome w = only(first, "which");
            List<Item> stored = List.of(item("which", beta, w.newEarned(), w.newPoints()),
                    item("year", AnswerBody.ofText("1997"), dec("1"), dec("1")));
            Regrade second = Regrader.regrade(old, now, l, stored, first.after(), false, mode, null);
            assertFalse(second.changed(), mode.key + ": " + second);
            assertSame(second.before(), second.after());
        }
    }

    @Test
    void anAttemptOnTheCurrentVersionRescoresToTheSame() {
        Quiz now = quiz(WHICH_BETA + "\n" + YEAR);
        Layout l = layout(now);
        List<Item> items = List.of(item("which", choices(now, l, "which", "Beta"), dec("1"), dec("1")),
                item("year", AnswerBody.ofText("1997"), dec("1"), dec("1")));
        Regrade r = Regrader.regrade(now, now, l, items, totals("2", "2", 50), false, RegradeMode.NORMAL, null);
        assertFalse(r.changed());
        assertTrue(r.questions().stream().allMatch(o -> o.change() == Change.UNCHANGED), r.questions().toString());
        assertEquals(new BigDecimal("2"), r.after().score());
    }
}
