package org.agora.regrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One committed regrade of a quiz in a class, kept to apply it to attempts submitted after it (see V10). */
@Entity
@Table(name = "quiz_regrade")
public class QuizRegrade extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "classroom_id")
    public Long classroomId;

    @Column(name = "quiz_id")
    public String quizId;

    /** The quiz version whose keys and points the regrade applied. */
    @Column(name = "content_hash")
    public String contentHash;

    public String mode;

    /** Comma-separated question ids; null for every question. */
    public String questions;

    @Column(name = "committed_by")
    public Long committedBy;

    @Column(name = "committed_at")
    public Instant committedAt;

    /**
     * The regrades committed for the quiz, in any class the learner belongs to, after the attempt
     * started: the attempt was open while they ran, so they did not include it. Oldest first.
     */
    static List<QuizRegrade> missedBy(String quizId, long accountId, Instant startedAt) {
        return list("quizId = ?1 and committedAt > ?3 and classroomId in "
                + "(select m.classroomId from org.agora.classroom.Membership m where m.accountId = ?2) order by committedAt, id",
                quizId, accountId, startedAt);
    }
}
