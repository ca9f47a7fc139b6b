package org.agora.attempt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One learner's attempt at one quiz version. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "quiz_id")
    public String quizId;

    @Column(name = "content_hash")
    public String contentHash;

    public int number;

    @Column(name = "started_at")
    public Instant startedAt;

    public Instant deadline;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /**
     * The drawn questions and this attempt's option order and ids, as JSON ({@link Layout}). It
     * never changes, so {@link ParsedLayouts} keeps it parsed; saving an answer does not read it.
     */
    public String layout;

    /** Submitted after the learner's due date (a class that accepts late work; see {@code org.agora.schedule}). */
    public boolean late;

    public BigDecimal score;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    public BigDecimal percent;

    /** Null (neither passed nor failed) while essay questions await grading. */
    public Boolean passed;

    /** The points still awaiting grading; null once there are none (see {@link #awaitingGrading}). */
    @Column(name = "pending_points")
    public BigDecimal pendingPoints;

    /** When the score last changed after submission: a grade released, a regrade. */
    @Column(name = "score_changed_at")
    public Instant scoreChangedAt;

    /** The score and maximum before the last regrade that changed them; null when never regraded. */
    @Column(name = "score_before_regrade")
    public BigDecimal scoreBeforeRegrade;

    @Column(name = "max_before_regrade")
    public BigDecimal maxBeforeRegrade;

    @Column(name = "regraded_at")
    public Instant regradedAt;

    @Column(name = "regraded_by")
    public Long regradedBy;

    /** The quiz version whose keys and points the last regrade applied. */
    @Column(name = "regraded_hash")
    public String regradedHash;

    /**
     * An instructor's preview (see {@link PreviewService}): served by the same pages, never counted.
     * Every finder here that learners' numbers come from leaves previews out.
     */
    public boolean preview;

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Submitted, with essay questions whose grades are not released yet. */
    public boolean awaitingGrading() {
        return submitted() && pendingPoints != null;
    }

    public boolean expired(Instant now) {
        return pastDeadline(deadline, now);
    }

    /** An attempt with a deadline is closed from that instant on; one without never expires. */
    static boolean pastDeadline(Instant deadline, Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    /** The learner's attempt, or empty (also when it is someone else's or a preview: callers answer 404). */
    public static Optional<Attempt> findOwned(String id, long accountId) {
        return find("id = ?1 and accountId = ?2 and preview = false", id, accountId).firstResultOptional();
    }

    /** The same, with the row locked until the transaction ends: two submissions take turns. */
    public static Optional<Attempt> lockOwned(String id, long accountId) {
        return find("id = ?1 and accountId = ?2 and preview = false", id, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The instructor's preview, or empty (a learner's attempt is never one: callers answer 404). */
    public static Optional<Attempt> findPreview(String id, long accountId) {
        return find("id = ?1 and accountId = ?2 and preview = true", id, accountId).firstResultOptional();
    }

    public static Optional<Attempt> lockPreview(String id, long accountId) {
        return find("id = ?1 and accountId = ?2 and preview = true", id, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<Attempt> findOpen(long accountId, String quizId, Instant now) {
        return find("accountId = ?1 and quizId = ?2 and preview = false and submittedAt is null and (deadline is null or deadline > ?3) "
                + "order by number desc", accountId, quizId, now).firstResultOptional();
    }

    /** The attempts that count against the quiz's limit: previews never do. */
    public static long countFor(long accountId, String quizId) {
        return count("accountId = ?1 and quizId = ?2 and preview = false", accountId, quizId);
    }

    public static long countClosed(long accountId, String quizId) {
        return count("accountId = ?1 and quizId = ?2 and preview = false and submittedAt is not null", accountId, quizId);
    }

    public static List<Attempt> listFor(long accountId, String quizId) {
        return list("accountId = ?1 and quizId = ?2 and preview = false order by number", accountId, quizId);
    }

    /** The instructor's previews of the quiz, newest first. */
    public static List<Attempt> previewsOf(long accountId, String quizId) {
        return list("accountId = ?1 and quizId = ?2 and preview = true order by number desc", accountId, quizId);
    }

    /** The highest number the account used at the quiz, previews included (numbers are unique per account and quiz). */
    public static int lastNumber(long accountId, String quizId) {
        Integer n = getEntityManager().createQuery("select max(a.number) from Attempt a where a.accountId = ?1 and a.quizId = ?2",
                Integer.class).setParameter(1, accountId).setParameter(2, quizId).getSingleResult();
        return n == null ? 0 : n;
    }

    /** Ids of attempts whose time ran out and that nobody submitted. */
    public static List<String> expiredOpenIds(Instant now, int limit) {
        return find("submittedAt is null and deadline <= ?1", now).page(0, limit).project(IdOnly.class).list()
                .stream().map(IdOnly::id).toList();
    }

    public record IdOnly(String id) {
    }
}
