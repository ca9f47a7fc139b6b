package org.agora.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.agora.content.ContentSet;
import org.agora.content.Lesson;
import org.agora.content.Quiz;
import org.agora.content.live.ContentRegistry;
import org.agora.web.NotFound;

/** What the lesson pages and the lesson API show; both call this and nothing else. */
@ApplicationScoped
public class LessonService {

    /** A lesson on the home page, with the quiz that closes it (null when it has none). */
    public record LessonCard(Lesson lesson, Quiz quiz) {
    }

    /** A lesson page: the lesson, its neighbours in module order, and its quiz (each may be null). */
    public record LessonPage(Lesson lesson, Lesson previous, Lesson next, Quiz quiz, List<Lesson> references) {
    }

    private final ContentRegistry registry;

    LessonService(ContentRegistry registry) {
        this.registry = registry;
    }

    public List<Lesson> lessons() {
        return registry.content().lessons();
    }

    public List<LessonCard> cards() {
        ContentSet content = registry.content();
        return content.lessons().stream()
                .map(l -> new LessonCard(l, l.quiz() == null ? null : content.quiz(l.quiz()).orElse(null)))
                .toList();
    }

    /** The lesson, or 404 when no valid lesson has this id. */
    public Lesson lesson(String id) {
        return registry.content().lesson(id).orElseThrow(() -> new NotFound((t, l) -> t.content_no_lesson(id)));
    }

    public LessonPage page(String id) {
        ContentSet content = registry.content();
        Optional<Lesson> reference = content.reference(id);
        if (reference.isPresent()) {
            return new LessonPage(reference.get(), null, null, null, content.references());
        }
        Lesson lesson = lesson(id);
        List<Lesson> all = content.lessons();
        int i = all.indexOf(lesson);
        return new LessonPage(lesson,
                i > 0 ? all.get(i - 1) : null,
                i < all.size() - 1 ? all.get(i + 1) : null,
                lesson.quiz() == null ? null : content.quiz(lesson.quiz()).orElse(null), content.references());
    }
}
