package org.agora.interchange.qti;

import org.agora.content.Numbers;
import org.agora.content.Quiz;
import org.agora.content.ReviewRule;

/**
 * {@code assessment_meta.xml}: Canvas's own settings of the quiz (namespace {@code cccv1p0}), in
 * the order Canvas's export writes them. The quiz arrives unpublished, as a graded quiz worth the
 * quiz's maximum score.
 */
final class QtiQuizSettings {

    static final String CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0";

    private QtiQuizSettings() {
    }

    static byte[] xml(Quiz quiz, QtiIds ids) {
        String points = Numbers.plain(quiz.maxScore());
        ReviewRule review = quiz.review();
        boolean shown = review == ReviewRule.AFTER_SUBMIT || review == ReviewRule.AFTER_LAST_ATTEMPT;
        String hide = switch (review) {
            case AFTER_SUBMIT -> "";
            case AFTER_LAST_ATTEMPT -> "until_after_last_attempt";
            case AFTER_CLOSE, NEVER -> "always";
        };
        return QtiXml.document("quiz", CANVAS_NS, new String[] {"identifier", ids.assessment()}, x -> {
            x.text("title", quiz.title());
            x.text("description", quiz.introHtml() == null ? "" : quiz.introHtml());
            x.text("shuffle_answers", String.valueOf(quiz.shuffle()));
            x.text("scoring_policy", "keep_highest");
            x.text("hide_results", hide);
            x.text("quiz_type", "assignment");
            x.text("points_possible", points);
            x.text("show_correct_answers", String.valueOf(shown));
            if (quiz.timeLimit() != null) {
                x.text("time_limit", String.valueOf(minutes(quiz)));
            }
            x.text("allowed_attempts", String.valueOf(quiz.attempts() == 0 ? -1 : quiz.attempts())); // -1: unlimited
            x.text("one_question_at_a_time", String.valueOf(quiz.onePerPage()));
            x.text("cant_go_back", "false");
            x.text("available", "false");
            x.text("show_correct_answers_last_attempt", String.valueOf(review == ReviewRule.AFTER_LAST_ATTEMPT));
            x.open("assignment", "identifier", ids.assignment());
            x.text("title", quiz.title());
            x.text("workflow_state", "unpublished");
            x.text("quiz_identifierref", ids.assessment());
            x.text("points_possible", points);
            x.text("grading_type", "points");
            x.text("submission_types", "online_quiz");
            x.close();
            x.text("assignment_group_identifierref", ids.assignmentGroup());
        });
    }

    /** The time limit in whole minutes, rounded up (Canvas's {@code time_limit} is in minutes). */
    static long minutes(Quiz quiz) {
        return (quiz.timeLimit().getSeconds() + 59) / 60;
    }
}
