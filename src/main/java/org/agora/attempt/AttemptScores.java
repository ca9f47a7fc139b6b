package org.agora.attempt;

import java.math.BigDecimal;
import java.util.List;
import org.agora.quiz.Scorer;

/**
 * An attempt's score from its items, the one rule for submission, grading and regrading: the
 * points earned so far, the points of essay answers still awaiting their grade, and pass, which is
 * decided only once nothing awaits (until then the attempt has neither passed nor failed).
 */
public final class AttemptScores {

    private AttemptScores() {
    }

    public static void total(Attempt a, List<AttemptItem> items, int passPercent) {
        BigDecimal score = BigDecimal.ZERO.setScale(2);
        BigDecimal pending = null;
        for (AttemptItem item : items) {
            if (item.pending) {
                pending = (pending == null ? BigDecimal.ZERO.setScale(2) : pending).add(item.points);
            } else if (item.earned != null) {
                score = score.add(item.earned);
            }
        }
        a.score = score;
        a.pendingPoints = pending;
        a.percent = Scorer.percent(score, a.maxScore);
        a.passed = pending == null ? Scorer.passed(score, a.maxScore, passPercent) : null;
    }
}
