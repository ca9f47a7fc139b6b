package org.agora.grading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.agora.attempt.AttemptItem;

/**
 * The current grade of one essay answer. {@code version} counts its saves; a save names the
 * version it was made on (see {@link GradingService#save}). {@code criteria} is the points per
 * rubric criterion as JSON, null without a rubric; {@code releasedAt} is null until the learner may see it.
 */
@Entity
@Table(name = "essay_grade")
@IdClass(AttemptItem.Key.class)
public class EssayGrade extends PanacheEntityBase {

    @Id
    @Column(name = "attempt_id")
    public String attemptId;

    @Id
    @Column(name = "question_id")
    public String questionId;

    public int version;

    public BigDecimal points;

    public String criteria;

    /** The grader's comment to the learner, Markdown (rendered as untrusted). */
    public String comment;

    @Column(name = "graded_by")
    public Long gradedBy;

    @Column(name = "graded_at")
    public Instant gradedAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    public boolean released() {
        return releasedAt != null;
    }

    public static Optional<EssayGrade> of(String attemptId, String questionId) {
        return find("attemptId = ?1 and questionId = ?2", attemptId, questionId).firstResultOptional();
    }

    /** The grades of one attempt that its learner may see. */
    public static List<EssayGrade> releasedOf(String attemptId) {
        return list("attemptId = ?1 and releasedAt is not null", attemptId);
    }

    public static List<EssayGrade> ofAttempts(Collection<String> attemptIds) {
        return attemptIds.isEmpty() ? List.of() : list("attemptId in ?1", attemptIds);
    }
}
