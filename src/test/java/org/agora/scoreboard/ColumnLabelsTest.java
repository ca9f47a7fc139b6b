package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.agora.content.Lesson;
import org.agora.content.Quiz;
import org.junit.jupiter.api.Test;

/** Short quiz headings: the lesson's number, a second quiz of a lesson numbered on, a quiz of no lesson by its place. */
class ColumnLabelsTest {

    @Test
    void quizzesAreLabelledByTheirLessonsNumber() {
        List<Lesson> lessons = List.of(lesson("intro", 1, "intro-quiz"), lesson("rights", 2, null), lesson("glossary", 9, null));
        List<Quiz> quizzes = List.of(quiz("intro-quiz", null), quiz("rights-quiz", "rights"), quiz("rights-extra", "rights"),
                quiz("loose", null));
        assertEquals(Map.of("intro-quiz", "L1", "rights-quiz", "L2", "rights-extra", "L2.2", "loose", "Q4"),
                ColumnLabels.of(quizzes, lessons));
    }

    private static Lesson lesson(String id, int order, String quiz) {
        return new Lesson(id, id, order, 10, List.of(), List.of(), quiz, "", List.of(), id + ".md", false, null);
    }

    private static Quiz quiz(String id, String lesson) {
        return new Quiz(id, id, lesson, 60, 0, null, null, false, null, false, "", List.of(), "hash", id + ".md", null);
    }
}
