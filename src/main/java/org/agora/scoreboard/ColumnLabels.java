package org.agora.scoreboard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.content.Lesson;
import org.agora.content.Quiz;

/**
 * Short quiz column headings: the number of the quiz's lesson ("L3"), so that eight quizzes fit a
 * screen; a second quiz of one lesson is "L3.2", a quiz of no lesson "Q" and its place ("Q8").
 */
final class ColumnLabels {

    private ColumnLabels() {
    }

    static Map<String, String> of(List<Quiz> quizzes, List<Lesson> lessons) {
        Map<String, Integer> lessonNumber = new HashMap<>();
        for (Lesson l : lessons) {
            lessonNumber.put(l.id(), l.order());
            if (l.quiz() != null) {
                lessonNumber.putIfAbsent("quiz:" + l.quiz(), l.order());
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<Integer, Integer> perLesson = new HashMap<>();
        for (int i = 0; i < quizzes.size(); i++) {
            Quiz q = quizzes.get(i);
            Integer n = lessonNumber.getOrDefault("quiz:" + q.id(), q.lesson() == null ? null : lessonNumber.get(q.lesson()));
            if (n == null) {
                labels.put(q.id(), "Q" + (i + 1));
            } else {
                int seen = perLesson.merge(n, 1, Integer::sum);
                labels.put(q.id(), "L" + n + (seen == 1 ? "" : "." + seen));
            }
        }
        return labels;
    }
}
