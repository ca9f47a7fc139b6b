package org.agora.scoreboard;

import java.util.Arrays;
import java.util.List;
import org.agora.language.Board;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.Scoreboard.Column;
import org.agora.scoreboard.Scoreboard.Row;

/**
 * One quiz across the rows of a board: who has submitted it (names as the board names them, in
 * rank order), how many await grading, and the distribution of the graded best scores in ten bins
 * of ten percent (the last one 90-100 %). Built from the board, so it shows no more than the board.
 */
public record QuizSummary(Column quiz, int learners, List<String> submitted, int graded, int pending, List<Integer> bins) {

    static QuizSummary of(Scoreboard board, Column quiz) {
        List<Cell> cells = board.rows().stream().map(r -> r.cell(quiz.id())).filter(c -> c != null).toList();
        List<String> names = board.rows().stream().filter(r -> r.cell(quiz.id()) != null).map(Row::name).toList();
        List<Double> percents = cells.stream().map(Cell::percent).filter(p -> p != null).map(Integer::doubleValue).toList();
        int pending = (int) cells.stream().filter(Cell::pending).count();
        return new QuizSummary(quiz, board.rows().size(), names, percents.size(), pending,
                Arrays.stream(Statistics.histogram(percents)).boxed().toList());
    }

    /** Every quiz of the board. */
    static List<QuizSummary> all(Scoreboard board) {
        return board.quizzes().stream().map(q -> of(board, q)).toList();
    }

    /** The distribution as an inline SVG image whose label says every count. */
    public String svg() {
        return svg(null);
    }

    /** The same in the language of {@code texts} (English when null). */
    public String svg(Board texts) {
        return Histogram.svg(bins, texts == null ? "Best scores in " + quiz.title() : texts.scoreboard_histogram(quiz.title()), texts);
    }
}
