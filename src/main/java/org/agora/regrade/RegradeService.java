package org.agora.regrade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.account.Account;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptItem;
import org.agora.attempt.Layout;
import org.agora.attempt.ParsedLayouts;
import org.agora.attempt.QuizVersions;
import org.agora.classroom.Classroom;
import org.agora.content.Quiz;
import org.agora.language.Text;
import org.agora.regrade.RegradeViews.AttemptChange;
import org.agora.regrade.RegradeViews.QuestionChange;
import org.agora.regrade.RegradeViews.Report;
import org.agora.regrade.RegradeViews.Request;
import org.agora.regrade.Regrader.Item;
import org.agora.regrade.Regrader.Outcome;
import org.agora.regrade.Regrader.Regrade;
import org.agora.regrade.Regrader.Totals;
import org.agora.web.Conflict;
import org.agora.web.InvalidInput;

/**
 * Regrades a quiz's submitted attempts in a class against the quiz's current version. A dry run
 * only computes. A commit locks the class members' attempts of the quiz (all of them, in id order,
 * so that two regrades or a regrade and a submission take turns without a deadlock), computes again
 * from what is stored now and writes only what changes, with the before-values. A commit that finds
 * nothing to change writes nothing, so committing twice, or on two instances at once, changes
 * scores once.
 */
@ApplicationScoped
public class RegradeService {

    /** The attempts of one quiz by the members of one class, in a stable order (the lock order). */
    private static final String OF_CLASS = "quizId = ?1 and preview = false and accountId in "
            + "(select m.accountId from Membership m where m.classroomId = ?2) order by id";

    private final QuizVersions versions;
    private final ParsedLayouts layouts;
    private final ObjectMapper json;

    RegradeService(QuizVersions versions, ParsedLayouts layouts, ObjectMapper json) {
        this.versions = versions;
        this.layouts = layouts;
        this.json = json;
    }

    /** A checked request: 400 for a missing or unknown mode or dry-run flag, before anything is looked up. */
    record Checked(boolean dryRun, RegradeMode mode, List<String> questions, String version) {
    }

    static Checked check(Request request) {
        if (request == null) {
            throw new InvalidInput("body", (t, l) -> t.send_shape("{\"dryRun\": true|false, \"mode\": \"" + RegradeMode.choices().replace(", ", "|")
                    + "\", \"questions\": [question ids] (optional)}"));
        }
        Map<String, Text> errors = new LinkedHashMap<>();
        if (request.dryRun() == null) {
            errors.put("dryRun", (t, l) -> t.regrade_dry_run());
        }
        RegradeMode mode = RegradeMode.of(request.mode());
        if (mode == null) {
            errors.put("mode", (t, l) -> t.regrade_mode(RegradeMode.choices()));
        }
        List<String> questions = request.questions();
        if (questions != null && (questions.isEmpty() || questions.stream().anyMatch(q -> q == null || q.isBlank()))) {
            errors.put("questions", (t, l) -> t.regrade_questions());
        } else if (questions == null && mode == RegradeMode.FULL_CREDIT) {
            errors.put("questions", (t, l) -> t.regrade_full_credit());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(request.dryRun(), mode, questions == null ? null : List.copyOf(new LinkedHashSet<>(questions)),
                request.version());
    }

    /**
     * Regrades (or with {@code dryRun} previews the regrade of) the quiz's submitted attempts by the
     * class's members. 404 for an unknown quiz, 400 for a question id the current version does not
     * have, 409 when the quiz is not the version named in {@code version}. Why a question kept its
     * score is written in {@code locale}, the reader's.
     */
    @Transactional
    public Report regrade(Classroom c, String quizId, Request request, Account by, Locale locale) {
        Checked checked = check(request);
        Quiz current = versions.current(quizId); // 404 for an unknown quiz; stores the version the regrade applies
        if (checked.version() != null && !checked.version().equals(current.contentHash())) {
            throw new Conflict((t, l) -> t.regrade_changed(shortHash(current.contentHash())));
        }
        Set<String> chosen = null;
        if (checked.questions() != null) {
            for (String id : checked.questions()) {
                if (current.question(id) == null) {
                    throw new InvalidInput("questions", (t, l) -> t.regrade_no_question(id));
                }
            }
            chosen = Set.copyOf(checked.questions());
        }
        boolean commit = !checked.dryRun();
        List<Attempt> submitted;
        Map<String, List<AttemptItem>> items;
        try {
            List<Attempt> attempts = commit
                    ? Attempt.<Attempt>find(OF_CLASS, current.id(), c.id).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    : Attempt.<Attempt>list(OF_CLASS, current.id(), c.id);
            submitted = attempts.stream().filter(Attempt::submitted).toList();
            items = items(submitted, commit);
        } catch (PessimisticLockException | LockTimeoutException busy) {
            throw new Conflict((t, l) -> t.regrade_busy());
        }
        Map<Long, Account> learners = learners(submitted);
        Instant now = Instant.now();
        List<AttemptChange> changes = new ArrayList<>();
        int changed = 0;
        for (Attempt a : submitted) {
            List<AttemptItem> own = items.getOrDefault(a.id, List.of());
            Regrade r = regrade(a, own, current, checked.mode(), chosen);
            if (r.changed()) {
                changed++;
                if (commit) {
                    write(a, own, r, current, by, now);
                }
            }
            Account learner = learners.get(a.accountId);
            changes.add(new AttemptChange(a.id, learner == null ? null : learner.displayName,
                    learner == null ? null : learner.username, a.number, r.changed(), r.before().score(), r.after().score(),
                    r.before().maxScore(), r.after().maxScore(), r.before().passed(), r.after().passed(),
                    r.questions().stream().map(o -> new QuestionChange(o.questionId(), o.change().key, o.oldEarned(),
                            o.newEarned(), o.oldPoints(), o.newPoints(), o.reason() == null ? null : o.reason().in(locale))).toList()));
        }
        if (commit) {
            QuizRegrade logged = new QuizRegrade();
            logged.classroomId = c.id;
            logged.quizId = current.id();
            logged.contentHash = current.contentHash();
            logged.mode = checked.mode().key;
            logged.questions = checked.questions() == null ? null : String.join(",", checked.questions());
            logged.committedBy = by.id;
            logged.committedAt = now;
            logged.persist();
        }
        return new Report(current.id(), current.contentHash(), checked.dryRun(), checked.mode().key, checked.questions(),
                changes, changed);
    }

    /**
     * Applies to a just scored attempt the regrades it missed: those committed, in one of its
     * learner's classes, while it was open. A learner submitting during or after a regrade is
     * therefore either included in it (the commit waited for the submission's locks) or regraded
     * here, in the submission's transaction, against the version the regrade applied.
     */
    public void catchUp(Attempt a, List<AttemptItem> items) {
        for (QuizRegrade missed : QuizRegrade.missedBy(a.quizId, a.accountId, a.startedAt)) {
            Quiz target = versions.byHash(missed.contentHash);
            Set<String> chosen = missed.questions == null ? null : Set.of(missed.questions.split(","));
            Regrade r = regrade(a, items, target, RegradeMode.of(missed.mode), chosen);
            if (r.changed()) {
                write(a, items, r, target, missed.committedBy, missed.committedAt);
            }
        }
    }

    private Regrade regrade(Attempt a, List<AttemptItem> own, Quiz current, RegradeMode mode, Set<String> chosen) {
        Totals before = new Totals(a.score, a.maxScore, a.percent, a.passed);
        List<Item> stored = own.stream().map(i -> new Item(i.questionId, answer(i.response), i.earned, i.points, i.pending))
                .toList();
        Quiz version;
        try {
            version = versions.byHash(a.contentHash);
        } catch (IllegalStateException unreadable) {
            // A version stored long ago that this parser no longer reads: its attempts keep their scores.
            List<Outcome> kept = stored.stream().map(i -> new Outcome(i.questionId(), Regrader.Change.KEPT, i.earned(),
                    i.earned(), i.points(), i.points(), Phrase.of("reason_unreadable"))).toList();
            return new Regrade(kept, before, before);
        }
        Layout layout = layouts.of(a.id, () -> a.layout);
        return Regrader.regrade(version, current, layout, stored, before, a.pendingPoints != null, mode, chosen);
    }

    /**
     * Writes one changed attempt: the new score, maximum, percent and passed, and the values before
     * this regrade. The items it changed keep their before-values; the before-values of an earlier
     * regrade on the attempt's other items are cleared, so that the review names what this regrade
     * changed. Essay items and the points awaiting grading are not touched.
     */
    private static void write(Attempt a, List<AttemptItem> own, Regrade r, Quiz current, Account by, Instant now) {
        write(a, own, r, current, by.id, now);
    }

    private static void write(Attempt a, List<AttemptItem> own, Regrade r, Quiz current, Long byId, Instant now) {
        Map<String, Outcome> outcomes = new HashMap<>();
        r.questions().forEach(o -> outcomes.put(o.questionId(), o));
        for (AttemptItem item : own) {
            Outcome o = outcomes.get(item.questionId);
            if (o != null && o.changed()) {
                item.earnedBeforeRegrade = item.earned;
                item.pointsBeforeRegrade = item.points;
                item.earned = o.newEarned();
                item.points = o.newPoints();
            } else if (item.earnedBeforeRegrade != null || item.pointsBeforeRegrade != null) {
                item.earnedBeforeRegrade = null;
                item.pointsBeforeRegrade = null;
            }
        }
        a.scoreBeforeRegrade = a.score;
        a.maxBeforeRegrade = a.maxScore;
        a.score = r.after().score();
        a.maxScore = r.after().maxScore();
        a.percent = r.after().percent();
        a.passed = r.after().passed();
        a.regradedAt = now;
        a.regradedBy = byId;
        a.regradedHash = current.contentHash();
        a.scoreChangedAt = now;
    }

    /** The items of these attempts, by attempt, in position order; locked (after the attempts) for a commit. */
    private static Map<String, List<AttemptItem>> items(List<Attempt> attempts, boolean lock) {
        Map<String, List<AttemptItem>> byAttempt = new HashMap<>();
        if (attempts.isEmpty()) {
            return byAttempt;
        }
        var query = AttemptItem.<AttemptItem>find("attemptId in ?1 order by attemptId, position",
                attempts.stream().map(a -> a.id).toList());
        List<AttemptItem> all = lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).list() : query.list();
        all.forEach(i -> byAttempt.computeIfAbsent(i.attemptId, k -> new ArrayList<>()).add(i));
        return byAttempt;
    }

    private static Map<Long, Account> learners(List<Attempt> attempts) {
        Map<Long, Account> byId = new HashMap<>();
        if (!attempts.isEmpty()) {
            Account.<Account>list("id in ?1", attempts.stream().map(a -> a.accountId).distinct().toList())
                    .forEach(a -> byId.put(a.id, a));
        }
        return byId;
    }

    private AnswerBody answer(String response) {
        if (response == null) {
            return null;
        }
        try {
            return json.readValue(response, AnswerBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt saved answer", e);
        }
    }

    static String shortHash(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12);
    }
}
