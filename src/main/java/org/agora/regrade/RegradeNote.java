package org.agora.regrade;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptItem;

/**
 * What a learner's review says about the last regrade that changed the attempt: "Regraded on DATE:
 * was X, now Y" and the questions it changed, each with what it earned of its points before and now.
 * {@code score} is the attempt's score now (an essay grade released since counts too).
 */
public record RegradeNote(Instant at, BigDecimal was, BigDecimal wasMax, BigDecimal score, BigDecimal maxScore,
        List<Question> questions) {

    /** A question the regrade changed. */
    public record Question(String id, BigDecimal wasEarned, BigDecimal wasPoints, BigDecimal earned, BigDecimal points) {
    }

    /** The note, or null when no regrade ever changed the attempt. */
    public static RegradeNote of(Attempt a, List<AttemptItem> items) {
        if (a.regradedAt == null || a.scoreBeforeRegrade == null) {
            return null;
        }
        List<Question> changed = items.stream().filter(i -> i.earnedBeforeRegrade != null)
                .map(i -> new Question(i.questionId, i.earnedBeforeRegrade, i.pointsBeforeRegrade, i.earned, i.points)).toList();
        return new RegradeNote(a.regradedAt, a.scoreBeforeRegrade, a.maxBeforeRegrade, a.score, a.maxScore, changed);
    }

    /** The change to this question, or null when the regrade did not change it (for the review page). */
    public Question question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
    }
}
