package org.agora.attempt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One drawn question of an attempt: the saved answer (JSON, null when unanswered) and, once scored, the points earned. */
@Entity
@Table(name = "attempt_item")
@IdClass(AttemptItem.Key.class)
public class AttemptItem extends PanacheEntityBase {

    public record Key(String attemptId, String questionId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "attempt_id")
    public String attemptId;

    @Id
    @Column(name = "question_id")
    public String questionId;

    public int position;

    public BigDecimal points;

    public String response;

    @Column(name = "saved_at")
    public Instant savedAt;

    public BigDecimal earned;

    /** The answer in authoring terms, for item statistics (see {@link Answers#key}); null when unanswered. */
    @Column(name = "answer_key")
    public String answerKey;

    /** An essay item of a submitted attempt whose grade is not released: it takes no saves, counts no points yet. */
    public boolean pending;

    /** What the item earned and was worth before the last regrade that changed it; null otherwise. */
    @Column(name = "earned_before_regrade")
    public BigDecimal earnedBeforeRegrade;

    @Column(name = "points_before_regrade")
    public BigDecimal pointsBeforeRegrade;

    public static List<AttemptItem> of(String attemptId) {
        return list("attemptId = ?1 order by position", attemptId);
    }

    /**
     * The same, each row locked until the transaction ends, for scoring: a save in flight finishes
     * first (and is scored), and a save that comes later finds the item scored and is refused
     * (see {@link AnswerStore}).
     */
    public static List<AttemptItem> lockedOf(String attemptId) {
        return find("attemptId = ?1 order by position", attemptId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
