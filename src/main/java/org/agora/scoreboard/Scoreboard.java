package org.agora.scoreboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A class's scoreboard as one viewer may see it. */
public record Scoreboard(String classCode, String className, String privacy, List<Column> quizzes, List<Row> rows,
        BigDecimal maxTotal, int lessonCount, BigDecimal classProgress, boolean acceptsLateWork) {

    /** A board of a class that refuses late work. */
    public Scoreboard(String classCode, String className, String privacy, List<Column> quizzes, List<Row> rows,
            BigDecimal maxTotal, int lessonCount, BigDecimal classProgress) {
        this(classCode, className, privacy, quizzes, rows, maxTotal, lessonCount, classProgress, false);
    }

    /** A quiz column. */
    public record Column(String id, String title, BigDecimal maxScore) {
    }

    /**
     * A learner's best graded score on one quiz; null best when no attempt is graded. {@code pending}:
     * an attempt awaits essay grading (shown as pending, neither 0 nor failed). {@code late}: the
     * best score was earned by an attempt submitted after the learner's due date (or, with none
     * graded, every submitted attempt was late).
     */
    public record Cell(BigDecimal best, BigDecimal maxScore, boolean passed, boolean pending, boolean late) {

        public Cell(BigDecimal best, BigDecimal maxScore, boolean passed, boolean pending) {
            this(best, maxScore, passed, pending, false);
        }
    }

    /**
     * One learner. {@code name} already follows the class's privacy for this viewer; {@code me}
     * marks the viewer's own row; {@code username} is set for instructors only.
     */
    public record Row(int rank, String name, String username, BigDecimal total, BigDecimal maxTotal, int quizzesPassed,
            int lessonsCompleted, Map<String, Cell> quizzes, boolean me, long accountId) {

        public Cell cell(String quizId) {
            return quizzes.get(quizId);
        }

        public BigDecimal percent() {
            return maxTotal.signum() == 0 ? BigDecimal.ZERO
                    : total.multiply(BigDecimal.valueOf(100)).divide(maxTotal, 1, java.math.RoundingMode.HALF_UP);
        }
    }
}
