package org.agora.scoreboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.agora.language.Board;
import org.agora.scoreboard.Scoreboard.Column;

/**
 * What the projector shows, as its page and its event stream carry it: the top {@link #TOP} of
 * the class in whole percent, the quizzes (for the per-quiz links) and, in the per-quiz view, that
 * quiz's submissions and score distribution. Names follow the class's privacy setting.
 * <p>
 * {@code lines}: the first {@link #LINES} of the class, of which the page shows {@link #TOP} at a
 * time; projector.js turns the pages of a larger class (ranks 11-20, ...). {@code top} is the first
 * page, what the page shows without JavaScript.
 */
public record ProjectorView(String className, String classProgress, int learners, int shown, List<Line> top,
        List<Line> lines, List<QuizLink> quizzes, QuizView quiz) {

    /** Rows that fit a 16:9 screen at a size the back of a classroom reads. */
    static final int TOP = 10;
    /** Ten pages at most: a class larger than that reads its own rank on the scoreboard, not on the wall. */
    static final int LINES = 100;
    /** Names listed in the per-quiz view; beyond them, how many more. */
    static final int NAMES = 40;

    public record Line(int rank, String name, int percent, int quizzesPassed, int lessonsCompleted) {

        /** A learner the class's privacy setting hides: the page names them in its language. */
        @JsonIgnore
        public boolean anonymous() {
            return ScoreboardService.ANONYMOUS.equals(name);
        }
    }

    public record QuizLink(String id, String label, String title) {
    }

    /**
     * One quiz: how many of the class submitted it, their names (none when the class shows no
     * names), how many of them wait for grading, and the distribution of graded best scores.
     */
    public record QuizView(String id, String title, String label, int submitted, List<String> names, int more,
            int graded, int pending, List<Integer> bins, String histogram) {
    }

    static ProjectorView of(Scoreboard b, String quizId) {
        return of(b, quizId, null);
    }

    /** The view with its chart's words in the language of {@code texts} (English when null). */
    static ProjectorView of(Scoreboard b, String quizId, Board texts) {
        List<Line> lines = b.rows().stream().limit(LINES)
                .map(r -> new Line(r.rank(), r.name(), r.wholePercent(), r.quizzesPassed(), r.lessonsCompleted())).toList();
        List<Line> top = lines.subList(0, Math.min(TOP, lines.size()));
        QuizView quiz = b.quizzes().stream().filter(q -> q.id().equals(quizId)).findFirst()
                .map(q -> quiz(QuizSummary.of(b, q), "anonymous".equals(b.privacy()), texts)).orElse(null);
        return new ProjectorView(b.className(), b.classProgress().toPlainString(), b.rows().size(), top.size(), top, lines,
                b.quizzes().stream().map(q -> new QuizLink(q.id(), q.label(), q.title())).toList(), quiz);
    }

    private static QuizView quiz(QuizSummary s, boolean nameless, Board texts) {
        Column q = s.quiz();
        List<String> names = nameless ? List.of() : s.submitted().stream().limit(NAMES).toList();
        return new QuizView(q.id(), q.title(), q.label(), s.submitted().size(), names,
                nameless ? 0 : s.submitted().size() - names.size(), s.graded(), s.pending(), s.bins(), s.svg(texts));
    }
}
