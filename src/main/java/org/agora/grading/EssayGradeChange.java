package org.agora.grading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One save of a grade, kept for the audit trail: who gave what, when. Never changed once written. */
@Entity
@Table(name = "essay_grade_change")
@IdClass(EssayGradeChange.Key.class)
public class EssayGradeChange extends PanacheEntityBase {

    public record Key(String attemptId, String questionId, int version) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }

    @Id
    @Column(name = "attempt_id")
    public String attemptId;

    @Id
    @Column(name = "question_id")
    public String questionId;

    @Id
    public int version;

    public BigDecimal points;

    public String criteria;

    public String comment;

    @Column(name = "graded_by")
    public Long gradedBy;

    @Column(name = "graded_at")
    public Instant gradedAt;

    static EssayGradeChange of(EssayGrade g) {
        EssayGradeChange c = new EssayGradeChange();
        c.attemptId = g.attemptId;
        c.questionId = g.questionId;
        c.version = g.version;
        c.points = g.points;
        c.criteria = g.criteria;
        c.comment = g.comment;
        c.gradedBy = g.gradedBy;
        c.gradedAt = g.gradedAt;
        return c;
    }

    /** Newest first. */
    public static List<EssayGradeChange> history(String attemptId, String questionId) {
        return list("attemptId = ?1 and questionId = ?2 order by version desc", attemptId, questionId);
    }
}
