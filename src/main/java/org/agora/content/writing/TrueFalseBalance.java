package org.agora.content.writing;

import java.util.ArrayList;
import java.util.List;
import org.agora.content.Option;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;

/**
 * True/false keys nearly all one way (at least 80 % True or 80 % False, among 3 or more in a quiz
 * or 5 or more in the module): a learner who answers the same every time scores well.
 */
final class TrueFalseBalance {

    static final double NEARLY_ALL = 0.8;

    private TrueFalseBalance() {
    }

    static List<Problem> check(List<Quiz> module, String modulePath) {
        List<Problem> found = new ArrayList<>();
        int moduleTrue = 0;
        int moduleAll = 0;
        for (Quiz quiz : module) {
            List<Question> tf = quiz.questions().stream().filter(q -> q.type() == QuestionType.TRUEFALSE).toList();
            long keyedTrue = tf.stream().filter(TrueFalseBalance::keyedTrue).count();
            moduleTrue += (int) keyedTrue;
            moduleAll += tf.size();
            String lopsided = lopsided((int) keyedTrue, tf.size(), 3);
            if (lopsided != null) {
                found.add(Problem.warning(quiz.path(), tf.get(0).line(), "true/false balance: " + lopsided
                        + " of this quiz's true/false questions; key about as many each way"));
            }
        }
        String lopsided = lopsided(moduleTrue, moduleAll, 5);
        if (lopsided != null) {
            found.add(Problem.warning(modulePath, 0, "true/false balance: " + lopsided
                    + " of the module's true/false questions; key about as many each way"));
        }
        return found;
    }

    /** "7 of 8 are keyed False", or null when balanced enough or too few to judge. */
    static String lopsided(int keyedTrue, int all, int atLeast) {
        if (all < atLeast) {
            return null;
        }
        int majority = Math.max(keyedTrue, all - keyedTrue);
        if (majority < NEARLY_ALL * all) {
            return null;
        }
        return majority + " of " + all + " are keyed " + (keyedTrue >= all - keyedTrue ? "True" : "False");
    }

    private static boolean keyedTrue(Question q) {
        return q.options().stream().filter(Option::correct).anyMatch(o -> o.text().equalsIgnoreCase("true"));
    }
}
