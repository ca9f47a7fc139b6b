package org.agora.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.account.Account;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptItem;
import org.agora.attempt.AttemptScores;
import org.agora.attempt.QuizVersions;
import org.agora.classroom.Classroom;
import org.agora.content.Essay;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.grading.GradingViews.Answer;
import org.agora.grading.GradingViews.Change;
import org.agora.grading.GradingViews.Entry;
import org.agora.grading.GradingViews.Grade;
import org.agora.grading.GradingViews.Queue;
import org.agora.quiz.QuizCatalog;
import org.agora.web.Conflict;
import org.agora.web.NotFound;

/**
 * The grading queue of one quiz in one class, for the pages and the API alike: the essay answers of
 * the class's members, their grades, saving a grade (refused when made on an older version of it),
 * and releasing grades, which puts them into the attempts' scores.
 */
@ApplicationScoped
public class GradingService {

    public static final String TO_GRADE = "to-grade";
    public static final String GRADED = "graded";
    public static final String RELEASED = "released";

    private final QuizCatalog catalog;
    private final QuizVersions versions;
    private final EntityManager em;

    GradingService(QuizCatalog catalog, QuizVersions versions, EntityManager em) {
        this.catalog = catalog;
        this.versions = versions;
        this.em = em;
    }

    /** What a grader saves: the version the grade was read at (0 for none yet), the points, the comment. */
    public record GradeInput(Integer version, BigDecimal points, List<BigDecimal> criteria, String comment) {
    }

    /** One essay answer of the queue, as the queries find it. */
    private record Found(Attempt attempt, AttemptItem item) {
        String key() {
            return attempt.id + "/" + item.questionId;
        }
    }

    /** A quiz with essay questions, and its queue's counts in one class. */
    public record QuizCounts(String quiz, String title, int toGrade, int graded, int released) {
    }

    /** Every offered quiz with essay questions, for the class's instructor page. */
    @Transactional
    public List<QuizCounts> summary(Classroom c) {
        List<QuizCounts> out = new ArrayList<>();
        for (Quiz quiz : catalog.quizzes()) {
            if (hasEssays(quiz)) {
                Queue queue = queue(c, quiz.id());
                out.add(new QuizCounts(quiz.id(), quiz.title(), queue.toGrade(), queue.graded(), queue.released()));
            }
        }
        return out;
    }

    /** Whether the quiz has essay questions, so a grading queue (404 when there is no such quiz). */
    public boolean hasEssays(String quizId) {
        return hasEssays(catalog.quiz(quizId));
    }

    private static boolean hasEssays(Quiz quiz) {
        return quiz.questions().stream().anyMatch(q -> q.type() == QuestionType.ESSAY);
    }

    /** The queue, oldest submission first, with its counts. */
    @Transactional
    public Queue queue(Classroom c, String quizId) {
        Quiz quiz = catalog.quiz(quizId);
        List<Found> found = essays(c, quiz.id());
        Map<String, EssayGrade> grades = grades(found);
        Map<Long, Account> learners = learners(found);
        List<Entry> entries = new ArrayList<>();
        int toGrade = 0;
        int graded = 0;
        int released = 0;
        for (Found f : found) {
            Question q = versions.byHash(f.attempt().contentHash).question(f.item().questionId);
            EssayGrade g = grades.get(f.key());
            String state = state(g);
            switch (state) {
                case TO_GRADE -> toGrade++;
                case GRADED -> graded++;
                default -> released++;
            }
            entries.add(new Entry(f.attempt().id, f.item().questionId, q.titleText(), learnerName(c, learners.get(f.attempt().accountId), f, g),
                    f.attempt().submittedAt, state, g == null ? null : g.points, f.item().points));
        }
        return new Queue(c.code, c.name, quiz.id(), quiz.title(), c.blindMarking, c.gradeRelease, toGrade, graded, released,
                entries, c.zone().getId());
    }

    /** One answer with everything a grader needs: the question, the rubric, the answer, the grade and its history. */
    @Transactional
    public Answer answer(Classroom c, String quizId, String attemptId, String questionId) {
        Quiz quiz = catalog.quiz(quizId);
        Found f = find(c, quiz.id(), attemptId, questionId, false);
        return answer(c, quiz, f);
    }

    private Answer answer(Classroom c, Quiz quiz, Found f) {
        Question q = versions.byHash(f.attempt().contentHash).question(f.item().questionId);
        EssayGrade g = EssayGrade.of(f.attempt().id, q.id()).orElse(null);
        String text = EssayText.of(f.item().response);
        Account learner = Account.findById(f.attempt().accountId);
        List<Change> history = EssayGradeChange.history(f.attempt().id, q.id()).stream()
                .map(h -> new Change(h.version, h.points, CriteriaJson.read(h.criteria), h.comment, graderName(h.gradedBy), h.gradedAt))
                .toList();
        List<Entry> queue = queue(c, quiz.id()).answers();
        return new Answer(c.code, quiz.id(), quiz.title(), f.attempt().id, q.id(), q.titleHtml(), q.stemHtml(), q.points(),
                q.essay().minWords(), q.essay().maxWords(), ReleasedGrades.criteria(q.essay(), g == null ? null : CriteriaJson.read(g.criteria)),
                rubric(q.essay()), q.explanationHtml(), learnerName(c, learner, f, g), f.attempt().submittedAt, text,
                MarkdownRenderer.instance().renderUntrusted(text), Essay.words(text), grade(g), history,
                neighbour(queue, f, -1), neighbour(queue, f, 1), nextToGrade(queue, f), c.zone().getId());
    }

    /**
     * Saves a grade. {@code version} must be the grade's current version (0 when there is none):
     * a save made on an older version is refused, so two graders never overwrite each other
     * unseen. Every save is kept in the history. Released at once when the class releases as it
     * grades, or when the grade was released before (a correction of a grade the learner sees).
     */
    @Transactional
    public Answer save(Classroom c, String quizId, String attemptId, String questionId, GradeInput input, Account grader) {
        Quiz quiz = catalog.quiz(quizId);
        Found f = find(c, quiz.id(), attemptId, questionId, true);
        Question q = versions.byHash(f.attempt().contentHash).question(questionId);
        Marks.Given given = Marks.check(q, input.points(), input.criteria());
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (comment != null && comment.length() > Essay.MAX_CHARS) {
            throw new org.agora.web.InvalidInput("comment", (t, l) -> t.grading_comment_long(Essay.MAX_CHARS));
        }
        EssayGrade g = EssayGrade.of(attemptId, questionId).orElse(null);
        int current = g == null ? 0 : g.version;
        if (input.version() == null || input.version() != current) {
            if (g == null) {
                throw new Conflict((t, l) -> t.grading_no_grade());
            }
            String by = graderName(g.gradedBy);
            Instant at = g.gradedAt;
            throw new Conflict((t, l) -> t.grading_graded_again(by, org.agora.language.Formats.stamp(at, c.zone(), l), current));
        }
        Instant now = Instant.now();
        if (g == null) {
            g = new EssayGrade();
            g.attemptId = attemptId;
            g.questionId = questionId;
        }
        g.version = current + 1;
        g.points = given.points();
        g.criteria = CriteriaJson.write(given.criteria());
        g.comment = comment;
        g.gradedBy = grader.id;
        g.gradedAt = now;
        if (g.released() || c.releasesAsGraded()) {
            g.releasedAt = g.released() ? g.releasedAt : now;
        }
        g.persist();
        EssayGradeChange.of(g).persist();
        if (g.released()) {
            apply(f.attempt(), List.of(g), now);
        }
        em.flush();
        return answer(c, quiz, f);
    }

    /** Releases every grade of the quiz in the class not released yet; returns how many. */
    @Transactional
    public int release(Classroom c, String quizId) {
        Quiz quiz = catalog.quiz(quizId);
        Instant now = Instant.now();
        Map<String, List<EssayGrade>> byAttempt = new LinkedHashMap<>();
        List<Found> found = essays(c, quiz.id());
        Map<String, EssayGrade> grades = grades(found);
        for (Found f : found) {
            EssayGrade g = grades.get(f.key());
            if (g != null && !g.released()) {
                byAttempt.computeIfAbsent(f.attempt().id, k -> new ArrayList<>()).add(g);
            }
        }
        int released = 0;
        for (var e : byAttempt.entrySet()) { // attempts in a stable order: two releases lock them alike
            Attempt a = Attempt.findById(e.getKey(), LockModeType.PESSIMISTIC_WRITE);
            List<EssayGrade> fresh = new ArrayList<>();
            for (EssayGrade g : e.getValue()) {
                em.refresh(g);
                if (!g.released()) {
                    g.releasedAt = now;
                    fresh.add(g);
                }
            }
            released += fresh.size();
            apply(a, fresh, now);
        }
        return released;
    }

    /** Puts released grades into their items and the attempt's score. */
    private void apply(Attempt a, List<EssayGrade> released, Instant now) {
        if (released.isEmpty()) {
            return;
        }
        List<AttemptItem> items = AttemptItem.lockedOf(a.id);
        Map<String, EssayGrade> byQuestion = released.stream().collect(Collectors.toMap(g -> g.questionId, Function.identity()));
        for (AttemptItem item : items) {
            EssayGrade g = byQuestion.get(item.questionId);
            if (g != null) {
                item.earned = g.points;
                item.pending = false;
            }
        }
        AttemptScores.total(a, items, versions.byHash(a.contentHash).pass());
        a.scoreChangedAt = now;
    }

    private static String state(EssayGrade g) {
        return g == null ? TO_GRADE : g.released() ? RELEASED : GRADED;
    }

    /**
     * The essay answers of the class's members to the quiz: submitted, answered (a blank essay
     * earns 0 at submission and waits for nobody). Oldest submission first.
     */
    private List<Found> essays(Classroom c, String quizId) {
        List<Object[]> rows = em.createQuery("""
                select a, i from Attempt a, AttemptItem i
                where i.attemptId = a.id and a.quizId = ?1 and a.submittedAt is not null and a.preview = false
                  and a.accountId in (select m.accountId from Membership m where m.classroomId = ?2)
                  and (i.pending = true or exists (select g.version from EssayGrade g
                       where g.attemptId = i.attemptId and g.questionId = i.questionId))
                order by a.submittedAt, a.id, i.position""", Object[].class)
                .setParameter(1, quizId).setParameter(2, c.id).getResultList();
        return rows.stream().map(r -> new Found((Attempt) r[0], (AttemptItem) r[1])).toList();
    }

    /** One answer of the queue; 404 when it is not an essay answer of this class and quiz. */
    private Found find(Classroom c, String quizId, String attemptId, String questionId, boolean lock) {
        Attempt a = lock ? Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE) : Attempt.findById(attemptId);
        if (a == null || a.preview || !a.quizId.equals(quizId) || !a.submitted()
                || !org.agora.classroom.Membership.exists(c.id, a.accountId)) {
            throw new NotFound((t, l) -> t.grading_no_attempt(attemptId));
        }
        AttemptItem item = AttemptItem.findById(new AttemptItem.Key(attemptId, questionId));
        Question q = item == null ? null : versions.byHash(a.contentHash).question(questionId);
        if (q == null || q.type() != QuestionType.ESSAY
                || (!item.pending && EssayGrade.of(attemptId, questionId).isEmpty())) {
            throw new NotFound((t, l) -> t.grading_no_question(questionId));
        }
        return new Found(a, item);
    }

    private Map<String, EssayGrade> grades(List<Found> found) {
        Map<String, EssayGrade> out = new HashMap<>();
        for (EssayGrade g : EssayGrade.ofAttempts(found.stream().map(f -> f.attempt().id).distinct().toList())) {
            out.put(g.attemptId + "/" + g.questionId, g);
        }
        return out;
    }

    private static Map<Long, Account> learners(List<Found> found) {
        List<Long> ids = found.stream().map(f -> f.attempt().accountId).distinct().toList();
        return ids.isEmpty() ? Map.of()
                : Account.<Account>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    /**
     * With blind marking, a learner is a number until the grade is released: the attempt's first
     * characters, random and stable, which say nothing about who wrote it.
     */
    static String learnerName(Classroom c, Account learner, Found f, EssayGrade g) {
        if (c.blindMarking && (g == null || !g.released())) {
            return "Learner " + f.attempt().id.substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        }
        return learner == null ? "(removed)" : learner.displayName + " (" + learner.username + ")";
    }

    private static String graderName(Long id) {
        Account a = id == null ? null : Account.findById(id);
        return a == null ? "(removed)" : a.displayName;
    }

    private static Grade grade(EssayGrade g) {
        return g == null ? new Grade(0, null, null, null, null, null, null, false)
                : new Grade(g.version, g.points, CriteriaJson.read(g.criteria), g.comment,
                        g.comment == null ? null : MarkdownRenderer.instance().renderUntrusted(g.comment), graderName(g.gradedBy),
                        g.gradedAt, g.released());
    }

    private static List<GradingViews.RubricCriterion> rubric(Essay essay) {
        return essay.rubric().stream().map(c -> new GradingViews.RubricCriterion(c.points(), c.text(), c.html())).toList();
    }

    private static GradingViews.Ref neighbour(List<Entry> queue, Found f, int step) {
        int i = indexOf(queue, f);
        int j = i + step;
        return i < 0 || j < 0 || j >= queue.size() ? null : ref(queue.get(j));
    }

    /** The next answer still to grade after this one (wrapping round), for "save and next". */
    private static GradingViews.Ref nextToGrade(List<Entry> queue, Found f) {
        int i = indexOf(queue, f);
        for (int k = 1; k < queue.size(); k++) {
            Entry e = queue.get(Math.floorMod(i + k, queue.size()));
            if (TO_GRADE.equals(e.state())) {
                return ref(e);
            }
        }
        return null;
    }

    private static int indexOf(List<Entry> queue, Found f) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).attempt().equals(f.attempt().id) && queue.get(i).question().equals(f.item().questionId)) {
                return i;
            }
        }
        return -1;
    }

    private static GradingViews.Ref ref(Entry e) {
        return new GradingViews.Ref(e.attempt(), e.question());
    }
}
