package org.agora.attempt;

import org.agora.question.Ordering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.attempt.AttemptPages.QuestionForm;
import org.agora.attempt.AttemptPages.TakePage;
import org.agora.attempt.AttemptViews.AttemptView;
import org.agora.attempt.AttemptViews.QuestionView;
import org.junit.jupiter.api.Test;

/** The quiz page's plain logic: which question a page shows, where a posted form leads, the navigator's counts, the timer's words. */
class QuizPageLogicTest {

    private static QuestionForm form(int number, boolean answered) {
        QuestionView q = new QuestionView("q" + number, "short", "Q" + number, null, java.math.BigDecimal.ONE, null, null, null,
                null, null, null);
        return new QuestionForm(number, q, Set.of(), answered ? "x" : "", List.of(), Map.of(), answered);
    }

    private static MultivaluedHashMap<String, String> posted(String... keysAndValues) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void aPageShowsTheQuestionAskedForKeptWithinTheQuiz() {
        List<QuestionForm> forms = List.of(form(1, true), form(2, false), form(3, false));
        assertEquals(3, AttemptPages.page("3", forms));
        assertEquals(3, AttemptPages.page("99", forms), "past the end: the last");
        assertEquals(1, AttemptPages.page("0", forms));
        assertEquals(1, AttemptPages.page("-4", forms));
        assertEquals(1, AttemptPages.page("three", forms), "not a number: the first");
        assertEquals(1, AttemptPages.page("99999999999999", forms));
        assertEquals(2, AttemptPages.page(null, forms), "coming back: the first question without an answer");
        assertEquals(2, AttemptPages.page(" ", forms));
        assertEquals(1, AttemptPages.page(null, List.of(form(1, true), form(2, true))), "all answered: the first");
    }

    @Test
    void aPostedFormLeadsOnAsItsButtonSays() {
        assertEquals("?q=3", AttemptPages.after(posted("action", "next"), 2, 3));
        assertEquals("?q=1", AttemptPages.after(posted("action", "previous"), 2, 3));
        assertEquals("?q=1", AttemptPages.after(posted("action", "previous"), 1, 3), "never before the first");
        assertEquals("?q=3", AttemptPages.after(posted("action", "next"), 3, 3), "never past the last");
        assertEquals("?q=1", AttemptPages.after(posted("go", "1"), 3, 3), "the navigator");
        assertEquals("?saved=1&q=2", AttemptPages.after(posted("go", "x"), 2, 3));
        assertEquals("?saved=1&q=2", AttemptPages.after(posted("action", "save"), 2, 3));
        assertEquals("?saved=1", AttemptPages.after(posted("action", "save"), 0, 3), "all on one page");
        assertEquals("?saved=1", AttemptPages.after(posted("action", "next"), 0, 3), "no pages to go to");
        assertEquals("?saved=1&moved=oabc123-top#q-events", AttemptPages.after(posted("move", "events|oabc123|top"), 0, 3));
        assertEquals("?saved=1&q=2&moved=oabc123-down#q-events", AttemptPages.after(posted("move", "events|oabc123|down"), 2, 3));
        assertEquals("?saved=1", AttemptPages.after(posted("move", "events|<script>|up"), 0, 3), "only valid ids in the address");
        assertEquals("?saved=1", AttemptPages.after(posted("move", "events|oabc123|sideways"), 0, 3));
    }

    @Test
    void aOnePerPageFormThatNamesNoQuestionSavesNothing() {
        List<QuestionView> questions = List.of(form(1, false).q(), form(2, false).q());
        AttemptView paged = new AttemptView("a1", "quiz", "Quiz", 1, null, false, questions, Map.of(), null,
                AttemptViews.ONE_PER_PAGE, null);
        assertEquals(2, AttemptPages.shownIn(paged, posted("q", "2")));
        assertEquals(-1, AttemptPages.shownIn(paged, posted("q", "3")));
        assertEquals(-1, AttemptPages.shownIn(paged, posted("q", "two")));
        assertEquals(-1, AttemptPages.shownIn(paged, posted()));
        assertEquals(Map.of(), AttemptPages.answersFrom(paged, posted("a.q1", "x", "a.q2", "y"), -1));
        assertEquals(java.util.Set.of("q2"), AttemptPages.answersFrom(paged, posted("a.q1", "x", "a.q2", "y"), 2).keySet());
        assertEquals("", AttemptPages.after(posted("action", "next"), -1, 2));
        AttemptView all = new AttemptView("a1", "quiz", "Quiz", 1, null, false, questions, Map.of(), null,
                AttemptViews.ALL_ON_ONE_PAGE, null);
        assertEquals(0, AttemptPages.shownIn(all, posted("q", "2")));
        assertEquals(2, AttemptPages.answersFrom(all, posted("a.q1", "x"), 0).size(), "all on one page: every question");
    }

    @Test
    void movesToTheTopAndTheBottom() {
        List<String> order = List.of("a", "b", "c", "d");
        assertEquals(List.of("c", "a", "b", "d"), Ordering.moved(order, "q", "q|c|top"));
        assertEquals(List.of("a", "c", "d", "b"), Ordering.moved(order, "q", "q|b|bottom"));
        assertEquals(List.of("a", "c", "b", "d"), Ordering.moved(order, "q", "q|c|up"));
        assertEquals(List.of("a", "b", "d", "c"), Ordering.moved(order, "q", "q|c|down"));
        assertEquals(order, Ordering.moved(order, "q", "q|a|top"), "already at the top");
        assertEquals(order, Ordering.moved(order, "q", "q|d|down"));
        assertEquals(order, Ordering.moved(order, "q", "q|x|top"), "an item not in the list");
        assertEquals(order, Ordering.moved(order, "q", "other|c|top"), "another question's move");
        assertEquals(order, Ordering.moved(order, "q", "q|c|left"));
    }

    @Test
    void onePerPageShowsOneQuestionWithItsNeighboursAndTheFocusGoesWhereTheLearnerWas() {
        List<QuestionView> questions = List.of(form(1, false).q(), form(2, false).q(), form(3, false).q());
        AttemptView paged = new AttemptView("a1", "quiz", "Quiz", 1, null, false, questions,
                Map.of("q1", AnswerBody.ofText("x")), null, AttemptViews.ONE_PER_PAGE, null);
        TakePage second = AttemptPages.take(paged, "2", false, null, Instant.now());
        assertEquals(List.of("q2"), second.shown().stream().map(f -> f.q().id()).toList());
        assertEquals(1, second.previous());
        assertEquals(3, second.next());
        assertEquals(1, second.answered(), "the count covers every question, not only this page's");
        assertTrue(second.focusOn(AttemptPages.FOCUS_QUESTION), "a jump to a question focuses its heading");
        TakePage resumed = AttemptPages.take(paged, null, false, null, Instant.now());
        assertEquals(2, resumed.current(), "back in the attempt: the first unanswered question");
        assertFalse(resumed.focusOn(AttemptPages.FOCUS_QUESTION), "a page opened afresh keeps the browser's own focus");
        assertEquals(0, AttemptPages.take(paged, "3", false, null, Instant.now()).next(), "no Next on the last");
        assertTrue(AttemptPages.take(paged, "1", true, null, Instant.now()).focusOn(AttemptPages.FOCUS_SAVED));
        assertTrue(AttemptPages.take(paged, "1", true, "oabc-up", Instant.now()).movedHere("oabc", "up"));

        AttemptView all = new AttemptView("a1", "quiz", "Quiz", 1, null, false, questions, Map.of(), null,
                AttemptViews.ALL_ON_ONE_PAGE, null);
        TakePage one = AttemptPages.take(all, "2", false, null, Instant.now());
        assertFalse(one.onePerPage());
        assertEquals(3, one.shown().size(), "all on one page ignores ?q=");
    }

    @Test
    void theTimerSpeaksInWholeMinutesThenSeconds() {
        assertWords(TimeLeft.of(12 * 60), 12, false, 0);
        assertWords(TimeLeft.of(11 * 60 + 1), 12, false, 0); // rounded up: "11 minutes" would be said with more left
        assertWords(TimeLeft.of(5 * 60 + 1), 6, false, 0);
        assertWords(TimeLeft.of(5 * 60), 5, false, 5);
        assertWords(TimeLeft.of(61), 2, false, 5);
        assertWords(TimeLeft.of(60), 1, false, 1);
        assertWords(TimeLeft.of(45), 45, true, 1);
        assertWords(TimeLeft.of(1), 1, true, 1);
        assertWords(TimeLeft.until(Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T10:05:00Z")), 0, true, 1);
        assertTrue(TimeLeft.of(60).one());
    }

    private static void assertWords(TimeLeft t, long amount, boolean seconds, int warning) {
        assertEquals(amount, t.amount(), t.toString());
        assertEquals(seconds, t.seconds(), t.toString());
        assertEquals(warning, t.warning(), t.toString());
    }
}
