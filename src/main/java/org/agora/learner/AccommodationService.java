package org.agora.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.classroom.Classroom;
import org.agora.content.Quiz;
import org.agora.language.Text;
import org.agora.learner.LearnerAccess.Reached;
import org.agora.learner.LearnerViews.ChangeFacts;
import org.agora.learner.LearnerViews.ExtraTime;
import org.agora.learner.LearnerViews.Override;
import org.agora.quiz.QuizCatalog;
import org.agora.schedule.QuizSchedule;
import org.agora.schedule.ScheduleService;
import org.agora.web.InvalidInput;

/**
 * Accommodations and overrides, for the pages and the API alike: a learner's extra time in a
 * class (a percentage of every timed quiz's limit) and, per quiz, their own attempts allowed, time
 * limit and closing time. Every change is recorded ({@link LearnerChange}), and the learner's
 * attempts already running take their new deadline in the same transaction. What they mean for a
 * learner is {@link ScheduleService#windows}'s; the attempts allowed, {@link ExtraAttempts}'.
 */
@ApplicationScoped
public class AccommodationService {

    /** The longest time limit an override may give. */
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);
    /** The most attempts an override may add to a quiz's own. */
    static final int MAX_EXTRA_ATTEMPTS = 100;

    private final LearnerAccess access;
    private final QuizCatalog catalog;
    private final ScheduleService schedules;

    AccommodationService(LearnerAccess access, QuizCatalog catalog, ScheduleService schedules) {
        this.access = access;
        this.catalog = catalog;
        this.schedules = schedules;
    }

    /** The learner's extra time in the class (a student: only their own). */
    @Transactional
    public ExtraTime extraTime(String code, String username, Account viewer) {
        Reached r = access.reach(code, username, viewer);
        return extraTimeView(r, Accommodation.of(r.classroom().id, r.learner().id).orElse(null));
    }

    /**
     * Sets the learner's extra time in the class, a whole percentage from 0 (none) to 400; recorded
     * when it changes, and the learner's running attempts take their longer (or shorter) deadline at once.
     */
    @Transactional
    public ExtraTime setExtraTime(String code, String username, Integer percent, Account instructor) {
        Reached r = access.reach(code, username, instructor);
        if (percent == null || percent < 0 || percent > Accommodation.MAX_EXTRA_TIME_PERCENT) {
            throw new InvalidInput("extraTimePercent",
                    (t, l) -> t.learner_extra_time(Accommodation.MAX_EXTRA_TIME_PERCENT));
        }
        Classroom c = r.classroom();
        Account learner = r.learner();
        // Changes and starts of one learner take turns (a start locks the account too): a start
        // either sees the new extra time or is retimed below.
        Account.findById(learner.id, LockModeType.PESSIMISTIC_WRITE);
        Accommodation a = Accommodation.of(c.id, learner.id).orElse(null);
        int was = a == null ? 0 : a.extraTimePercent;
        if (was == percent) {
            return extraTimeView(r, a);
        }
        Instant now = Instant.now();
        if (percent == 0) {
            a.delete();
            a = null;
        } else {
            if (a == null) {
                a = new Accommodation();
                a.classroomId = c.id;
                a.accountId = learner.id;
            }
            a.extraTimePercent = percent;
            a.updatedBy = instructor.id;
            a.updatedAt = now;
            a.persist();
        }
        LearnerChange.record(c, learner, null, null, LearnerChange.EXTRA_TIME,
                percentText(percent) + " on every timed quiz (was " + percentText(was) + ")",
                ChangeFacts.extraTime(percent, was), instructor, now);
        Accommodation.flush();
        schedules.retimeLearner(learner.id, null);
        return extraTimeView(r, a);
    }

    /** The learner's overrides at the quiz in the class, all null where none is set. 404 for an unknown quiz. */
    @Transactional
    public Override override(String code, String username, String quizId, Account viewer) {
        Reached r = access.reach(code, username, viewer);
        Quiz quiz = catalog.quiz(quizId);
        return overrideView(quiz, QuizOverride.of(r.classroom().id, r.learner().id, quiz.id()).orElse(null));
    }

    /**
     * Replaces the learner's overrides at the quiz in the class (null: the quiz's or the class's
     * applies): {@code attempts}, the attempts allowed in all (at least the quiz's own, at most 100
     * more; none for a quiz with unlimited attempts), {@code timeLimitSeconds} (1 minute to 24 hours;
     * it replaces the quiz's limit and the extra time) and {@code closesAt} (after the class's
     * opening time). Every field that is wrong is named in one 400. Recorded; the learner's running
     * attempt at the quiz takes its new deadline at once.
     */
    @Transactional
    public Override setOverride(String code, String username, String quizId, Integer attempts, Long timeLimitSeconds,
            Instant closesAt, Account instructor) {
        Reached r = access.reach(code, username, instructor);
        Quiz quiz = catalog.quiz(quizId);
        Classroom c = r.classroom();
        Account learner = r.learner();
        Instant closes = closesAt == null ? null : closesAt.truncatedTo(ChronoUnit.MILLIS); // as stored
        check(c, quiz, attempts, timeLimitSeconds, closes);
        Account.findById(learner.id, LockModeType.PESSIMISTIC_WRITE);
        QuizOverride o = QuizOverride.of(c.id, learner.id, quiz.id()).orElse(null);
        int wasExtra = o == null ? 0 : o.extraAttempts;
        Duration wasLimit = o == null ? null : o.timeLimit();
        Instant wasCloses = o == null ? null : o.closesAt;
        String before = overrideText(quiz, wasExtra, wasLimit, wasCloses);
        int extra = attempts == null || quiz.attempts() == 0 ? 0 : attempts - quiz.attempts();
        Duration limit = timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds);
        String after = overrideText(quiz, extra, limit, closes);
        if (after.equals(before)) {
            return overrideView(quiz, o);
        }
        Instant now = Instant.now();
        if (o == null) {
            o = new QuizOverride();
            o.classroomId = c.id;
            o.accountId = learner.id;
            o.quizId = quiz.id();
        }
        o.extraAttempts = extra;
        o.timeLimitSeconds = timeLimitSeconds == null ? null : Math.toIntExact(timeLimitSeconds);
        o.closesAt = closes;
        o.grantedBy = instructor.id;
        o.grantedAt = now;
        if (o.empty()) {
            if (o.isPersistent()) {
                o.delete();
            }
            o = null;
        } else {
            o.persist();
        }
        LearnerChange.record(c, learner, quiz.id(), null, LearnerChange.OVERRIDE, after + " (was: " + before + ")",
                ChangeFacts.override(quiz.attempts(), extra, timeLimitSeconds, closes, wasExtra,
                        wasLimit == null ? null : wasLimit.toSeconds(), wasCloses),
                instructor, now);
        QuizOverride.flush();
        schedules.retimeLearner(learner.id, quiz.id());
        return overrideView(quiz, o);
    }

    /** Removes the learner's overrides at the quiz in the class (granted attempts included). */
    @Transactional
    public Override clearOverride(String code, String username, String quizId, Account instructor) {
        return setOverride(code, username, quizId, null, null, null, instructor);
    }

    private static void check(Classroom c, Quiz quiz, Integer attempts, Long timeLimitSeconds, Instant closesAt) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (attempts != null) {
            if (quiz.attempts() == 0) {
                errors.put("attempts", (t, l) -> t.learner_unlimited_attempts());
            } else if (attempts < quiz.attempts() || attempts > quiz.attempts() + MAX_EXTRA_ATTEMPTS) {
                errors.put("attempts", (t, l) -> t.learner_attempts_range(quiz.attempts(), quiz.attempts() + MAX_EXTRA_ATTEMPTS));
            }
        }
        if (timeLimitSeconds != null && (timeLimitSeconds < 60 || timeLimitSeconds > MAX_TIME_LIMIT.toSeconds())) {
            errors.put("timeLimitSeconds", (t, l) -> t.learner_time_limit());
        }
        if (closesAt != null) {
            Instant opens = QuizSchedule.of(c.id, quiz.id()).map(s -> s.opensAt).orElse(null);
            if (opens != null && !closesAt.isAfter(opens)) {
                errors.put("closesAt", (t, l) -> t.learner_closes_after_opens(ScheduleService.text(opens, c.zone(), l)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static ExtraTime extraTimeView(Reached r, Accommodation a) {
        return new ExtraTime(r.classroom().code, r.learner().username, a == null ? 0 : a.extraTimePercent,
                a == null ? null : LearnerRecordService.name(a.updatedBy), a == null ? null : a.updatedAt);
    }

    private static Override overrideView(Quiz quiz, QuizOverride o) {
        if (o == null) {
            return new Override(quiz.id(), quiz.title(), 0, null, null, null, null);
        }
        return new Override(quiz.id(), quiz.title(), o.extraAttempts, o.timeLimitSeconds == null ? null : (long) o.timeLimitSeconds,
                o.closesAt, LearnerRecordService.name(o.grantedBy), o.grantedAt);
    }

    private static String percentText(int percent) {
        return percent == 0 ? "no extra time" : percent + " % extra time";
    }

    /** The overrides in words, for the record of changes. */
    private static String overrideText(Quiz quiz, int extraAttempts, Duration limit, Instant closes) {
        List<String> parts = new ArrayList<>();
        if (extraAttempts > 0) {
            parts.add((quiz.attempts() + extraAttempts) + " attempts (the quiz's " + quiz.attempts() + ")");
        }
        if (limit != null) {
            parts.add("time limit " + (limit.toSeconds() % 60 == 0 ? limit.toMinutes() + " min" : limit.toSeconds() + " s"));
        }
        if (closes != null) {
            parts.add("closes " + closes);
        }
        return parts.isEmpty() ? "the quiz's and the class's own" : String.join(", ", parts);
    }
}
