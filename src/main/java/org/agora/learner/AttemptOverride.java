package org.agora.learner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Attempts granted to one learner at one quiz in one class, beyond the quiz's own {@code attempts:}. */
@Entity
@Table(name = "attempt_override")
@IdClass(AttemptOverride.Key.class)
public class AttemptOverride extends PanacheEntityBase {

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

    /** The learner's grants in one class, by quiz. */
    public static List<AttemptOverride> inClass(long classroomId, long accountId) {
        return list("classroomId = ?1 and accountId = ?2 order by quizId", classroomId, accountId);
    }
}
