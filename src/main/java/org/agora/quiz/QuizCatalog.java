package org.agora.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.agora.content.Lesson;
import org.agora.content.Quiz;
import org.agora.content.live.ContentRegistry;
import org.agora.web.NotFound;

/** The quizzes learners may take now: every valid quiz of the current content. */
@ApplicationScoped
public class QuizCatalog {

    /** A quiz overview page: the quiz and the lesson it checks (null when none). */
    public record QuizOverview(Quiz quiz, Lesson lesson) {
    }

    private final ContentRegistry registry;

    QuizCatalog(ContentRegistry registry) {
        this.registry = registry;
    }

    public List<Quiz> quizzes() {
        return registry.content().quizzes();
    }

    /** The current version of the quiz, or 404 when no valid quiz has this id. */
    public Quiz quiz(String id) {
        return registry.content().quiz(id).orElseThrow(() -> new NotFound((t, l) -> t.content_no_quiz(id)));
    }

    public QuizOverview overview(String id) {
        Quiz quiz = quiz(id);
        Lesson lesson = quiz.lesson() == null ? null : registry.content().lesson(quiz.lesson()).orElse(null);
        return new QuizOverview(quiz, lesson);
    }
}
