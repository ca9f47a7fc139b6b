package org.agora.schedule;

import java.time.Duration;

/**
 * What one class gives a learner on a quiz's time limit: an extra-time percentage (an
 * accommodation, for every timed quiz) and, for one quiz, an instructor's own time limit that
 * replaces the quiz's. The override wins over the percentage: it is the exact figure the
 * instructor chose for this learner and quiz.
 */
public record Allowance(int extraTimePercent, Duration timeLimit) {

    public static final Allowance NONE = new Allowance(0, null);

    /** The learner's time limit in this class at a quiz whose own limit is {@code quizLimit} (null: none). */
    public Duration applied(Duration quizLimit) {
        if (timeLimit != null) {
            return timeLimit;
        }
        if (quizLimit == null || extraTimePercent == 0) {
            return quizLimit;
        }
        // 50 % turns 20 minutes into 30: exact to the nanosecond, never rounded down to less.
        return quizLimit.multipliedBy(100L + extraTimePercent).dividedBy(100);
    }
}
