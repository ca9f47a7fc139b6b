package org.agora.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agora.account.Account;
import org.agora.attempt.AttemptViews.AttemptSummary;
import org.agora.attempt.AttemptViews.AttemptView;
import org.agora.attempt.AttemptViews.Criterion;
import org.agora.attempt.AttemptViews.CriterionGrade;
import org.agora.attempt.AttemptViews.Item;
import org.agora.attempt.AttemptViews.QuestionResult;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.AttemptViews.Result;
import org.agora.attempt.AttemptViews.Words;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Essay;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.content.ReviewRule;
import org.agora.grading.ReleasedGrades;
import org.agora.operations.AgoraMetrics;
import org.agora.quiz.Response;
import org.agora.quiz.Scorer;
import org.agora.regrade.RegradeService;
import org.agora.schedule.ScheduleService;
import org.agora.schedule.Window;
import org.agora.web.Conflict;
import org.agora.web.DatabaseErrors;
import org.agora.web.NotFound;

import static org.agora.attempt.AttemptViews.AWAITING_GRADING;
import static org.agora.attempt.AttemptViews.GRADED;
import static org.agora.attempt.AttemptViews.ONE_PER_PAGE;
import static org.agora.attempt.AttemptViews.ALL_ON_ONE_PAGE;
import static org.agora.attempt.AttemptViews.SCORED;

/**
 * Attempts, for the pages and the API alike: start, resume, save an answer, submit, and close
 * attempts whose time ran out. Every rule is checked here, on the server.
 */
@ApplicationScoped
public class AttemptService {

    private final QuizVersions versions;
    private final ParsedLayouts layouts;
    private final AnswerStore answerStore;
    private final ObjectMapper json;
    private final AgoraMetrics metrics;
    private final RegradeService regrades;
    private final ScheduleService schedules;

    AttemptService(QuizVersions versions, ParsedLayouts layouts, AnswerStore answerStore, ObjectMapper json,
            AgoraMetrics metrics, RegradeService regrades, ScheduleService schedules) {
        this.regrades = regrades;
        this.versions = versions;
        this.layouts = layouts;
        this.answerStore = answerStore;
        this.json = json;
        this.metrics = metrics;
        this.schedules = schedules;
    }

    /** A started (or resumed) attempt and whether it is new. */
    public record Started(AttemptView view, boolean created) {
    }

    /**
     * Starts an attempt, or resumes the open one: a double click on "Start" must not spend two
     * attempts. 409 when no attempts are left, or when the learner's classes' window is not open
     * (before the opening time, or from the closing time on); 404 for an unknown quiz.
     */
    @Transactional
    public Started start(Account learner, String quizId) {
        Instant now = Instant.now();
        Quiz quiz = versions.current(quizId);
        // Starts of one learner take turns: otherwise a start that commits between another's "no open
        // attempt" and its count makes that one number its attempt 2, and a double click spends two.
        Account.findById(learner.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        var open = Attempt.findOpen(learner.id, quiz.id(), now);
        if (open.isPresent()) {
            return new Started(view(open.get()), false);
        }
        Window window = schedules.window(learner.id, quiz.id());
        if (window.notYetOpen(now)) {
            throw new Conflict((t, l) -> t.attempt_opens_at(String.valueOf(window.opensAt()), ScheduleService.text(window.opensAt(), window.zone(), l)));
        }
        if (window.closed(now)) {
            throw new Conflict((t, l) -> t.attempt_closed_at(String.valueOf(window.closesAt()), ScheduleService.text(window.closesAt(), window.zone(), l)));
        }
        long used = Attempt.countFor(learner.id, quiz.id());
        int allowed = allowed(learner.id, quiz);
        if (allowed > 0 && used >= allowed) {
            throw new Conflict(allowed == quiz.attempts() ? (t, l) -> t.attempt_none_left(allowed)
                    : (t, l) -> t.attempt_none_left_granted(allowed, quiz.attempts(), allowed - quiz.attempts()));
        }
        // The learner's time limit's deadline (extra time included) or the closing time, whichever comes first.
        return create(learner, quiz, (int) used + 1, now, window.deadline(now, quiz.timeLimit()), false);
    }

    /**
     * Draws the attempt's layout and stores it with its items, for {@link #start} and for
     * {@link PreviewService} alike: a preview is the same rows, flagged.
     */
    Started create(Account owner, Quiz quiz, int number, Instant now, Instant deadline, boolean preview) {
        Layout layout = Layouts.draw(quiz);
        Attempt a = new Attempt();
        a.id = UUID.randomUUID().toString().replace("-", "");
        a.accountId = owner.id;
        a.quizId = quiz.id();
        a.contentHash = quiz.contentHash();
        a.number = number;
        a.startedAt = now;
        a.deadline = deadline;
        a.preview = preview;
        a.layout = write(layout);
        a.maxScore = BigDecimal.ZERO;
        int position = 0;
        List<AttemptItem> items = new ArrayList<>();
        for (Slotted s : layout.questions()) {
            Question q = quiz.question(s.question());
            AttemptItem item = new AttemptItem();
            item.attemptId = a.id;
            item.questionId = q.id();
            item.position = position++;
            item.points = q.points();
            items.add(item);
            a.maxScore = a.maxScore.add(q.points());
        }
        try {
            a.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                // Two starts raced for the same attempt number; the other one won.
                throw new Conflict((t, l) -> t.attempt_just_started());
            }
            throw e;
        }
        AttemptItem.persist(items);
        if (!preview) { // the metric counts learners' attempts, as every figure does
            metrics.attemptStarted();
        }
        return new Started(view(a, layout, quiz, Map.of(), List.of()), true);
    }

    /** The attempt as started, with its saved answers; 404 when it is not the learner's. */
    @Transactional
    public AttemptView get(Account learner, String attemptId) {
        return view(owned(learner, attemptId));
    }

    /** Saves one answer, replacing the previous one. 409 after the deadline or after submission. */
    public void save(Account learner, String attemptId, String questionId, AnswerBody body) {
        store(learner, attemptId, (a, layout) -> {
            Slotted slots = layout.question(questionId);
            if (slots == null) {
                throw new NotFound((t, l) -> t.attempt_no_question(questionId));
            }
            Question q = versions.byHash(a.contentHash()).question(questionId);
            return Map.of(questionId, write(Answers.check(q, slots, body)));
        });
    }

    /**
     * Saves the answers of a whole page form at once (null clears an answer); the no-JavaScript
     * path. 409 after the deadline or after submission, and then nothing is saved.
     */
    public void saveAll(Account learner, String attemptId, Map<String, AnswerBody> answers) {
        store(learner, attemptId, (a, layout) -> {
            Quiz quiz = versions.byHash(a.contentHash());
            Map<String, String> stored = new LinkedHashMap<>();
            for (var e : answers.entrySet()) {
                Slotted slots = layout.question(e.getKey());
                if (slots != null) { // otherwise a stale form field: nothing to save
                    stored.put(e.getKey(), e.getValue() == null ? null
                            : write(Answers.check(quiz.question(e.getKey()), slots, e.getValue())));
                }
            }
            return stored;
        });
    }

    /** Which answers to store, given the attempt and its layout (checks throw: nothing is stored). */
    private interface Answering {
        Map<String, String> answers(AnswerStore.Stored attempt, Layout layout);
    }

    /** Stores answers to the learner's open attempt; 404 when it is not theirs, 409 once it is submitted or past its deadline. */
    private void store(Account learner, String attemptId, Answering answering) {
        Instant now = Instant.now();
        int[] stored = {0};
        var outcome = answerStore.write(attemptId, learner.id, previews(learner), now, (a, storedLayout) -> {
            if (a.submitted()) {
                throw submitted();
            }
            if (a.expired(now)) {
                throw new Conflict((t, l) -> t.attempt_time_up());
            }
            Map<String, String> answers = answering.answers(a, layouts.of(attemptId, storedLayout));
            stored[0] = answers.size();
            return answers;
        });
        switch (outcome) {
            case NO_SUCH_ATTEMPT -> throw notFound();
            case SCORED_MEANWHILE -> throw submitted();
            case SAVED -> metrics.answersSaved(stored[0]);
        }
    }

    private static Conflict submitted() {
        return new Conflict((t, l) -> t.attempt_submitted());
    }

    /** The time zone the learner's pages write this quiz's times in: their class's (the schedule's). */
    public String timeZone(Account learner, String quizId) {
        return schedules.window(learner.id, quizId).zone().getId();
    }

    /** Scores the attempt once; submitting again returns the same result and changes nothing. */
    @Transactional
    public Result submit(Account learner, String attemptId) {
        Attempt a = (previews(learner) ? Attempt.lockPreview(attemptId, learner.id) : Attempt.lockOwned(attemptId, learner.id))
                .orElseThrow(AttemptService::notFound);
        // Read once, for scoring and for the result; locked when they are about to be scored.
        List<AttemptItem> items = a.submitted() ? AttemptItem.of(a.id) : AttemptItem.lockedOf(a.id);
        if (!a.submitted()) {
            Instant now = Instant.now();
            // Past the deadline the attempt closes at the deadline, with what was saved before it.
            score(a, items, a.expired(now) ? a.deadline : now);
            if (!a.preview) { // the metrics count learners' work, as every figure does
                metrics.submissionScored(false);
            }
        }
        return result(a, items);
    }

    /** Closes one attempt whose time ran out (the scheduled job calls this; any instance may). */
    @Transactional
    public boolean closeExpired(String attemptId) {
        Attempt a = Attempt.find("id", attemptId).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .<Attempt>firstResultOptional().orElse(null);
        if (a == null || a.submitted() || !a.expired(Instant.now())) {
            return false;
        }
        score(a, AttemptItem.lockedOf(a.id), a.deadline);
        if (!a.preview) {
            metrics.submissionScored(true);
        }
        return true;
    }

    public List<AttemptSummary> attempts(Account learner, String quizId) {
        Instant now = Instant.now();
        return Attempt.listFor(learner.id, quizId).stream()
                .map(a -> new AttemptSummary(a.id, a.number, a.startedAt, a.submittedAt, a.score, a.maxScore, a.percent,
                        a.passed, !a.submitted() && !a.expired(now), a.awaitingGrading()))
                .toList();
    }

    private void score(Attempt a, List<AttemptItem> items, Instant at) {
        Quiz quiz = versions.byHash(a.contentHash);
        Layout layout = layout(a);
        for (AttemptItem item : items) {
            Question q = quiz.question(item.questionId);
            AnswerBody body = item.response == null ? null : readAnswer(item.response);
            if (q.type() == QuestionType.ESSAY) {
                // A written answer waits for a grader; a blank one has nothing to grade and earns 0.
                item.pending = body != null && body.text() != null && !body.text().isBlank();
                item.earned = item.pending ? null : BigDecimal.ZERO.setScale(2);
                continue;
            }
            Response response = Answers.toResponse(q, layout.question(q.id()), body);
            item.earned = Scorer.earned(q, response);
            item.answerKey = Answers.key(response);
        }
        AttemptScores.total(a, items, quiz.pass());
        a.submittedAt = at;
        if (!a.preview) { // a preview has no class: no due date to be late for, no class regrade to catch up with
            a.late = schedules.window(a.accountId, a.quizId).late(at);
            regrades.catchUp(a, items);
        }
    }

    /** The learner's attempt, or the instructor's preview: neither ever reaches the other (404). */
    Attempt owned(Account learner, String attemptId) {
        return (previews(learner) ? Attempt.findPreview(attemptId, learner.id) : Attempt.findOwned(attemptId, learner.id))
                .orElseThrow(AttemptService::notFound);
    }

    /** Instructors take no attempts: the attempts an instructor reaches are their previews, and only those. */
    static boolean previews(Account account) {
        return account.isInstructor();
    }

    static NotFound notFound() {
        return new NotFound((t, l) -> t.attempt_no_such());
    }

    AttemptView view(Attempt a) {
        List<AttemptItem> items = AttemptItem.of(a.id);
        Map<String, AnswerBody> answers = new LinkedHashMap<>();
        for (AttemptItem item : items) {
            if (item.response != null) {
                answers.put(item.questionId, readAnswer(item.response));
            }
        }
        return view(a, layout(a), versions.byHash(a.contentHash), answers, items);
    }

    private AttemptView view(Attempt a, Layout layout, Quiz quiz, Map<String, AnswerBody> answers, List<AttemptItem> items) {
        List<QuestionView> questions = layout.questions().stream().map(s -> question(quiz.question(s.question()), s)).toList();
        return new AttemptView(a.id, quiz.id(), quiz.title(), a.number, a.deadline, a.submitted(), questions, answers,
                a.submitted() ? result(a, items) : null, quiz.onePerPage() ? ONE_PER_PAGE : ALL_ON_ONE_PAGE,
                a.preview ? Boolean.TRUE : null);
    }

    private static QuestionView question(Question q, Slotted s) {
        Essay essay = q.essay();
        return new QuestionView(q.id(), q.type().key, q.titleHtml(), q.stemHtml(), q.points(),
                s.options().isEmpty() ? null : s.options().stream().map(o -> new Item(o.id(), q.options().get(o.index()).html())).toList(),
                s.left().isEmpty() ? null : s.left().stream().map(l -> new Item(l.id(), q.pairs().get(l.index()).leftHtml())).toList(),
                s.right().isEmpty() ? null : s.right().stream().map(r -> new Item(r.id(), q.rights().get(r.index()))).toList(),
                q.hintHtml(),
                essay == null || essay.minWords() == null && essay.maxWords() == null ? null : new Words(essay.minWords(), essay.maxWords()),
                essay == null ? null : essay.rubric().stream().map(c -> new Criterion(c.points(), c.text(), c.html())).toList());
    }

    /** The result, with what the quiz's review rule allows the learner to see now. */
    private Result result(Attempt a, List<AttemptItem> items) {
        Quiz quiz = versions.byHash(a.contentHash);
        Layout layout = layout(a);
        boolean reveal = reveals(quiz, a);
        Map<String, ReleasedGrades.Released> grades = ReleasedGrades.of(a.id, quiz);
        List<QuestionResult> questions = new ArrayList<>();
        for (AttemptItem item : items) {
            Question q = quiz.question(item.questionId);
            Slotted s = layout.question(q.id());
            AnswerBody body = item.response == null ? null : readAnswer(item.response);
            boolean correct = item.earned != null && item.earned.compareTo(item.points) == 0;
            String status = null;
            List<CriterionGrade> criteria = null;
            String comment = null;
            if (q.type() == QuestionType.ESSAY) {
                status = item.pending ? AWAITING_GRADING : GRADED;
                ReleasedGrades.Released g = item.pending ? null : grades.get(q.id());
                if (g != null) {
                    criteria = g.criteria();
                    comment = g.commentHtml();
                }
            }
            // An essay's notes are for after its grade: before that they would tell what earns the points.
            // A preview shows its author everything at once: nobody grades it, so nothing waits for a grade.
            boolean explain = reveal && (!item.pending || a.preview);
            questions.add(reveal
                    ? new QuestionResult(q.id(), item.earned, item.points, correct, Reviews.feedback(q, s, body),
                            explain ? q.explanationHtml() : null, Reviews.correctAnswer(q), Reviews.yourAnswer(q, s, body),
                            correct || item.pending ? null : Reviews.see(q), status, criteria, comment, Reviews.rows(q, s, body),
                            Reviews.credit(q, s, body, item.earned))
                    : new QuestionResult(q.id(), item.earned, item.points, correct, null, null, null, null, null,
                            status, criteria, comment, null, null));
        }
        return new Result(a.id, a.awaitingGrading() ? AWAITING_GRADING : SCORED, a.score, a.maxScore, a.pendingPoints,
                a.percent, a.passed, reveal, questions, org.agora.regrade.RegradeNote.of(a, items));
    }

    /**
     * The attempts the learner may make at the quiz (0: unlimited): the quiz's own, and those an
     * instructor granted the learner (the learner's record; the most generous of their classes).
     */
    public int allowed(long learnerId, Quiz quiz) {
        return org.agora.learner.ExtraAttempts.allowed(learnerId, quiz);
    }

    /**
     * A preview: at once, whatever the rule. after-submit: at once; after-last-attempt: once every allowed attempt is closed; after-close:
     * once the quiz is due in every class of the learner (never without one); never: never.
     */
    private boolean reveals(Quiz quiz, Attempt a) {
        if (a.preview || quiz.review() == ReviewRule.AFTER_SUBMIT) { // the author sees what every rule would show
            return true;
        }
        if (quiz.review() == ReviewRule.AFTER_CLOSE) {
            return schedules.window(a.accountId, a.quizId).reviewOpen(Instant.now());
        }
        if (quiz.review() == ReviewRule.NEVER || quiz.attempts() == 0) {
            return false;
        }
        long closed = Attempt.countClosed(a.accountId, a.quizId);
        return closed >= allowed(a.accountId, quiz);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attempt's layout, parsed once per attempt (it never changes). */
    private Layout layout(Attempt a) {
        return layouts.of(a.id, () -> a.layout);
    }

    private AnswerBody readAnswer(String response) {
        try {
            return json.readValue(response, AnswerBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt saved answer", e);
        }
    }
}
