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
import java.util.Optional;

/** A learner's accommodation in one class: extra time on every timed quiz, as a percentage of its limit. */
@Entity
@Table(name = "learner_accommodation")
@IdClass(Accommodation.Key.class)
public class Accommodation extends PanacheEntityBase {

    /** The most an instructor may give: five times the quiz's limit. */
    public static final int MAX_EXTRA_TIME_PERCENT = 400;

    public record Key(Long classroomId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "classroom_id")
    public Long classroomId;

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "extra_time_percent")
    public int extraTimePercent;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Accommodation> of(long classroomId, long accountId) {
        return Optional.ofNullable(findById(new Key(classroomId, accountId)));
    }

    /** The learner's accommodations in every class. */
    public static List<Accommodation> ofLearner(long accountId) {
        return list("accountId", accountId);
    }
}
