package org.agora.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.agora.attempt.Layout.Slot;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.junit.jupiter.api.Test;

/** How an attempt shows its options: true/false always True first, other questions still shuffled. */
class LayoutsTest {

    private static final String QUIZ = """
            ---
            shuffle: true
            ---
            ## False first in the file {#tf}

            - (x) False
            - ( ) True

            ## True first in the file {#tf2}

            - ( ) true
            - (x) false

            ## Many options {#many}

            - (x) a
            - ( ) b
            - ( ) c
            - ( ) d
            - ( ) e
            """;

    private static Quiz quiz() {
        return new QuizParser().parse("quizzes/q.md", QUIZ).value();
    }

    private static List<String> shown(Quiz quiz, Layout layout, String question) {
        return layout.question(question).options().stream().map(Slot::index)
                .map(i -> quiz.question(question).options().get(i).text()).toList();
    }

    @Test
    void trueFalseIsAlwaysTrueThenFalseWhateverTheShuffleOrTheFile() {
        Quiz quiz = quiz();
        Set<List<String>> manyOrders = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Layout layout = Layouts.draw(quiz, new Random(seed));
            assertEquals(List.of("True", "False"), shown(quiz, layout, "tf"), "seed " + seed);
            assertEquals(List.of("true", "false"), shown(quiz, layout, "tf2"), "seed " + seed);
            manyOrders.add(shown(quiz, layout, "many"));
        }
        assertNotEquals(1, manyOrders.size(), "other questions are still shuffled");
    }
}
