package org.agora.learner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.agora.account.Account;
import org.agora.classroom.Classroom;
import java.util.List;

/** One change an instructor made to a learner's record (an attempt granted, an attempt reopened, extra time, a quiz's overrides); never changed once written. */
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

    @Column(name = "changed_by")
    public Long changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** The learner's changes in one class, newest first. */
    public static List<LearnerChange> inClass(long classroomId, long accountId) {
        return list("classroomId = ?1 and accountId = ?2 order by changedAt desc, id desc", classroomId, accountId);
    }

    /** Keeps one change: what {@code by} did for the learner in the class, at {@code at}. */
    static void record(Classroom c, Account learner, String quizId, String attemptId, String kind, String detail,
            Account by, Instant at) {
        LearnerChange ch = new LearnerChange();
        ch.classroomId = c.id;
        ch.accountId = learner.id;
        ch.quizId = quizId;
        ch.attemptId = attemptId;
        ch.kind = kind;
        ch.detail = detail;
        ch.changedBy = by.id;
        ch.changedAt = at;
        ch.persist();
    }
}
