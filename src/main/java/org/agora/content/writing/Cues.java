package org.agora.content.writing;

import java.util.ArrayList;
import java.util.List;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.Quiz;

/**
 * A question that answers another: the key of one question (see {@link Keys}) printed in what a
 * learner sees of another question of the same quiz (any two can share an attempt, a pool's
 * included), or in the quiz's title or intro. Both places are named.
 */
final class Cues {

    /** Shorter keys ("UN", "EU") are everywhere and cue nothing. */
    static final int SHORTEST_KEY = 3;

    private Cues() {
    }

    static List<Problem> check(List<Quiz> module) {
        List<Problem> found = new ArrayList<>();
        for (Quiz quiz : module) {
            String intro = quiz.title() + "\n" + Texts.plain(quiz.introHtml());
            for (Question asked : quiz.questions()) {
                List<String> keys = Keys.of(asked).stream().filter(k -> k.strip().length() >= SHORTEST_KEY).toList();
                // One warning per place, naming the first key found there (a name and its surname are one cue).
                keys.stream().filter(k -> Texts.containsPhrase(intro, k)).findFirst()
                        .ifPresent(k -> found.add(cue(quiz, asked, k, "the quiz's title or intro")));
                for (Question other : quiz.questions()) {
                    if (other == asked) {
                        continue;
                    }
                    String seen = Texts.seen(other);
                    keys.stream().filter(k -> Texts.containsPhrase(seen, k)).findFirst()
                            .ifPresent(k -> found.add(cue(quiz, asked, k, "question '" + other.id() + "' (line " + other.line() + ")")));
                }
            }
        }
        return found;
    }

    private static Problem cue(Quiz quiz, Question asked, String key, String where) {
        return Problem.warning(quiz.path(), asked.line(), "cue: the answer '" + key + "' of question '" + asked.id()
                + "' is printed in " + where + "; reword one of them");
    }
}
