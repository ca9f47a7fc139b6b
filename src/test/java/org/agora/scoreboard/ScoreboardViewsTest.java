package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.Scoreboard.Column;
import org.agora.scoreboard.Scoreboard.Row;
import org.junit.jupiter.api.Test;

/** Percentages, heat-map bands, per-quiz distributions and the projector's view, without a server. */
class ScoreboardViewsTest {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final Column QUIZ = new Column("q1", "First quiz", TEN, "L1");

    @Test
    void percentagesAreWholeAndRoundHalfUp() {
        assertEquals(9, Scoreboard.percent(new BigDecimal("8.55"), new BigDecimal("97")));
        assertEquals(50, Scoreboard.percent(new BigDecimal("0.5"), BigDecimal.ONE));
        assertEquals(67, Scoreboard.percent(new BigDecimal("2"), new BigDecimal("3")));
        assertEquals(0, Scoreboard.percent(BigDecimal.ZERO, BigDecimal.ZERO), "nothing to earn is 0 %, not an error");
        assertEquals(85, new Cell(new BigDecimal("8.5"), TEN, true, false).percent());
        assertNull(new Cell(null, TEN, false, true).percent(), "pending grading has no percentage");
    }

    @Test
    void heatBandsFollowTheLegend() {
        assertEquals(List.of(0, 0, 1, 1, 2, 2, 3, 3, 4, 4), List.of(0, 39, 40, 59, 60, 79, 80, 89, 90, 100).stream()
                .map(ScoreboardViews::band).toList());
        assertEquals("heat-3", ScoreboardViews.heat(new Cell(new BigDecimal("8.5"), TEN, true, false)));
        assertEquals("", ScoreboardViews.heat(new Cell(null, TEN, false, true)));
        assertEquals("", ScoreboardViews.heat(null));
    }

    @Test
    void ordinals() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 102).stream().map(ScoreboardViews::ordinal).toList());
    }

    @Test
    void aQuizSummaryCountsSubmissionsAndBinsGradedBestScores() {
        List<Row> rows = List.of(row(1, "Ann", cell("10")), row(2, "Ben", cell("9.5")), row(3, "Cho", cell("4")),
                row(4, "Dan", new Cell(null, TEN, false, true)), row(5, "Eve", null));
        QuizSummary s = QuizSummary.of(board(rows, "nickname"), QUIZ);
        assertEquals(List.of("Ann", "Ben", "Cho", "Dan"), s.submitted(), "in rank order; Eve has not submitted");
        assertEquals(5, s.learners());
        assertEquals(3, s.graded());
        assertEquals(1, s.pending());
        assertEquals(List.of(0, 0, 0, 0, 1, 0, 0, 0, 0, 2), s.bins(), "100 % and 95 % both fall in 90-100 %");
        assertTrue(s.svg().contains("aria-label=\"Best scores in First quiz, in tens of percent: "), s.svg());
        assertTrue(s.svg().contains("90–100%: 2."), s.svg());
    }

    @Test
    void theProjectorShowsTheTopTenInPercentAndSaysHowMany() {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            rows.add(row(i, "Learner " + i, cell(String.valueOf(Math.max(0, 10 - i / 3)))));
        }
        ProjectorView v = ProjectorView.of(board(rows, "nickname"), null);
        assertEquals(24, v.learners());
        assertEquals(ProjectorView.TOP, v.shown());
        assertEquals(10, v.top().size());
        assertEquals(100, v.top().get(0).percent());
        assertEquals(24, v.lines().size(), "every page, for the projector to turn");
        assertEquals(v.top(), v.lines().subList(0, 10), "the first page is the top ten");
        assertNull(v.quiz());
        assertEquals("L1", v.quizzes().get(0).label());

        ProjectorView perQuiz = ProjectorView.of(board(rows, "nickname"), "q1");
        assertEquals(24, perQuiz.quiz().submitted());
        assertEquals(24, perQuiz.quiz().names().size(), "24 names all fit");
        assertEquals(0, perQuiz.quiz().more());
    }

    @Test
    void aNamelessClassListsNoNamesInThePerQuizView() {
        List<Row> rows = List.of(row(1, "Anonymous learner", cell("10")), row(2, "Anonymous learner", cell("5")));
        ProjectorView v = ProjectorView.of(board(rows, "anonymous"), "q1");
        assertEquals(2, v.quiz().submitted());
        assertEquals(List.of(), v.quiz().names());
        assertEquals(0, v.quiz().more());
        assertNull(ProjectorView.of(board(rows, "anonymous"), "no-such-quiz").quiz());
    }

    @Test
    void longListsOfNamesEndWithHowManyMore() {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= ProjectorView.NAMES + 5; i++) {
            rows.add(row(i, "N" + i, cell("5")));
        }
        ProjectorView.QuizView q = ProjectorView.of(board(rows, "full"), "q1").quiz();
        assertEquals(ProjectorView.NAMES, q.names().size());
        assertEquals(5, q.more());
    }

    private static Cell cell(String best) {
        return new Cell(new BigDecimal(best), TEN, new BigDecimal(best).compareTo(new BigDecimal("6")) >= 0, false);
    }

    private static Row row(int rank, String name, Cell cell) {
        BigDecimal total = cell == null || cell.best() == null ? BigDecimal.ZERO : cell.best();
        return new Row(rank, name, null, total, TEN, 0, 0, cell == null ? Map.of() : Map.of("q1", cell), false, 0);
    }

    private static Scoreboard board(List<Row> rows, String privacy) {
        return new Scoreboard("ABCD-1234", "Class", privacy, List.of(QUIZ), rows, TEN, 1, BigDecimal.ZERO);
    }
}
