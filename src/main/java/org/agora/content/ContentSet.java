package org.agora.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One consistent snapshot of the lesson and quiz folders: the valid lessons (in module order),
 * the valid quizzes (by id), and every problem of every file. A file with errors contributes
 * problems and nothing else.
 */
public record ContentSet(List<Lesson> lessons, List<Quiz> quizzes, List<Problem> problems, Instant loadedAt) {

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Quiz> quiz(String id) {
        return quizzes.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
