package org.agora.progress;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.account.Account;
import org.agora.attempt.Attempt;
import org.agora.content.ContentSet;
import org.agora.content.Lesson;
import org.agora.content.Quiz;
import org.agora.content.live.ContentRegistry;
import org.agora.learner.ExtraAttempts;
import org.agora.web.NotFound;

/** A learner's progress through the module: lessons read, each quiz's best score, what to do next. */
@ApplicationScoped
public class ProgressService {

    public record LessonState(String id, String title, boolean completed) {
    }

    /**
     * {@code best} counts graded attempts only; {@code pending} is the points of the learner's
     * attempts that await grading (null when none do): such an attempt has neither passed nor failed.
     */
    public record QuizState(String id, String title, BigDecimal best, BigDecimal maxScore, long attemptsUsed,
            int attemptsAllowed, boolean passed, BigDecimal pending) {

        public boolean awaitingGrading() {
            return pending != null;
        }


        /** The best score as a percent of the maximum, for the bar. */
        public BigDecimal bestPercent() {
            return best == null || maxScore.signum() == 0 ? BigDecimal.ZERO
                    : best.multiply(BigDecimal.valueOf(100)).divide(maxScore, 0, RoundingMode.HALF_UP);
        }
    }

    /**
     * The next suggested step: a label and where it leads (null when everything is done). The label
     * stays English for the API's JSON; pages write theirs from {@code lesson} and {@code title}
     * in their language ({@code common_next_lesson}, {@code common_next_quiz}).
     */
    public record NextStep(String label, String href, @JsonIgnore boolean lesson, @JsonIgnore String title) {

        static NextStep lesson(Lesson l) {
            return new NextStep("Read the lesson “" + l.title() + "”", "/lessons/" + l.id(), true, l.title());
        }

        static NextStep quiz(QuizState q) {
            return new NextStep("Take the quiz “" + q.title() + "”", "/quizzes/" + q.id(), false, q.title());
        }
    }

    public record Progress(List<LessonState> lessons, List<QuizState> quizzes, BigDecimal percentComplete, NextStep next) {
    }

    /** An attempt the learner started and can still go on with. */
    public record OpenAttempt(String id, String quizTitle, int number) {
    }

    /**
     * The home page for a learner: the progress, and the attempt to resume (null when none is open);
     * without one, the learner continues with the progress's next step.
     */
    public record Home(Progress progress, OpenAttempt open) {

        public boolean read(String lessonId) {
            return progress.lessons().stream().anyMatch(l -> l.id().equals(lessonId) && l.completed());
        }

        public QuizState quiz(String quizId) {
            return progress.quizzes().stream().filter(q -> q.id().equals(quizId)).findFirst().orElse(null);
        }
    }

    private final ContentRegistry registry;
    private final EntityManager em;

    ProgressService(ContentRegistry registry, EntityManager em) {
        this.registry = registry;
        this.em = em;
    }

    /** Marks a lesson read; marking it again changes nothing. 404 for an unknown lesson. */
    @Transactional
    public void complete(Account learner, String lessonId) {
        Lesson lesson = registry.content().lesson(lessonId)
                .orElseThrow(() -> new NotFound((t, l) -> t.content_no_lesson(lessonId)));
        if (LessonProgress.findById(new LessonProgress.Key(learner.id, lesson.id())) == null) {
            LessonProgress p = new LessonProgress();
            p.accountId = learner.id;
            p.lessonId = lesson.id();
            p.completedAt = Instant.now();
            p.persist();
        }
    }

    public boolean completed(Account learner, String lessonId) {
        return LessonProgress.findById(new LessonProgress.Key(learner.id, lessonId)) != null;
    }

    @Transactional
    public Progress of(Account learner) {
        ContentSet content = registry.content();
        Set<String> read = LessonProgress.completedBy(learner.id);
        Map<String, Object[]> stats = quizStats(learner.id);
        Map<String, Integer> granted = ExtraAttempts.byQuiz(learner.id);
        List<LessonState> lessonStates = content.lessons().stream()
                .map(l -> new LessonState(l.id(), l.title(), read.contains(l.id()))).toList();
        List<QuizState> quizStates = new ArrayList<>();
        for (Quiz q : quizzesInModuleOrder(content)) {
            Object[] s = stats.get(q.id());
            quizStates.add(new QuizState(q.id(), q.title(), s == null ? null : (BigDecimal) s[0], q.maxScore(),
                    s == null ? 0 : ((Number) s[1]).longValue(),
                    q.attempts() == 0 ? 0 : q.attempts() + granted.getOrDefault(q.id(), 0), s != null && Boolean.TRUE.equals(s[2]),
                    s == null ? null : (BigDecimal) s[3]));
        }
        long done = lessonStates.stream().filter(LessonState::completed).count()
                + quizStates.stream().filter(QuizState::passed).count();
        long total = lessonStates.size() + quizStates.size();
        BigDecimal percent = total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return new Progress(lessonStates, quizStates, percent, next(content, read, quizStates));
    }

    /** The learner's progress and where to continue: in a few queries, however many lessons there are. */
    @Transactional
    public Home home(Account learner) {
        return new Home(of(learner), openAttempt(learner));
    }

    /** The learner's most recently started attempt that is still open, at a quiz that is still offered. */
    private OpenAttempt openAttempt(Account learner) {
        ContentSet content = registry.content();
        List<Attempt> open = Attempt.list("accountId = ?1 and preview = false and submittedAt is null and (deadline is null or deadline > ?2) "
                + "order by startedAt desc", learner.id, Instant.now());
        return open.stream().filter(a -> content.quiz(a.quizId).isPresent()).findFirst()
                .map(a -> new OpenAttempt(a.id, content.quiz(a.quizId).get().title(), a.number)).orElse(null);
    }

    /**
     * Best graded score, attempts used, whether any attempt passed and the points awaiting grading,
     * per quiz: one aggregate query.
     */
    private Map<String, Object[]> quizStats(long accountId) {
        List<Object[]> rows = em.createQuery("select a.quizId, max(case when a.pendingPoints is null then a.score end), count(a), "
                + "max(case when a.passed = true then 1 else 0 end), sum(a.pendingPoints) from Attempt a "
                + "where a.accountId = ?1 and a.preview = false group by a.quizId", Object[].class).setParameter(1, accountId).getResultList();
        Map<String, Object[]> map = new HashMap<>();
        for (Object[] r : rows) {
            map.put((String) r[0], new Object[] { r[1], r[2], ((Number) r[3]).intValue() == 1, r[4] });
        }
        return map;
    }

    /** Each lesson's quiz after it, then the quizzes that close no lesson (the final quiz). */
    private static List<Quiz> quizzesInModuleOrder(ContentSet content) {
        List<Quiz> ordered = new ArrayList<>();
        for (Lesson l : content.lessons()) {
            if (l.quiz() != null) {
                content.quiz(l.quiz()).filter(q -> !ordered.contains(q)).ifPresent(ordered::add);
            }
        }
        content.quizzes().stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
        return ordered;
    }

    private static NextStep next(ContentSet content, Set<String> read, List<QuizState> quizzes) {
        Map<String, QuizState> byId = new HashMap<>();
        quizzes.forEach(q -> byId.put(q.id(), q));
        for (Lesson l : content.lessons()) {
            if (!read.contains(l.id())) {
                return NextStep.lesson(l);
            }
            QuizState q = l.quiz() == null ? null : byId.get(l.quiz());
            if (q != null && !q.passed()) {
                return NextStep.quiz(q);
            }
        }
        return quizzes.stream().filter(q -> !q.passed()).findFirst()
                .map(NextStep::quiz).orElse(null);
    }
}
