package org.agora.learner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.account.Account;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptItem;
import org.agora.attempt.AttemptService;
import org.agora.attempt.AttemptViews;
import org.agora.attempt.Layout.Slotted;
import org.agora.attempt.Layout;
import org.agora.attempt.ParsedLayouts;
import org.agora.attempt.QuizVersions;
import org.agora.attempt.Reviews;
import org.agora.classroom.Classroom;
import org.agora.content.Lesson;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.content.live.ContentRegistry;
import org.agora.grading.EssayGrade;
import org.agora.learner.LearnerAccess.Reached;
import org.agora.learner.LearnerViews.AttemptReview;
import org.agora.learner.LearnerViews.AttemptRow;
import org.agora.learner.LearnerViews.Change;
import org.agora.learner.LearnerViews.ChangeFacts;
import org.agora.learner.LearnerViews.Grade;
import org.agora.learner.LearnerViews.Learner;
import org.agora.learner.LearnerViews.LearnerRecord;
import org.agora.learner.LearnerViews.LessonRead;
import org.agora.learner.LearnerViews.Override;
import org.agora.learner.LearnerViews.QuizRecord;
import org.agora.learner.LearnerViews.ReviewQuestion;
import org.agora.progress.LessonProgress;
import org.agora.quiz.QuizCatalog;
import org.agora.regrade.RegradeNote;
import org.agora.schedule.ScheduleService;
import org.agora.schedule.Window;
import org.agora.web.Conflict;
import org.agora.web.InvalidInput;
import org.agora.web.NotFound;

/**
 * One learner's record in one class, for the pages and the API alike: lessons read, every attempt
 * of every offered quiz, the attempts granted and the changes made; an attempt as the instructor
 * reviews it; and the two instructor actions, granting one more attempt and reopening a closed
 * attempt until a new closing time, both recorded in {@link LearnerChange}.
 * Access is {@link LearnerAccess}'s.
 */
@ApplicationScoped
public class LearnerRecordService {

    /** The latest closing time a reopening may set. */
    static final Duration MAX_REOPEN = Duration.ofDays(30);

    private final LearnerAccess access;
    private final QuizCatalog catalog;
    private final QuizVersions versions;
    private final ParsedLayouts layouts;
    private final AttemptService attempts;
    private final ContentRegistry registry;
    private final ScheduleService schedules;
    private final ObjectMapper json;

    LearnerRecordService(LearnerAccess access, QuizCatalog catalog, QuizVersions versions, ParsedLayouts layouts,
            AttemptService attempts, ContentRegistry registry, ScheduleService schedules, ObjectMapper json) {
        this.schedules = schedules;
        this.access = access;
        this.catalog = catalog;
        this.versions = versions;
        this.layouts = layouts;
        this.attempts = attempts;
        this.registry = registry;
        this.json = json;
    }

    @Transactional
    public LearnerRecord record(String code, String username, Account viewer) {
        Reached r = access.reach(code, username, viewer);
        return record(r.classroom(), r.learner());
    }

    private LearnerRecord record(Classroom c, Account learner) {
        Map<String, Instant> read = new HashMap<>();
        for (LessonProgress p : LessonProgress.<LessonProgress>list("accountId", learner.id)) {
            read.put(p.lessonId, p.completedAt);
        }
        List<LessonRead> lessons = new ArrayList<>();
        for (Lesson l : registry.content().lessons()) {
            lessons.add(new LessonRead(l.id(), l.title(), read.containsKey(l.id()), read.get(l.id())));
        }
        Map<String, Instant> reopened = reopenedUntil(c, learner);
        Map<String, QuizOverride> overridden = new HashMap<>();
        for (QuizOverride o : QuizOverride.inClass(c.id, learner.id)) {
            overridden.put(o.quizId, o);
        }
        Map<Long, String> names = new HashMap<>();
        List<Quiz> offered = catalog.quizzes();
        Map<String, Window> windows = schedules.windows(learner.id, offered.stream().map(Quiz::id).toList());
        List<QuizRecord> quizzes = new ArrayList<>();
        List<Override> overrides = new ArrayList<>();
        for (Quiz q : offered) {
            List<AttemptRow> rows = Attempt.listFor(learner.id, q.id()).stream().map(a -> row(a, reopened.get(a.id))).toList();
            int allowed = attempts.allowed(learner.id, q);
            QuizOverride o = overridden.get(q.id());
            Override override = o == null ? null : new Override(q.id(), q.title(), o.extraAttempts, seconds(o.timeLimit()),
                    o.closesAt, names.computeIfAbsent(o.grantedBy, LearnerRecordService::name), o.grantedAt);
            if (override != null) {
                overrides.add(override);
            }
            Window w = windows.get(q.id());
            quizzes.add(new QuizRecord(q.id(), q.title(), allowed, allowed == 0 ? 0 : allowed - q.attempts(),
                    seconds(q.timeLimit()), seconds(w.timeLimit(q.timeLimit())), w.dueAt(), override, rows));
        }
        List<Change> changes = LearnerChange.inClass(c.id, learner.id).stream()
                .map(ch -> new Change(ch.kind, ch.quizId, ch.attemptId, ch.detail, ch.facts(),
                        names.computeIfAbsent(ch.changedBy, LearnerRecordService::name), ch.changedAt))
                .toList();
        int extraTime = Accommodation.of(c.id, learner.id).map(x -> x.extraTimePercent).orElse(0);
        return new LearnerRecord(c.code, c.name, c.zone().getId(), learner(learner), extraTime, lessons, quizzes, overrides,
                changes);
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }

    private static Learner learner(Account a) {
        return new Learner(a.username, a.displayName, a.nickname);
    }

    static String name(Long accountId) {
        Account a = accountId == null ? null : Account.findById(accountId);
        return a == null ? "(removed)" : a.displayName;
    }

    private static AttemptRow row(Attempt a, Instant reopenedUntil) {
        return new AttemptRow(a.id, a.number, a.startedAt, a.submittedAt, a.deadline, status(a), a.score, a.maxScore,
                a.percent, a.passed, a.regradedAt, reopenedUntil);
    }

    private static String status(Attempt a) {
        return !a.submitted() ? LearnerViews.OPEN : a.awaitingGrading() ? AttemptViews.AWAITING_GRADING : AttemptViews.SCORED;
    }

    /** The closing time of each attempt's last reopening in this class. */
    private static Map<String, Instant> reopenedUntil(Classroom c, Account learner) {
        Map<String, Instant> out = new HashMap<>();
        for (LearnerChange ch : LearnerChange.inClass(c.id, learner.id)) { // newest first: the first one wins
            if (LearnerChange.REOPEN.equals(ch.kind) && ch.attemptId != null && !out.containsKey(ch.attemptId)) {
                out.put(ch.attemptId, ch.reopenedUntil());
            }
        }
        return out;
    }

    /**
     * An attempt of the learner as an instructor reviews it: every question with the learner's
     * answer, the key, the points, feedback and explanation, and when each answer was last saved.
     * 404 when the attempt is not the learner's.
     */
    @Transactional
    public AttemptReview review(String code, String username, String attemptId, Account instructor) {
        Reached r = access.reach(code, username, instructor);
        Attempt a = attemptOf(r.learner(), attemptId);
        return review(r.classroom(), r.learner(), a);
    }

    private static Attempt attemptOf(Account learner, String attemptId) {
        return Attempt.findOwned(attemptId, learner.id).orElseThrow(LearnerRecordService::noSuchAttempt);
    }

    private static NotFound noSuchAttempt() {
        return new NotFound((t, l) -> t.learner_no_attempt());
    }

    private AttemptReview review(Classroom c, Account learner, Attempt a) {
        Quiz quiz = versions.byHash(a.contentHash);
        Layout layout = layouts.of(a.id, () -> a.layout);
        List<AttemptItem> items = AttemptItem.of(a.id);
        Map<String, EssayGrade> grades = new HashMap<>();
        for (EssayGrade g : EssayGrade.ofAttempts(Set.of(a.id))) {
            grades.put(g.questionId, g);
        }
        List<ReviewQuestion> questions = new ArrayList<>();
        for (AttemptItem item : items) {
            Question q = quiz.question(item.questionId);
            Slotted s = layout.question(q.id());
            AnswerBody body = item.response == null ? null : read(item.response);
            String status = null;
            Grade grade = null;
            if (q.type() == QuestionType.ESSAY) {
                status = !a.submitted() ? null : item.pending ? AttemptViews.AWAITING_GRADING : AttemptViews.GRADED;
                EssayGrade g = grades.get(q.id());
                if (g != null) {
                    grade = new Grade(g.points, g.comment == null ? null : MarkdownRenderer.instance().renderUntrusted(g.comment),
                            name(g.gradedBy), g.gradedAt, g.released());
                }
            }
            questions.add(new ReviewQuestion(q.id(), q.type().key, q.titleHtml(), q.stemHtml(), item.points, item.earned,
                    Reviews.yourAnswer(q, s, body), Reviews.correctAnswer(q), Reviews.feedback(q, s, body), q.explanationHtml(),
                    item.savedAt, status, grade, a.submitted() ? Reviews.credit(q, s, body, item.earned) : null,
                    Reviews.rows(q, s, body)));
        }
        return new AttemptReview(c.code, learner(learner), quiz.id(), quiz.title(), a.id, a.number, a.startedAt, a.submittedAt,
                a.deadline, a.deadline != null, status(a), a.score, a.maxScore, a.pendingPoints, a.percent, a.passed,
                RegradeNote.of(a, items), reopenedUntil(c, learner).get(a.id), questions, c.zone().getId());
    }

    /**
     * Grants the learner one more attempt at the quiz, in this class; recorded. 409 for a quiz
     * with unlimited attempts; 404 for an unknown quiz. Returns the quiz in the learner's record.
     */
    @Transactional
    public QuizRecord grantAttempt(String code, String username, String quizId, Account instructor) {
        Reached r = access.reach(code, username, instructor);
        if (quizId == null || quizId.isBlank()) {
            throw new InvalidInput("quiz", (t, l) -> t.learner_name_quiz());
        }
        Quiz quiz = catalog.quiz(quizId);
        if (quiz.attempts() == 0) {
            throw new Conflict((t, l) -> t.learner_nothing_to_grant());
        }
        Classroom c = r.classroom();
        Account learner = r.learner();
        // Grants and starts of one learner take turns (a start locks the account too).
        Account.findById(learner.id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        QuizOverride o = QuizOverride.findById(new QuizOverride.Key(c.id, learner.id, quiz.id()));
        if (o == null) {
            o = new QuizOverride();
            o.classroomId = c.id;
            o.accountId = learner.id;
            o.quizId = quiz.id();
        }
        o.extraAttempts++;
        o.grantedBy = instructor.id;
        o.grantedAt = now;
        o.persist();
        LearnerChange.record(c, learner, quiz.id(), null, LearnerChange.EXTRA_ATTEMPT,
                "one more attempt: " + o.extraAttempts + " granted in this class",
                ChangeFacts.extraAttempt(o.extraAttempts, quiz.attempts()), instructor, now);
        QuizOverride.flush();
        return record(c, learner).quizzes().stream().filter(q -> q.id().equals(quiz.id())).findFirst().orElseThrow();
    }

    /**
     * Reopens a closed attempt (submitted, or past its deadline) until {@code until}: it is open
     * again, with its saved answers, unscored, and closes at {@code until} (scored then with what
     * was saved, like any attempt past its deadline). Recorded. 400 for a time not in the future or
     * more than 30 days ahead; 409 for an attempt that is open, that has an essay grade (a grade is
     * never thrown away), that a regrade changed (its regraded points would be lost), or while
     * another attempt of the quiz is open.
     */
    @Transactional
    public AttemptReview reopen(String code, String username, String attemptId, String untilText, Account instructor) {
        Reached r = access.reach(code, username, instructor);
        Instant now = Instant.now();
        Instant until = until(untilText, now);
        Classroom c = r.classroom();
        Account learner = r.learner();
        // Takes turns with the learner's starts: no attempt is started while this one reopens.
        Account.findById(learner.id, LockModeType.PESSIMISTIC_WRITE);
        // Locked, and read as locked: a submission or the deadline job in flight finishes first.
        Attempt a = Attempt.lockOwned(attemptId, learner.id).orElseThrow(LearnerRecordService::noSuchAttempt);
        if (!a.submitted() && !a.expired(now)) {
            throw new Conflict((t, l) -> t.learner_still_open());
        }
        if (!EssayGrade.ofAttempts(Set.of(a.id)).isEmpty()) {
            throw new Conflict((t, l) -> t.learner_essay_grades());
        }
        if (a.regradedAt != null) {
            throw new Conflict((t, l) -> t.learner_regraded());
        }
        var open = Attempt.findOpen(learner.id, a.quizId, now);
        if (open.isPresent() && !open.get().id.equals(a.id)) {
            int number = open.get().number;
            throw new Conflict((t, l) -> t.learner_other_open(number));
        }
        // Unscored again: the items take saves (AnswerStore writes only where earned is null and pending is false).
        for (AttemptItem item : AttemptItem.lockedOf(a.id)) {
            item.earned = null;
            item.pending = false;
            item.answerKey = null;
        }
        String was = a.submitted() ? "submitted " + a.submittedAt.truncatedTo(ChronoUnit.SECONDS) + ", score " + a.score
                + " of " + a.maxScore : "closed at its deadline " + a.deadline.truncatedTo(ChronoUnit.SECONDS);
        ChangeFacts facts = ChangeFacts.reopen(until, a.submittedAt, a.score, a.maxScore, a.deadline);
        a.submittedAt = null;
        a.score = null;
        a.percent = null;
        a.passed = null;
        a.pendingPoints = null;
        a.deadline = until;
        a.scoreChangedAt = now; // scoreboards watch it (the submitted count falls too)
        // The detail starts with the new closing time, then what the attempt was.
        LearnerChange.record(c, learner, a.quizId, a.id, LearnerChange.REOPEN, until + " (" + was + ")", facts, instructor, now);
        Attempt.flush();
        return review(c, learner, a);
    }

    private static Instant until(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("until", (t, l) -> t.learner_until_missing());
        }
        Instant until;
        try {
            until = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("until", (t, l) -> t.learner_until_format());
        }
        if (!until.isAfter(now)) {
            throw new InvalidInput("until", (t, l) -> t.learner_until_past());
        }
        if (until.isAfter(now.plus(MAX_REOPEN))) {
            throw new InvalidInput("until", (t, l) -> t.learner_until_far());
        }
        return until;
    }

    private AnswerBody read(String response) {
        try {
            return json.readValue(response, AnswerBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt saved answer", e);
        }
    }
}
