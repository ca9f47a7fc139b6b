package org.agora.learner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.agora.account.Account;
import org.agora.classroom.Classroom;
import org.agora.learner.LearnerViews.ChangeFacts;
import java.util.List;

/**
 * One change an instructor made to a learner's record (an attempt granted, an attempt reopened,
 * extra time, a quiz's overrides); never changed once written. {@code detail} says it in English
 * (the API's text, and all there is of a change recorded before V14); the other columns keep what
 * happened as data ({@link ChangeFacts}), for the page to say in its reader's language.
 */
@Entity
@Table(name = "learner_change")
public class LearnerChange extends PanacheEntityBase {

    public static final String EXTRA_ATTEMPT = "extra-attempt";
    public static final String REOPEN = "reopen";
    public static final String EXTRA_TIME = "extra-time";
    public static final String OVERRIDE = "override";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "classroom_id")
    public Long classroomId;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "quiz_id")
    public String quizId;

    @Column(name = "attempt_id")
    public String attemptId;

    public String kind;

    public String detail;

    @Column(name = "extra_attempts")
    public Integer extraAttempts;

    @Column(name = "was_extra_attempts")
    public Integer wasExtraAttempts;

    @Column(name = "quiz_attempts")
    public Integer quizAttempts;

    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    @Column(name = "was_time_limit_seconds")
    public Integer wasTimeLimitSeconds;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "was_closes_at")
    public Instant wasClosesAt;

    @Column(name = "extra_time_percent")
    public Integer extraTimePercent;

    @Column(name = "was_extra_time_percent")
    public Integer wasExtraTimePercent;

    @Column(name = "was_submitted_at")
    public Instant wasSubmittedAt;

    @Column(name = "was_score")
    public BigDecimal wasScore;

    @Column(name = "was_max_score")
    public BigDecimal wasMaxScore;

    @Column(name = "changed_by")
    public Long changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** The learner's changes in one class, newest first. */
    public static List<LearnerChange> inClass(long classroomId, long accountId) {
        return list("classroomId = ?1 and accountId = ?2 order by changedAt desc, id desc", classroomId, accountId);
    }

    /**
     * What the change did, as data; null for a change recorded before V14 (its {@code detail} is all
     * there is). Each kind always writes one column, by which it is told from an older one.
     */
    public ChangeFacts facts() {
        boolean kept = switch (kind) {
            case REOPEN -> closesAt != null;
            case EXTRA_TIME -> extraTimePercent != null;
            default -> extraAttempts != null; // extra-attempt, override
        };
        return !kept ? null : new ChangeFacts(extraAttempts, wasExtraAttempts, quizAttempts, seconds(timeLimitSeconds),
                seconds(wasTimeLimitSeconds), closesAt, wasClosesAt, extraTimePercent, wasExtraTimePercent, wasSubmittedAt,
                wasScore, wasMaxScore);
    }

    /** The closing time a reopening set: its column, or (recorded before V14) the start of its detail. */
    public Instant reopenedUntil() {
        return closesAt != null ? closesAt : Instant.parse(detail.split(" ", 2)[0]);
    }

    private static Long seconds(Integer s) {
        return s == null ? null : s.longValue();
    }

    private static Integer seconds(Long s) {
        return s == null ? null : Math.toIntExact(s);
    }

    /** Keeps one change: what {@code by} did for the learner in the class, at {@code at}, in English and as data. */
    static void record(Classroom c, Account learner, String quizId, String attemptId, String kind, String detail,
            ChangeFacts facts, Account by, Instant at) {
        LearnerChange ch = new LearnerChange();
        ch.classroomId = c.id;
        ch.accountId = learner.id;
        ch.quizId = quizId;
        ch.attemptId = attemptId;
        ch.kind = kind;
        ch.detail = detail;
        ch.extraAttempts = facts.extraAttempts();
        ch.wasExtraAttempts = facts.wasExtraAttempts();
        ch.quizAttempts = facts.quizAttempts();
        ch.timeLimitSeconds = seconds(facts.timeLimitSeconds());
        ch.wasTimeLimitSeconds = seconds(facts.wasTimeLimitSeconds());
        ch.closesAt = facts.closesAt();
        ch.wasClosesAt = facts.wasClosesAt();
        ch.extraTimePercent = facts.extraTimePercent();
        ch.wasExtraTimePercent = facts.wasExtraTimePercent();
        ch.wasSubmittedAt = facts.wasSubmittedAt();
        ch.wasScore = facts.wasScore();
        ch.wasMaxScore = facts.wasMaxScore();
        ch.changedBy = by.id;
        ch.changedAt = at;
        ch.persist();
    }
}
