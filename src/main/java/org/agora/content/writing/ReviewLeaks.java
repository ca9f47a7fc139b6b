package org.agora.content.writing;

import java.util.ArrayList;
import java.util.List;
import org.agora.content.Problem;
import org.agora.content.Quiz;
import org.agora.content.ReviewRule;

/**
 * {@code review: after-submit} with more than one attempt: the key is shown after the first
 * attempt, so the later ones measure copying, not learning. {@code after-last-attempt},
 * {@code after-close} (the keys wait for the class's closing time) and {@code never} do not leak.
 */
final class ReviewLeaks {

    private ReviewLeaks() {
    }

    static List<Problem> check(List<Quiz> module) {
        List<Problem> found = new ArrayList<>();
        for (Quiz quiz : module) {
            if (quiz.review() == ReviewRule.AFTER_SUBMIT && quiz.attempts() != 1) {
                String attempts = quiz.attempts() == 0 ? "unlimited attempts" : quiz.attempts() + " attempts";
                found.add(Problem.warning(quiz.path(), 1, "review leak: 'review: after-submit' with " + attempts
                        + " shows the answers after the first attempt, so the later attempts measure copying; use "
                        + "'review: after-last-attempt' or 'review: after-close', or 'attempts: 1'"));
            }
        }
        return found;
    }
}
