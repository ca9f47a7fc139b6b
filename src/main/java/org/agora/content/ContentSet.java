package org.agora.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One consistent snapshot of the lesson and quiz folders: the valid lessons (in module order),
 * the valid reference pages (a glossary, the sources: linked from every lesson, outside the module's
 * order), the valid quizzes (by id), and every problem of every file. A file with errors contributes
 * problems and nothing else.
 */
public record ContentSet(List<Lesson> lessons, List<Lesson> references, List<Quiz> quizzes, List<Problem> problems,
        Instant loadedAt) {

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A reference page by id. */
    public Optional<Lesson> reference(String id) {
        return references.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Quiz> quiz(String id) {
        return quizzes.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
