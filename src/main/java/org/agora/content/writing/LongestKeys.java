package org.agora.content.writing;

import java.util.ArrayList;
import java.util.List;
import org.agora.content.Option;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;

/**
 * The correct option given away by its length: in one single-choice question, a key at least half
 * as long again as every other option; across a quiz, the key being the longest option in most
 * single-choice questions (of three or more options; true/false excluded).
 */
final class LongestKeys {

    static final double MUCH_LONGER = 1.5;

    private LongestKeys() {
    }

    static List<Problem> check(List<Quiz> module) {
        List<Problem> found = new ArrayList<>();
        for (Quiz quiz : module) {
            int single = 0;
            int longest = 0;
            for (Question q : quiz.questions()) {
                if (q.type() != QuestionType.SINGLE || q.options().size() < 3) {
                    continue;
                }
                single++;
                int key = q.options().stream().filter(Option::correct).mapToInt(o -> o.text().length()).findFirst().orElse(0);
                int other = q.options().stream().filter(o -> !o.correct()).mapToInt(o -> o.text().length()).max().orElse(0);
                if (key > other) {
                    longest++;
                }
                if (key >= MUCH_LONGER * other) {
                    found.add(Problem.warning(quiz.path(), q.line(), "longest key: the correct option (" + key
                            + " characters) is much longer than every other (at most " + other
                            + "); make the options alike in length and detail"));
                }
            }
            if (single >= 3 && longest * 2 > single) {
                found.add(Problem.warning(quiz.path(), 1, "longest key: the correct option is the longest in " + longest + " of "
                        + single + " single-choice questions; a learner who picks the longest scores well"));
            }
        }
        return found;
    }
}
