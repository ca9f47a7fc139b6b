package org.agora.learner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One learner's overrides at one quiz in one class: attempts granted beyond the quiz's own
 * {@code attempts:}, and their own time limit and closing time (null: the quiz's and the class's).
 */
@Entity
@Table(name = "attempt_override")
@IdClass(QuizOverride.Key.class)
public class QuizOverride extends PanacheEntityBase {

    public record Key(Long classroomId, Long accountId, String quizId) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "classroom_id")
    public Long classroomId;

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Id
    @Column(name = "quiz_id")
    public String quizId;

    @Column(name = "extra_attempts")
    public int extraAttempts;

    @Column(name = "granted_by")
    public Long grantedBy;

    @Column(name = "granted_at")
    public Instant grantedAt;

    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    @Column(name = "closes_at")
    public Instant closesAt;

    public static Optional<QuizOverride> of(long classroomId, long accountId, String quizId) {
        return Optional.ofNullable(findById(new Key(classroomId, accountId, quizId)));
    }

    /** Every override of the learner, in every class. */
    public static List<QuizOverride> ofLearner(long accountId) {
        return list("accountId", accountId);
    }

    public Duration timeLimit() {
        return timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds);
    }

    /** Nothing is overridden any more: the row can go. */
    public boolean empty() {
        return extraAttempts == 0 && timeLimitSeconds == null && closesAt == null;
    }

    /** The learner's grants in one class, by quiz. */
    public static List<QuizOverride> inClass(long classroomId, long accountId) {
        return list("classroomId = ?1 and accountId = ?2 order by quizId", classroomId, accountId);
    }
}
