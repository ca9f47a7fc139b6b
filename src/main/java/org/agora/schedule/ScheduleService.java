package org.agora.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.account.Account;
import org.agora.attempt.Attempt;
import org.agora.attempt.QuizVersions;
import org.agora.classroom.Classroom;
import org.agora.content.Quiz;
import org.agora.language.Text;
import org.agora.learner.Accommodation;
import org.agora.learner.LearnerChange;
import org.agora.learner.QuizOverride;
import org.agora.quiz.QuizCatalog;
import org.agora.web.InvalidInput;

/**
 * Due dates per class: each class's opening and closing time of each quiz, the class's time zone
 * and late-work setting, and what they mean for a learner ({@link Window}, by the rule of
 * {@link Schedules}). Starting an attempt, its deadline, lateness at submission, the
 * {@code after-close} review and the pages all ask here; everything lives in the database.
 */
@ApplicationScoped
public class ScheduleService {

    public static final List<String> LATE_WORK = List.of("refuse", "accept");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final EntityManager em;
    private final QuizCatalog catalog;
    private final QuizVersions versions;

    ScheduleService(EntityManager em, QuizCatalog catalog, QuizVersions versions) {
        this.em = em;
        this.catalog = catalog;
        this.versions = versions;
    }

    /** A schedule as the API shows it; {@code opensAt}/{@code closesAt} null when the class leaves that end open. */
    public record ScheduleView(String classCode, String quiz, Instant opensAt, Instant closesAt, String timeZone,
            String lateWork, String opensText, String closesText, String updatedBy, Instant updatedAt) {
    }

    /** The class's settings: its time zone (the server's when it has none of its own) and late work. */
    public record Settings(String timeZone, String lateWork) {
    }

    /** One quiz on the class page: its window as datetime-local values in the class's zone, and as text. */
    public record Row(String quiz, String title, String opens, String closes, String opensText, String closesText) {
    }

    /** The class page's schedule section. */
    public record ClassSchedule(String timeZone, boolean ownZone, String serverZone, String lateWork, List<Row> quizzes) {
        public boolean acceptsLate() {
            return "accept".equals(lateWork);
        }
    }

    /**
     * A quiz due for a learner: its dates in the scheduling class's zone, and whether an attempt is submitted. The
     * texts are English; pages show {@code opensAt} and {@code dueAt} in {@code zone} in their own language.
     */
    public record Due(String quiz, String title, String opensText, String dueText, boolean opensLater, boolean done,
            boolean lateAccepted, Instant opensAt, Instant dueAt, String zone) {
    }

    /** A quiz's window as the overview shows it; null texts where there is no limit. */
    public record Shown(String opensText, String dueText, boolean notYetOpen, boolean closed, boolean pastDue) {
    }

    // ---- the rule, for one learner

    /** The learner's effective window at the quiz. */
    public Window window(long accountId, String quizId) {
        return windows(accountId, List.of(quizId)).get(quizId);
    }

    /**
     * The learner's effective windows at these quizzes: per class, the class's schedule with the
     * learner's own closing time where an instructor overrode it, and the learner's extra time and
     * time-limit override; then the most generous of the classes ({@link Schedules}).
     */
    public Map<String, Window> windows(long accountId, Collection<String> quizIds) {
        List<Classroom> classes = Classroom.ofMember(accountId);
        Map<String, Window> out = new HashMap<>();
        if (classes.isEmpty()) {
            quizIds.forEach(q -> out.put(q, Window.unaffected(ZoneId.systemDefault())));
            return out;
        }
        Map<String, QuizSchedule> byKey = new HashMap<>();
        for (QuizSchedule s : QuizSchedule.<QuizSchedule>list(
                "classroomId in (select m.classroomId from Membership m where m.accountId = ?1)", accountId)) {
            byKey.put(s.classroomId + "|" + s.quizId, s);
        }
        Map<Long, Integer> extraTime = new HashMap<>();
        Accommodation.ofLearner(accountId).forEach(a -> extraTime.put(a.classroomId, a.extraTimePercent));
        Map<String, QuizOverride> overrides = new HashMap<>();
        QuizOverride.ofLearner(accountId).forEach(o -> overrides.put(o.classroomId + "|" + o.quizId, o));
        for (String quiz : quizIds) {
            List<ClassWindow> mine = new ArrayList<>(classes.size());
            for (Classroom c : classes) {
                QuizSchedule s = byKey.get(c.id + "|" + quiz);
                QuizOverride o = overrides.get(c.id + "|" + quiz);
                Instant closes = o != null && o.closesAt != null ? o.closesAt : s == null ? null : s.closesAt;
                Allowance allowance = new Allowance(extraTime.getOrDefault(c.id, 0), o == null ? null : o.timeLimit());
                mine.add(new ClassWindow(s == null ? null : s.opensAt, closes, c.acceptsLateWork(), c.zone(), allowance));
            }
            out.put(quiz, Schedules.effective(mine, classes.get(0).zone()));
        }
        return out;
    }

    // ---- a class's schedules

    /** The schedule of a quiz in the class; 404 for an unknown quiz. */
    public ScheduleView get(Classroom c, String quizId) {
        Quiz quiz = catalog.quiz(quizId);
        return view(c, quiz.id(), QuizSchedule.of(c.id, quiz.id()).orElse(null));
    }

    /**
     * Sets (replaces) the quiz's window in the class; both ends null removes it. The opening must
     * come before the closing (400). Open attempts of the class's learners get their new deadlines.
     */
    @Transactional
    public ScheduleView put(Classroom c, String quizId, Instant opensAt, Instant closesAt, Account by) {
        Quiz quiz = catalog.quiz(quizId);
        if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
            throw new InvalidInput("closesAt", (t, l) -> t.schedule_closes_after());
        }
        QuizSchedule s = QuizSchedule.of(c.id, quiz.id()).orElse(null);
        if (opensAt == null && closesAt == null) {
            if (s != null) {
                s.delete();
            }
            s = null;
        } else {
            if (s == null) {
                s = new QuizSchedule();
                s.classroomId = c.id;
                s.quizId = quiz.id();
            }
            s.opensAt = opensAt == null ? null : opensAt.truncatedTo(ChronoUnit.MILLIS);
            s.closesAt = closesAt == null ? null : closesAt.truncatedTo(ChronoUnit.MILLIS);
            s.updatedBy = by.id;
            s.updatedAt = Instant.now();
            s.persistAndFlush();
        }
        retime(c, quiz.id());
        return view(c, quiz.id(), s);
    }

    /** Removes the quiz's window in the class (the quiz is then always open there). */
    @Transactional
    public void delete(Classroom c, String quizId) {
        put(c, quizId, null, null, null);
    }

    /** The class's time zone (blank: the server's; an unknown zone: 400) and late work ({@code refuse}|{@code accept}); null leaves one as it is. */
    @Transactional
    public Settings settings(Classroom c, String timeZone, String lateWork) {
        if (lateWork != null && !LATE_WORK.contains(lateWork)) {
            throw new InvalidInput("lateWork", (t, l) -> t.schedule_late_work());
        }
        String zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone.strip()).getId();
            } catch (DateTimeException e) {
                throw new InvalidInput("timeZone", (t, l) -> t.schedule_zone(timeZone));
            }
        }
        Classroom managed = Classroom.findById(c.id);
        if (timeZone != null) {
            managed.timeZone = zone;
        }
        if (lateWork != null && !lateWork.equals(managed.lateWork)) {
            managed.lateWork = lateWork;
            em.flush();
            for (QuizSchedule s : QuizSchedule.<QuizSchedule>list("classroomId", c.id)) {
                retime(managed, s.quizId);
            }
        }
        return settingsOf(managed);
    }

    public static Settings settingsOf(Classroom c) {
        return new Settings(c.zone().getId(), c.lateWork);
    }

    /** Every offered quiz with its window in the class, for the class page, its times written in the page's language. */
    public ClassSchedule classSchedule(Classroom c, Locale locale) {
        ZoneId zone = c.zone();
        Map<String, QuizSchedule> mine = new HashMap<>();
        QuizSchedule.<QuizSchedule>list("classroomId", c.id).forEach(s -> mine.put(s.quizId, s));
        List<Row> rows = new ArrayList<>();
        for (Quiz q : catalog.quizzes()) {
            QuizSchedule s = mine.get(q.id());
            Instant opens = s == null ? null : s.opensAt;
            Instant closes = s == null ? null : s.closesAt;
            rows.add(new Row(q.id(), q.title(), local(opens, zone), local(closes, zone), text(opens, zone, locale), text(closes, zone, locale)));
        }
        return new ClassSchedule(zone.getId(), c.timeZone != null, ZoneId.systemDefault().getId(), c.lateWork, rows);
    }

    /**
     * A datetime-local value (yyyy-MM-ddTHH:mm, seconds allowed) in the class's zone; blank is
     * none. A time that the zone skips (a clock change) moves forward by the gap.
     */
    public static Instant parseLocal(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, (t, l) -> t.schedule_local(value));
        }
    }

    /**
     * The opening and closing fields, each parsed by {@code parser} (field name, value); every field
     * that does not parse is named in one 400.
     */
    public static Instant[] parseBoth(String opensAt, String closesAt,
            java.util.function.BiFunction<String, String, Instant> parser) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Instant[] both = new Instant[2];
        String[][] fields = { { "opensAt", opensAt }, { "closesAt", closesAt } };
        for (int i = 0; i < 2; i++) {
            try {
                both[i] = parser.apply(fields[i][0], fields[i][1]);
            } catch (InvalidInput e) {
                errors.putAll(e.texts());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return both;
    }

    /** An ISO-8601 instant ({@code 2026-12-03T08:00:00Z}, or with an offset); null or blank is none. */
    public static Instant parseInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, (t, l) -> t.schedule_instant(value));
        }
    }

    // ---- what learners see

    /** The learner's scheduled quizzes that are still to come (not yet open, or not yet due), soonest first. */
    public List<Due> upcoming(Account learner) {
        if (learner == null || learner.isInstructor()) {
            return List.of();
        }
        List<Quiz> quizzes = catalog.quizzes();
        Map<String, Quiz> byId = new LinkedHashMap<>();
        quizzes.forEach(q -> byId.put(q.id(), q));
        Map<String, Window> windows = windows(learner.id, byId.keySet());
        Instant now = Instant.now();
        Set<String> done = new HashSet<>(em.createQuery(
                "select distinct a.quizId from Attempt a where a.accountId = ?1 and a.submittedAt is not null and a.preview = false",
                String.class)
                .setParameter(1, learner.id).getResultList());
        List<Window> order = new ArrayList<>();
        Map<Window, String> quizOf = new java.util.IdentityHashMap<>();
        for (var e : windows.entrySet()) {
            Window w = e.getValue();
            if (w.notYetOpen(now) || (w.dueAt() != null && now.isBefore(w.dueAt()))) {
                order.add(w);
                quizOf.put(w, e.getKey());
            }
        }
        order.sort(Comparator.comparing((Window w) -> w.dueAt() == null ? Instant.MAX : w.dueAt())
                .thenComparing(w -> w.opensAt() == null ? Instant.MIN : w.opensAt()));
        List<Due> out = new ArrayList<>();
        for (Window w : order) {
            Quiz q = byId.get(quizOf.get(w));
            out.add(new Due(q.id(), q.title(), text(w.opensAt(), w.zone()), text(w.dueAt(), w.zone()), w.notYetOpen(now),
                    done.contains(q.id()), w.dueAt() != null && w.closesAt() == null, w.opensAt(), w.dueAt(), w.zone().getId()));
        }
        return out;
    }

    /** The quiz's window for the learner, for the overview in its language; null when it is not scheduled for them. */
    public Shown shown(Account learner, String quizId, Locale locale) {
        if (learner == null || learner.isInstructor()) {
            return null;
        }
        return shown(window(learner.id, quizId), locale);
    }

    /** The same, of a window already read (null when it is not scheduled). */
    public static Shown shown(Window w, Locale locale) {
        if (!w.scheduled()) {
            return null;
        }
        Instant now = Instant.now();
        return new Shown(text(w.opensAt(), w.zone(), locale), text(w.dueAt(), w.zone(), locale), w.notYetOpen(now), w.closed(now),
                w.dueAt() != null && !now.isBefore(w.dueAt()));
    }

    /** An instant shown in a zone, the zone named: "Thu 3 Dec 2026, 09:00 (Europe/Berlin)"; null for null. */
    public static String text(Instant at, ZoneId zone) {
        return text(at, zone, Locale.ENGLISH);
    }

    /** The same in an interface language: "2026년 12월 3일 (목) 오전 9:00 (Asia/Seoul)". */
    public static String text(Instant at, ZoneId zone, Locale locale) {
        return at == null ? null : org.agora.language.Formats.shown(at, zone, locale) + " (" + zone.getId() + ")";
    }

    private static String local(Instant at, ZoneId zone) {
        return at == null ? "" : LOCAL.format(at.atZone(zone));
    }

    private ScheduleView view(Classroom c, String quizId, QuizSchedule s) {
        ZoneId zone = c.zone();
        if (s == null) {
            return new ScheduleView(c.code, quizId, null, null, zone.getId(), c.lateWork, null, null, null, null);
        }
        Account by = s.updatedBy == null ? null : Account.findById(s.updatedBy);
        return new ScheduleView(c.code, quizId, s.opensAt, s.closesAt, zone.getId(), c.lateWork, text(s.opensAt, zone),
                text(s.closesAt, zone), by == null ? null : by.username, s.updatedAt);
    }

    /**
     * The class's learners' open attempts at the quiz take their new deadlines ({@link #retime(List)}).
     */
    private void retime(Classroom c, String quizId) {
        retime(Attempt.list("submittedAt is null and preview = false and quizId = ?1 and accountId in "
                + "(select m.accountId from Membership m where m.classroomId = ?2)", quizId, c.id));
    }

    /**
     * The learner's open attempts (at one quiz, or at every quiz when {@code quizId} is null) take
     * their new deadlines: after an accommodation or override changed, at once.
     */
    public void retimeLearner(long accountId, String quizId) {
        // A preview keeps the deadline it started with: an instructor has no class window or accommodation.
        retime(quizId == null ? Attempt.list("submittedAt is null and preview = false and accountId = ?1", accountId)
                : Attempt.list("submittedAt is null and preview = false and accountId = ?1 and quizId = ?2", accountId, quizId));
    }

    /**
     * Open attempts take their new deadlines: the learner's time limit's (with their extra time
     * and overrides) or the closing time, whichever comes first, by the most generous of each
     * learner's classes. A deadline already past closes the attempt now, with what was saved so far
     * (the closing job does it within seconds). An attempt already past its deadline stays closed,
     * and a reopened attempt keeps the closing time the instructor gave it.
     */
    private void retime(List<Attempt> open) {
        Instant now = Instant.now();
        Set<String> reopened = open.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select c.attemptId from LearnerChange c where c.kind = ?1 and c.attemptId in ?2", String.class)
                .setParameter(1, LearnerChange.REOPEN).setParameter(2, open.stream().map(a -> a.id).toList())
                .getResultList());
        for (Attempt a : open) {
            if (a.expired(now) || reopened.contains(a.id)) {
                continue; // past its deadline, the job scores it as it is; a reopening's time is the instructor's
            }
            Window w = window(a.accountId, a.quizId);
            Instant deadline = w.deadline(a.startedAt, versions.byHash(a.contentHash).timeLimit());
            if (deadline != null && deadline.isBefore(now)) {
                deadline = now;
            }
            Attempt.update("deadline = ?1 where id = ?2 and submittedAt is null", deadline, a.id);
        }
    }
}
