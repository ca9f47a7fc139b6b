package org.agora.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** A quiz's window in one class: either end may be null. */
@Entity
@Table(name = "quiz_schedule")
@IdClass(QuizSchedule.Key.class)
public class QuizSchedule extends PanacheEntityBase {

    public record Key(Long classroomId, String quizId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "classroom_id")
    public Long classroomId;

    @Id
    @Column(name = "quiz_id")
    public String quizId;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<QuizSchedule> of(long classroomId, String quizId) {
        return find("classroomId = ?1 and quizId = ?2", classroomId, quizId).firstResultOptional();
    }
}
