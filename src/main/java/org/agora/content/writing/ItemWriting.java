package org.agora.content.writing;

import java.util.ArrayList;
import java.util.List;
import org.agora.content.Problem;
import org.agora.content.Problems;
import org.agora.content.Quiz;

/**
 * Item-writing checks over the module's valid quizzes: flaws that let a learner who has not read
 * the lessons score well (a question that answers another, a key given away by its length, true/false
 * keys all one way, answers shown between attempts, the same question twice, weak options). They
 * are warnings: a quiz with them is still served; {@code lint --strict} fails on them. Each is
 * explained with an example in the README's authoring guide.
 */
public final class ItemWriting {

    private ItemWriting() {
    }

    /** Every warning, in file and line order; {@code modulePath} names the quiz folder for module-wide ones. */
    public static List<Problem> warnings(List<Quiz> module, String modulePath) {
        List<Problem> found = new ArrayList<>();
        found.addAll(Cues.check(module));
        found.addAll(LongestKeys.check(module));
        found.addAll(TrueFalseBalance.check(module, modulePath));
        found.addAll(ReviewLeaks.check(module));
        found.addAll(Duplicates.check(module));
        found.addAll(WeakOptions.check(module));
        found.sort(Problems.ORDER);
        return List.copyOf(found);
    }
}
